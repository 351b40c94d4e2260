import { Harness } from '../harness/harness';
import { cardText, expectValidCard, inputOf } from '../harness/card-checker';
import { teamsUser, TENANT_ID, type TeamsConversation, type TeamsUser } from '../harness/teams-activities';
import type { SeenMessage } from '../harness/teams-views';
import { runningPair } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const lena = teamsUser('Lena Fischer', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

/** The text of the last card in what someone sees whose `refresh` uses this verb (the card's kind). */
const lastOfKind = (seen: SeenMessage[], verb: string) => {
  const message = seen.filter((m) => m.card?.refresh?.action.verb === verb).at(-1);
  if (message) expectValidCard(message.card);
  return cardText(message?.card);
};

/**
 * The pair's life in its chat, as each member sees it: the mentor reads English on London time,
 * the mentee German on Berlin time, whoever acted. Every step is checked for both.
 */
describe('both members of a pair see the same truth in their chat, each in their own language and time zone', () => {
  let h: Harness;
  let chat: TeamsConversation;
  let programmeId = '';
  let pairId = '';
  /** The plan card's message (the mentor opens her form there) and the form the mentee asked for. */
  let planMessage = '';
  let berndsForm = '';
  const both = async () => ({ lena: await h.seenBy(lena, chat), bernd: await h.seenBy(bernd, chat) });
  /** The pair's meetings as stored: what was booked, whatever anyone was shown. */
  const meetingsOfPair = async () => {
    const meetings = await Promise.all(
      [1, 2, 3].map((n) => h.server.hooks.services.meetings.numbered(actor(bernd), programmeId, pairId, n)),
    );
    return meetings.filter((m) => m !== undefined);
  };
  const actor = (user: TeamsUser) => ({
    tenantId: TENANT_ID,
    aadObjectId: user.aadObjectId,
    displayName: user.name,
    locale: user.locale,
  });

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    ({ programmeId, pairId, pairChat: chat } = await runningPair(h, { hr, mentor: lena, mentee: bernd }));
  });
  afterAll(() => h.stop());

  test("the greeting and the plan for meeting 1 read in each member's language, whoever added Tandem; the suggested moment is the same for both", async () => {
    const seen = await both();
    expect(lastOfKind(seen.lena, Verbs.viewPairGreeting)).toContain('Hello Lena Fischer and Bernd Köhler!');
    expect(lastOfKind(seen.bernd, Verbs.viewPairGreeting)).toContain('Hallo Lena Fischer und Bernd Köhler!');
    expect(lastOfKind(seen.lena, Verbs.viewMeetingPlan)).toContain(
      'Suggested: Tue 9 Mar 2027, 8:00 am (Europe/London)',
    );
    expect(lastOfKind(seen.bernd, Verbs.viewMeetingPlan)).toContain(
      'Vorschlag: Di., 9. März 2027, 09:00 (Europe/Berlin)',
    );
  });

  test('the mentor opens the form from the plan: only she sees it; the mentee keeps seeing the plan', async () => {
    planMessage = h.views.messageWithVerb(lena.id, chat.id, Verbs.openScheduleForm)!.id;
    const { response } = await h.presses(lena, chat, Verbs.openScheduleForm, {}, { on: planMessage });
    expect(cardText(response.value)).toContain('Plan meeting 1 of 6');
    expect(inputOf(response.value, 'time').value).toBe('08:00');
    const seen = await both();
    expect(inputOf(seen.lena.at(-1)!.card, 'date').value).toBe('2027-03-09');
    expect(cardText(seen.bernd.at(-1)!.card)).toContain('Treffen 1 von 6: ein Vorschlag');
    expect(() => inputOf(seen.bernd.at(-1)!.card, 'date')).toThrow();
  });

  test("the mentee asks for the form himself: the posted form reads in each member's language and zone", async () => {
    await h.says(bernd, chat, 'termin');
    const seen = await both();
    berndsForm = seen.bernd.at(-1)!.id;
    expect(cardText(seen.bernd.at(-1)!.card)).toContain('Treffen 1 von 6 planen');
    expect(inputOf(seen.bernd.at(-1)!.card, 'time').label).toContain('Europe/Berlin');
    expect(cardText(seen.lena.at(-1)!.card)).toContain('Plan meeting 1 of 6');
    expect(inputOf(seen.lena.at(-1)!.card, 'time').label).toContain('Europe/London');
  });

  test('the mentor books meeting 1 from her form; the mentee, his own form still open for meeting 1, submits it: told who planned it and when in his time; nothing is booked', async () => {
    const { response } = await h.presses(
      lena,
      chat,
      Verbs.scheduleMeeting,
      { date: '2027-03-09', time: '08:00', durationMinutes: '60', format: 'online' },
      { on: planMessage },
    );
    expect(cardText(response.value)).toContain('Lena Fischer: Tue 9 Mar 2027, 8:00 am (Europe/London)');
    // Bernd has not looked at the chat since: his form still says meeting 1.
    expect(cardText(h.views.held(bernd.id, chat.id).find((m) => m.id === berndsForm)!.card)).toContain(
      'Treffen 1 von 6 planen',
    );
    const stale = await h.presses(
      bernd,
      chat,
      Verbs.scheduleMeeting,
      { date: '2027-03-09', time: '09:00', durationMinutes: '60', format: 'online' },
      { on: berndsForm },
    );
    expectValidCard(stale.response.value);
    expect(cardText(stale.response.value)).toContain(
      'Treffen 1 hat Lena Fischer bereits für Di., 9. März 2027, 09:00 (Ihre Zeit) geplant. Es wurde nichts neu gebucht.',
    );
    expect(cardText(stale.response.value)).toContain('Bernd Köhler: Di., 9. März 2027, 09:00 (Europe/Berlin)');
    expect(await meetingsOfPair()).toHaveLength(1);
  });

  test('the plan both saw turned into meeting 1, for each on their own clock; nobody is left with the plan for meeting 1', async () => {
    const seen = await both();
    const forLena = lastOfKind(seen.lena, Verbs.viewMeeting);
    const forBernd = lastOfKind(seen.bernd, Verbs.viewMeeting);
    expect(seen.lena.find((m) => m.id === planMessage)!.card!.refresh.action.verb).toBe(Verbs.viewMeeting);
    expect(forLena).toContain('Meeting 1 of 6');
    expect(forLena).toContain('Lena Fischer: Tue 9 Mar 2027, 8:00 am (Europe/London)');
    expect(forLena).toContain('Bernd Köhler: Tue 9 Mar 2027, 9:00 am (Europe/Berlin)');
    expect(forBernd).toContain('Treffen 1 von 6');
    expect(forBernd).toContain('Bernd Köhler: Di., 9. März 2027, 09:00 (Europe/Berlin)');
    expect(seen.bernd.map((m) => cardText(m.card))).not.toContainEqual(
      expect.stringContaining('Treffen 1 von 6: ein Vorschlag'),
    );
  });

  test('where his form was, he now sees meeting 1; a new form is for meeting 2, and a time overlapping meeting 1 is refused on it', async () => {
    expect(cardText((await h.seenBy(bernd, chat)).find((m) => m.id === berndsForm)!.card)).toContain('Treffen 1 von 6');
    const [reply] = await h.says(bernd, chat, 'termin');
    expect(cardText(reply!.attachments[0].content)).toContain('Treffen 2 von 6 planen');
    const { response } = await h.presses(bernd, chat, Verbs.scheduleMeeting, {
      date: '2027-03-09',
      time: '09:30',
      durationMinutes: '60',
      format: 'online',
    });
    expect(cardText(response.value)).toContain('Zu dieser Zeit haben Sie bereits ein Treffen.');
    expect(inputOf(response.value, 'time').value).toBe('09:30');
    expect(await meetingsOfPair()).toHaveLength(1);
  });

  test("the mentee moves meeting 1: both see the new time on the chat's meeting card", async () => {
    await h.presses(bernd, chat, Verbs.rescheduleMeeting, {
      date: '2027-03-10',
      time: '16:00',
      moveReason: 'Vorstand',
    });
    const seen = await both();
    expect(lastOfKind(seen.lena, Verbs.viewMeeting)).toContain(
      'Lena Fischer: Wed 10 Mar 2027, 3:00 pm (Europe/London)',
    );
    expect(lastOfKind(seen.bernd, Verbs.viewMeeting)).toContain(
      'Bernd Köhler: Mi., 10. März 2027, 16:00 (Europe/Berlin)',
    );
  });

  test("a topic poll: each reads it in their own language; the mentee's decision shows on the meeting card for both", async () => {
    await h.says(lena, chat, 'poll');
    let seen = await both();
    expect(lastOfKind(seen.lena, Verbs.refreshPoll)).toContain('Topic poll for meeting 1 of 6');
    expect(lastOfKind(seen.bernd, Verbs.refreshPoll)).toContain('Themenumfrage für Treffen 1 von 6');
    // The shared version is the mentee's, whoever started the poll: it never flips between edits.
    const posted = seen.lena
      .filter((m) => m.activity.attachments?.[0]?.content.refresh?.action.verb === Verbs.refreshPoll)
      .at(-1)!;
    expect(cardText(posted.activity.attachments[0].content)).toContain('Themenumfrage');
    await h.presses(lena, chat, Verbs.votePoll, {}, { on: posted.id });
    await h.presses(bernd, chat, Verbs.decidePoll, { decision: 't-big-data' }, { on: posted.id });
    seen = await both();
    expect(lastOfKind(seen.lena, Verbs.viewMeeting)).toContain('Topic\nBig data');
    expect(lastOfKind(seen.bernd, Verbs.viewMeeting)).toContain('Thema\nBig Data');
  });

  test('the mentor changes the topic on the spot: the meeting card follows for both', async () => {
    const meetingMessage = (await h.seenBy(lena, chat))
      .filter((m) => m.card?.refresh?.action.verb === Verbs.viewMeeting)
      .at(-1)!;
    const { response } = await h.presses(lena, chat, Verbs.changeMeetingTopic, {}, { on: meetingMessage.id });
    expect(cardText(response.value)).toContain('Change the topic of meeting 1');
    await h.presses(
      lena,
      chat,
      Verbs.saveMeetingTopic,
      { topicKey: 'error-culture', ownTopic: '' },
      { on: meetingMessage.id },
    );
    const seen = await both();
    expect(lastOfKind(seen.lena, Verbs.viewMeeting)).toContain('Topic\nError culture');
    expect(lastOfKind(seen.bernd, Verbs.viewMeeting)).toContain('Thema\nFehlerkultur');
  });

  test("the reminder reads in each member's language and zone, with the topic", async () => {
    h.clock.set(new Date('2027-03-09T15:00:30Z')); // 24 h before 15:00 UTC
    await h.server.hooks.reminders.tick();
    const seen = await both();
    expect(lastOfKind(seen.lena, Verbs.viewReminder)).toContain('⏰ Meeting 1 of 6 starts in 24 hours');
    expect(lastOfKind(seen.lena, Verbs.viewReminder)).toContain('Error culture');
    expect(lastOfKind(seen.bernd, Verbs.viewReminder)).toContain('⏰ Treffen 1 von 6 beginnt in 24 Stunden');
    expect(lastOfKind(seen.bernd, Verbs.viewReminder)).toContain(
      'Bernd Köhler: Mi., 10. März 2027, 16:00 (Europe/Berlin)',
    );
  });

  test('the check-in: the mentee answers; both see who recorded what, the meeting as held, and the plan for meeting 2', async () => {
    h.clock.set(new Date('2027-03-10T16:20:00Z'));
    await h.server.hooks.reminders.tick();
    expect(lastOfKind(await h.seenBy(lena, chat), Verbs.viewCheckIn)).toContain('Did meeting 1 take place?');
    await h.presses(bernd, chat, Verbs.checkInMeeting, {});
    const seen = await both();
    expect(lastOfKind(seen.lena, Verbs.viewCheckIn)).toContain('Bernd Köhler recorded meeting 1 as held.');
    expect(lastOfKind(seen.bernd, Verbs.viewCheckIn)).toContain(
      'Bernd Köhler hat Treffen 1 als stattgefunden vermerkt.',
    );
    expect(lastOfKind(seen.lena, Verbs.viewMeeting)).toContain('Held.');
    expect(lastOfKind(seen.bernd, Verbs.viewMeeting)).toContain('Hat stattgefunden.');
    expect(lastOfKind(seen.lena, Verbs.viewMeetingPlan)).toContain('Meeting 2 of 6: a suggestion');
    expect(lastOfKind(seen.bernd, Verbs.viewMeetingPlan)).toContain('Treffen 2 von 6: ein Vorschlag');
  });

  test('meeting 2 is planned from the new plan and cancelled by the mentor: both see it cancelled, by her', async () => {
    await h.presses(bernd, chat, Verbs.openScheduleForm);
    await h.presses(bernd, chat, Verbs.scheduleMeeting, { date: '2027-04-06', time: '09:00', format: 'online' });
    const meetingMessage = (await h.seenBy(lena, chat))
      .filter((m) => m.card?.refresh?.action.verb === Verbs.viewMeeting)
      .at(-1)!;
    expect(cardText(meetingMessage.card)).toContain('Meeting 2 of 6');
    await h.presses(lena, chat, Verbs.cancelMeeting, { reason: 'Sick' }, { on: meetingMessage.id });
    const seen = await both();
    expect(lastOfKind(seen.lena, Verbs.viewMeeting)).toContain('Cancelled by Lena Fischer.');
    expect(lastOfKind(seen.bernd, Verbs.viewMeeting)).toContain('Abgesagt von Lena Fischer.');
    expect((await meetingsOfPair()).map((m) => m.number)).toEqual([1]); // held; the cancelled one frees its number
  });
});

describe('a double click on the schedule form, or Teams sending the press twice, books one meeting', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
  });
  afterAll(() => h.stop());

  test('both presses answer with the same meeting; the partner booking the same meeting at that moment is told it is planned', async () => {
    const { programmeId, pairId, pairChat } = await runningPair(h, { hr, mentor: lena, mentee: bernd });
    await h.says(bernd, pairChat, 'termin');
    const on = h.views.messageWithVerb(bernd.id, pairChat.id, Verbs.scheduleMeeting)!.id;
    const bookedAs = (n: number) =>
      h.server.hooks.services.meetings.numbered(
        { tenantId: TENANT_ID, aadObjectId: bernd.aadObjectId, displayName: '', locale: 'de-DE' },
        programmeId,
        pairId,
        n,
      );
    const press = { date: '2027-03-09', time: '09:00', durationMinutes: '60', format: 'online' };
    const [first, second] = await Promise.all([
      h.presses(bernd, pairChat, Verbs.scheduleMeeting, press, { on }),
      h.presses(bernd, pairChat, Verbs.scheduleMeeting, press, { on }),
    ]);
    const idOf = (card: any) => card.refresh.action.data.meetingId;
    expect(idOf(first.response.value)).toBe(idOf(second.response.value));
    expect(await bookedAs(1)).toBeDefined();
    expect(await bookedAs(2)).toBeUndefined();

    // Meeting 2: both members submit the same form at the same moment, with different times.
    await h.says(bernd, pairChat, 'termin');
    const form2 = h.views.messageWithVerb(bernd.id, pairChat.id, Verbs.scheduleMeeting)!.id;
    const [his, hers] = await Promise.all([
      h.presses(bernd, pairChat, Verbs.scheduleMeeting, { ...press, date: '2027-03-23' }, { on: form2 }),
      h.presses(lena, pairChat, Verbs.scheduleMeeting, { ...press, date: '2027-03-24' }, { on: form2 }),
    ]);
    const texts = [cardText(his.response.value), cardText(hers.response.value)];
    expect(
      texts.filter((text) => text.includes('Treffen 2 hat') || text.includes('Meeting 2 is already planned by')),
    ).toHaveLength(1);
    expect(await bookedAs(2)).toBeDefined();
    expect(await bookedAs(3)).toBeUndefined();
  });
});
