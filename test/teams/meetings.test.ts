import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard, inputOf } from '../harness/card-checker';
import { teamsUser, type TeamsConversation } from '../harness/teams-activities';
import { runningPair } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';
import { pairIdOf } from '../../bot/src/domain/pairing/pair';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

describe('the pair plans its meetings in its chat; reminders and the check-in arrive once', () => {
  let h: Harness;
  let programmeId = '';
  let pairChat: TeamsConversation;
  const chatMessages = () => h.connector.messages(pairChat.id);
  /** The kinds of due-index rows a meeting has (read straight from the table: what a tick would find). */
  const dueEntriesOf = async (meetingId: string) => {
    const kinds: string[] = [];
    for await (const row of (await h.server.hooks.store.table('dueIndex')).listEntities<{ entry: string }>()) {
      if (!row.entry) continue; // the scheduler's own bookkeeping row
      const entry = JSON.parse(row.entry) as { meetingId: string; kind: string };
      if (entry.meetingId === meetingId) kinds.push(entry.kind);
    }
    return kinds;
  };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    ({ programmeId, pairChat } = await runningPair(h, { hr, mentor: anna, mentee: bernd }));
  });
  afterAll(() => h.stop());

  let meetingId = '';
  let calendarUrl = '';

  test("`termin` in the pair chat opens the form for meeting 1 of 6 in the writer's time zone", async () => {
    const [reply] = await h.says(bernd, pairChat, 'termin');
    const card = cardOf(reply);
    expectValidCard(card);
    expect(cardText(card)).toContain('Treffen 1 von 6 planen');
    expect(inputOf(card, 'time').label).toContain('Ihre Zeitzone: Europe/Berlin');
  });

  test('a time in the past comes back on the form, to the one who entered it; a good one turns the form into the meeting card, for both members in their own language and time', async () => {
    const past = await h.presses(bernd, pairChat, Verbs.scheduleMeeting, {
      date: '2027-02-27',
      time: '10:00',
      durationMinutes: '60',
      format: 'online',
    });
    expectValidCard(past.response.value);
    expect(cardText(past.response.value)).toContain('Dieser Zeitpunkt ist schon vorbei.');
    expect(inputOf(past.response.value, 'date').value).toBe('2027-02-27');
    expect(cardText((await h.seenBy(anna, pairChat)).at(-1)!.card)).not.toContain('vorbei');

    const { response } = await h.presses(bernd, pairChat, Verbs.scheduleMeeting, {
      date: '2027-03-03',
      time: '10:00',
      durationMinutes: '60',
      format: 'online',
      note: 'KI-Werkzeuge ausprobieren',
    });
    const card = response.value;
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Treffen 1 von 6');
    expect(text).toContain('Anna Berger: Mi., 3. März 2027, 09:00 (Europe/London)');
    expect(text).toContain('Bernd Köhler: Mi., 3. März 2027, 10:00 (Europe/Berlin)');
    const link = card.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url as string;
    expect(link).toContain('https://teams.microsoft.com/l/meeting/new?');
    expect(decodeURIComponent(link)).toContain('attendees=anna@contoso.com,bernd@contoso.com');
    expect(decodeURIComponent(link)).toContain('startTime=2027-03-03T09:00:00.000Z');
    meetingId = String(
      (actionsIn(card).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId,
    );
    calendarUrl = String(card.actions.find((a: { title: string }) => a.title === 'Zum Kalender hinzufügen (.ics)').url);

    // The form both saw is now the meeting, for each in their own words: nobody is left with an empty form.
    const [annasView] = (await h.seenBy(anna, pairChat)).slice(-1);
    expectValidCard(annasView!.card);
    expect(cardText(annasView!.card)).toContain('Meeting 1 of 6');
    expect(cardText(annasView!.card)).toContain('Anna Berger: Wed 3 Mar 2027, 9:00 am (Europe/London)');
    expect(cardText(annasView!.card)).not.toContain('Plan meeting');
    expect(cardText((await h.seenBy(bernd, pairChat)).at(-1)!.card)).toContain(
      'Bernd Köhler: Mi., 3. März 2027, 10:00 (Europe/Berlin)',
    );
  });

  test("the meeting card's calendar link downloads the meeting as an .ics file in the reader's language; a tampered link is refused", async () => {
    const ics = await fetch(new URL(new URL(calendarUrl).pathname + new URL(calendarUrl).search, h.server.url));
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = await ics.text();
    expect(text).toContain('\r\nDTSTART:20270303T090000Z\r\nDTEND:20270303T100000Z\r\n');
    expect(text).toContain('SUMMARY:Tandem – Treffen 1');
    expect(text.replace(/\r\n /g, '')).toContain('Wann: Mi.\\, 3. März 2027\\, 10:00 (Europe/Berlin)'); // commas escaped as RFC 5545 asks
    expect(text).toContain(`UID:${meetingId}@tandem`);
    const tampered = new URL(calendarUrl);
    tampered.searchParams.set('token', `${tampered.searchParams.get('token')}x`);
    expect((await fetch(new URL(tampered.pathname + tampered.search, h.server.url))).status).toBe(401);
  });

  test('someone outside the pair cannot schedule or cancel', async () => {
    const mallory = teamsUser('Mallory');
    const data = { programmeId, pairId: pairIdOf(anna.aadObjectId, bernd.aadObjectId) };
    expect(
      (await h.executes(mallory, pairChat, Verbs.scheduleMeeting, { ...data, date: '2027-03-10', time: '10:00' }))
        .response.value,
    ).toContain('Only the two members');
    expect((await h.executes(mallory, pairChat, Verbs.cancelMeeting, { ...data, meetingId })).response.value).toContain(
      'Only the two members',
    );
  });

  test("reminders 24 h and 1 h before arrive once in the pair chat, in the mentee's language and time", async () => {
    const before = chatMessages().length;
    h.clock.set(new Date('2027-03-02T09:00:30Z'));
    await Promise.all([h.server.hooks.reminders.tick(), h.server.hooks.reminders.tick()]);
    h.clock.set(new Date('2027-03-03T08:00:30Z'));
    await h.server.hooks.reminders.tick();
    // The meeting's automatic topic poll posts and closes in between (see polls.test.ts); its topic joins the later reminder.
    const reminders = chatMessages()
      .slice(before)
      .map((m) => String(m.summary))
      .filter((text) => text.startsWith('⏰'));
    expect(reminders).toEqual([
      '⏰ Erinnerung: Treffen 1 von 6 beginnt in 24 Stunden, am Mi., 3. März 2027, 10:00 (Europe/Berlin).',
      '⏰ Erinnerung: Treffen 1 von 6 beginnt in 1 Stunde, am Mi., 3. März 2027, 10:00 (Europe/Berlin).\n\nThema: Big Data',
    ]);
  });

  test("each reminder is a card with both people's local times; Teams refreshes it for each member in their own language", async () => {
    const reminder = h.connector
      .messages(pairChat.id)
      .filter((m) => String(m.summary).startsWith('⏰'))
      .at(-1)!;
    const card = cardOf(reminder);
    expectValidCard(card);
    expect(cardText(card)).toContain('⏰ Treffen 1 von 6 beginnt in 1 Stunde');
    expect(cardText(card)).toContain('Anna Berger: Mi., 3. März 2027, 09:00 (Europe/London)');
    expect(card.refresh.userIds.sort()).toEqual([anna.id, bernd.id].sort());
    const refreshed = await h.executes(anna, pairChat, card.refresh.action.verb, card.refresh.action.data);
    expectValidCard(refreshed.response.value);
    expect(cardText(refreshed.response.value)).toContain('⏰ Meeting 1 of 6 starts in 1 hour');
    expect(
      (await h.executes(teamsUser('Mallory'), pairChat, card.refresh.action.verb, card.refresh.action.data)).response
        .value,
    ).toContain('Only the two members');
  });

  test('the join link pasted on the meeting card replaces "create the meeting" with "join"; anything but an https link is refused', async () => {
    const data = { programmeId, pairId: pairIdOf(anna.aadObjectId, bernd.aadObjectId), meetingId };
    expect(
      (await h.executes(anna, pairChat, Verbs.setJoinLink, { ...data, joinUrl: 'javascript:alert(1)' })).response.value,
    ).toContain('That is not a link I can use');
    const join = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
    const { response } = await h.executes(anna, pairChat, Verbs.setJoinLink, { ...data, joinUrl: join });
    expectValidCard(response.value);
    const links = response.value.actions.filter((a: { type: string }) => a.type === 'Action.OpenUrl');
    expect(links.map((a: { title: string; url: string }) => [a.title, a.url])).toContainEqual(['Join meeting', join]);
    expect(links.map((a: { url: string }) => a.url)).not.toContainEqual(expect.stringContaining('/l/meeting/new'));
    expect(
      (await h.executes(teamsUser('Mallory'), pairChat, Verbs.setJoinLink, { ...data, joinUrl: join })).response.value,
    ).toContain('Only the two members');
  });

  test('after the meeting the check-in card asks whether it took place; the first answer counts and both see who gave it', async () => {
    h.clock.set(new Date('2027-03-03T10:16:00Z'));
    await h.server.hooks.reminders.tick();
    const card = cardOf(chatMessages().at(-1));
    expectValidCard(card);
    expect(cardText(card)).toContain('Hat Treffen 1 stattgefunden?');
    const held = actionsIn(card).find((a) => (a.data as { outcome: string }).outcome === 'held')!;
    const answer = (await h.executes(bernd, pairChat, Verbs.checkInMeeting, held.data as Record<string, unknown>))
      .response.value;
    expectValidCard(answer);
    expect(cardText(answer)).toContain('Bernd Köhler hat Treffen 1 als stattgefunden vermerkt.');
    expect(
      (await h.executes(anna, pairChat, Verbs.checkInMeeting, held.data as Record<string, unknown>)).response.value,
    ).toContain('already been answered');
    const checkInSeenBy = async (user: typeof anna) =>
      (await h.seenBy(user, pairChat)).find((m) => m.card?.refresh?.action.verb === Verbs.viewCheckIn)!.card;
    expect(cardText(await checkInSeenBy(anna))).toContain('Bernd Köhler recorded meeting 1 as held.');
    expect(actionsIn(await checkInSeenBy(anna)).filter((a) => a.verb === Verbs.checkInMeeting)).toEqual([]);
    expect(cardText(await checkInSeenBy(bernd))).toContain('Bernd Köhler hat Treffen 1 als stattgefunden vermerkt.');
  });

  test('moving a meeting moves its reminders: nothing at the old time, a reminder at the new one', async () => {
    h.clock.set(new Date('2027-04-01T08:00:00Z'));
    const data = { programmeId, pairId: pairIdOf(anna.aadObjectId, bernd.aadObjectId) };
    const { response } = await h.executes(bernd, pairChat, Verbs.scheduleMeeting, {
      ...data,
      date: '2027-04-07',
      time: '10:00',
      format: 'online',
    });
    const id = String(
      (actionsIn(response.value).find((a) => a.verb === Verbs.rescheduleMeeting)!.data as { meetingId: string })
        .meetingId,
    );
    const moved = await h.executes(bernd, pairChat, Verbs.rescheduleMeeting, {
      ...data,
      meetingId: id,
      date: '2027-04-09',
      time: '15:00',
      reason: 'Dienstreise',
    });
    expectValidCard(moved.response.value);
    expect(cardText(moved.response.value)).toContain('Bernd Köhler: Fr., 9. Apr. 2027, 15:00 (Europe/Berlin)');
    // Only the new time's entries are left: the old ones were removed, not left to come due as void.
    expect((await dueEntriesOf(id)).sort()).toEqual(['check-in', 'poll-close', 'poll-open', 'reminder', 'reminder']);
    const before = chatMessages().length;
    h.clock.set(new Date('2027-04-06T08:00:30Z')); // 24 h before the old time
    await h.server.hooks.reminders.tick();
    expect(chatMessages().length).toBe(before);
    h.clock.set(new Date('2027-04-08T13:00:30Z')); // 24 h before the new time
    await h.server.hooks.reminders.tick();
    expect(String(chatMessages().at(-1)!.summary)).toContain('am Fr., 9. Apr. 2027, 15:00');
    const same = await h.executes(bernd, pairChat, Verbs.rescheduleMeeting, {
      ...data,
      meetingId: id,
      date: '2027-04-09',
      time: '15:00',
    });
    expect(same.response.value).toContain('schon die geplante Zeit');
  });

  test('a cancelled meeting shows as cancelled, its reminders, check-in and poll times leave the due index at once, and nothing is sent', async () => {
    const data = { programmeId, pairId: pairIdOf(anna.aadObjectId, bernd.aadObjectId) };
    h.clock.set(new Date('2027-04-20T08:00:00Z'));
    const { response } = await h.executes(anna, pairChat, Verbs.scheduleMeeting, {
      ...data,
      date: '2027-04-28',
      time: '09:00',
      format: 'online',
    });
    expect(cardText(response.value)).toContain('Meeting 3 of 6');
    const second = String(
      (actionsIn(response.value).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId,
    );
    // Two reminders, the check-in, the poll's opening and closing.
    expect((await dueEntriesOf(second)).sort()).toEqual([
      'check-in',
      'poll-close',
      'poll-open',
      'reminder',
      'reminder',
    ]);
    const cancelled = await h.executes(anna, pairChat, Verbs.cancelMeeting, {
      ...data,
      meetingId: second,
      reason: 'Board meeting',
    });
    expectValidCard(cancelled.response.value);
    expect(cardText(cancelled.response.value)).toContain('Cancelled by Anna Berger.');
    expect(await dueEntriesOf(second)).toEqual([]);
    const before = chatMessages().length;
    h.clock.set(new Date('2027-04-27T08:00:30Z'));
    await h.server.hooks.reminders.tick();
    expect(chatMessages().length).toBe(before);
  });
});

describe('a programme with its own reminder lead times', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
  });
  afterAll(() => h.stop());

  test('HR set 48 h and 2 h: the reminders come then, not at the defaults', async () => {
    const { programmeId, pairId, pairChat } = await runningPair(
      h,
      { hr, mentor: anna, mentee: bernd },
      { reminderHours: '48, 2' },
    );
    await h.executes(bernd, pairChat, Verbs.scheduleMeeting, {
      programmeId,
      pairId,
      date: '2027-03-10',
      time: '10:00',
      format: 'online',
    });
    const sentAt = async (iso: string) => {
      const before = h.connector.messages(pairChat.id).length;
      h.clock.set(new Date(iso));
      await h.server.hooks.reminders.tick();
      // Only the reminders' first lines: the automatic topic poll posts in between and its topic follows the reminder text.
      return h.connector
        .messages(pairChat.id)
        .slice(before)
        .map((m) => String(m.summary))
        .filter((text) => text.startsWith('⏰'))
        .map((text) => text.split('\n')[0]);
    };
    expect(await sentAt('2027-03-08T09:00:30Z')).toEqual([
      '⏰ Erinnerung: Treffen 1 von 6 beginnt in 48 Stunden, am Mi., 10. März 2027, 10:00 (Europe/Berlin).',
    ]);
    expect(await sentAt('2027-03-09T09:00:30Z')).toEqual([]); // no 24-hour reminder
    expect(await sentAt('2027-03-10T07:00:30Z')).toEqual([
      '⏰ Erinnerung: Treffen 1 von 6 beginnt in 2 Stunden, am Mi., 10. März 2027, 10:00 (Europe/Berlin).',
    ]);
    expect(await sentAt('2027-03-10T08:00:30Z')).toEqual([]);
  });
});
