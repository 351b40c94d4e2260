import { FeedbackTableRepository } from '../../bot/src/storage/feedback.table-repositories';
import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard, inputOf } from '../harness/card-checker';
import { teamsUser, TENANT_ID, type TeamsConversation } from '../harness/teams-activities';
import { runningPair, type PairFixture } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const actor = (user: typeof anna) => ({
  tenantId: TENANT_ID,
  aadObjectId: user.aadObjectId,
  displayName: user.name,
  locale: user.locale,
});
const meetingIdOf = (card: any) =>
  String((actionsIn(card).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId);

describe('a pair starts with a plan, holds a meeting and each person gives private feedback', () => {
  let h: Harness;
  let pair: PairFixture;
  let meetingId = '';
  const personal = (user: typeof anna): TeamsConversation => pair.personalChats.get(user.aadObjectId)!;
  const lastCard = (conversation: TeamsConversation) => cardOf(h.connector.messages(conversation.id).at(-1));

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z')); // a Monday
    pair = await runningPair(h, { hr, mentor: anna, mentee: bernd });
  });
  afterAll(() => h.stop());

  test('the pair chat greeting comes with a meeting plan: a rhythm that fits the programme and a first date on a shared slot', async () => {
    const card = lastCard(pair.pairChat);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Treffen 1 von 6: ein Vorschlag');
    expect(text).toContain('Ein Treffen alle 3 Wochen passt für Ihre 6 verbleibenden Treffen');
    // Six meetings in five months: every three weeks. Both marked Tuesday mornings; a week to find each other first.
    expect(text).toContain('Vorschlag: Di., 9. März 2027, 09:00 (Europe/Berlin)');
    // The mentor's client refreshes it into her language and time zone.
    expect(cardText((await h.seenBy(anna, pair.pairChat)).at(-1)!.card)).toContain(
      'Suggested: Tue 9 Mar 2027, 8:00 am (Europe/London)',
    );
  });

  test("the plan button opens the form prefilled in the clicker's own time zone", async () => {
    const open = actionsIn(lastCard(pair.pairChat)).find((a) => a.verb === Verbs.openScheduleForm)!;
    const { response } = await h.executes(
      anna,
      pair.pairChat,
      Verbs.openScheduleForm,
      open.data as Record<string, unknown>,
    );
    expectValidCard(response.value);
    expect(inputOf(response.value, 'date').value).toBe('2027-03-09');
    expect(inputOf(response.value, 'time').value).toBe('08:00'); // 09:00 Berlin is 08:00 London
  });

  test('held: both get the private feedback card in their personal chat, and the pair the plan for meeting 2', async () => {
    const { response } = await h.executes(bernd, pair.pairChat, Verbs.scheduleMeeting, {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      date: '2027-03-09',
      time: '09:00',
      format: 'online',
    });
    meetingId = meetingIdOf(response.value);
    h.clock.set(new Date('2027-03-09T09:20:00Z'));
    await h.server.hooks.reminders.tick();
    const checkIn = actionsIn(lastCard(pair.pairChat)).find(
      (a) => (a.data as { outcome?: string }).outcome === 'held',
    )!;
    await h.executes(bernd, pair.pairChat, Verbs.checkInMeeting, checkIn.data as Record<string, unknown>);

    const forBernd = lastCard(personal(bernd));
    const forAnna = lastCard(personal(anna));
    [forBernd, forAnna].forEach((card) => expectValidCard(card));
    expect(cardText(forBernd)).toContain('Ihr Feedback zu Treffen 1');
    expect(cardText(forBernd)).toContain('Ihre private Notiz bleibt privat');
    expect(cardText(forAnna)).toContain('Your feedback on meeting 1');
    expect(inputOf(forAnna, 'shareAsGoodPractice').value).toBe('false');

    const plan = cardText(lastCard(pair.pairChat));
    expect(plan).toContain('Treffen 2 von 6: ein Vorschlag');
    expect(plan).toContain('Vorschlag: Di., 6. Apr. 2027, 09:00 (Europe/Berlin)'); // four weeks on (five meetings in five months), same weekday and time
  });

  test('a submit without a learning comes back marked; nothing is stored', async () => {
    const { response } = await h.executes(bernd, personal(bernd), Verbs.submitFeedback, {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      meetingId,
      rating: '5',
      learning: ' ',
    });
    expectValidCard(response.value);
    expect(cardText(response.value)).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(inputOf(response.value, 'rating').value).toBe('5');
    expect(
      await h.server.hooks.services.feedback.seenByMember(pair.programmeId, pair.pairId, bernd.aadObjectId),
    ).toEqual([]);
  });

  test('feedback is saved once per person and can be edited; a double click stores one record', async () => {
    const data = {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      meetingId,
      rating: '4',
      topicsCovered: 'artificial-intelligence,big-data',
      learning: 'Copilot fasst Vorstandsunterlagen zusammen',
      privateNote: 'Mehr üben',
      shareAsGoodPractice: 'true',
    };
    const [first, second] = await Promise.all([
      h.executes(bernd, personal(bernd), Verbs.submitFeedback, data),
      h.executes(bernd, personal(bernd), Verbs.submitFeedback, data),
    ]);
    for (const { response } of [first, second]) {
      expectValidCard(response.value);
      expect(cardText(response.value)).toContain('✓ Gespeichert.');
      expect(actionsIn(response.value).map((a) => a.title)).toContain('Feedback aktualisieren');
    }
    const edited = await h.executes(bernd, personal(bernd), Verbs.submitFeedback, { ...data, rating: '5' });
    expect(inputOf(edited.response.value, 'rating').value).toBe('5');
    const stored = await h.server.hooks.services.feedback.seenByMember(
      pair.programmeId,
      pair.pairId,
      bernd.aadObjectId,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      authorId: bernd.aadObjectId,
      role: 'mentee',
      rating: 5,
      topicsCovered: ['artificial-intelligence', 'big-data'],
      privateNote: 'Mehr üben',
      meetingNumber: 1,
    });
  });

  test('the private note is for its author only; the shared learning goes to HR without rating or note, and can be withdrawn', async () => {
    const [seenByAnna] = await h.server.hooks.services.feedback.seenByMember(
      pair.programmeId,
      pair.pairId,
      anna.aadObjectId,
    );
    expect(seenByAnna).not.toHaveProperty('privateNote');
    expect(seenByAnna).toMatchObject({ learning: 'Copilot fasst Vorstandsunterlagen zusammen' });
    const [submission] = await h.server.hooks.services.feedback.goodPracticeSubmissions(pair.programmeId);
    expect(submission).toEqual(
      expect.objectContaining({
        authorId: bernd.aadObjectId,
        text: 'Copilot fasst Vorstandsunterlagen zusammen',
        topics: ['artificial-intelligence', 'big-data'],
        status: 'pending',
        credit: 'anonymous',
        meetingNumber: 1,
      }),
    );
    expect(JSON.stringify(submission)).not.toContain('Mehr üben');
    await h.executes(bernd, personal(bernd), Verbs.submitFeedback, {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      meetingId,
      rating: '5',
      learning: 'Copilot',
      privateNote: 'Mehr üben',
      shareAsGoodPractice: 'false',
    });
    expect(await h.server.hooks.services.feedback.goodPracticeSubmissions(pair.programmeId)).toEqual([]);
  });

  test('outsiders, meetings not held and tampered topics are refused', async () => {
    const mallory = teamsUser('Mallory');
    const data = { programmeId: pair.programmeId, pairId: pair.pairId, meetingId, rating: '1', learning: 'x' };
    expect((await h.executes(mallory, personal(anna), Verbs.submitFeedback, data)).response.value).toContain(
      'belongs to another tandem',
    );
    const tampered = await h.executes(anna, personal(anna), Verbs.submitFeedback, {
      ...data,
      topicsCovered: 'hacking',
    });
    expect(cardText(tampered.response.value)).toContain('Please check this value.');
    const planned = await h.executes(anna, pair.pairChat, Verbs.scheduleMeeting, {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      date: '2027-04-06',
      time: '09:00',
      format: 'online',
    });
    expect(
      (
        await h.executes(anna, personal(anna), Verbs.submitFeedback, {
          ...data,
          meetingId: meetingIdOf(planned.response.value),
        })
      ).response.value,
    ).toContain('once the meeting is recorded as held');
    expect(
      (await h.executes(anna, personal(anna), Verbs.submitFeedback, { ...data, meetingId: 'not-a-uuid' })).response
        .value,
    ).toContain('card');
  });

  test("the personal data export carries the person's feedback with their private note", async () => {
    const exported = await h.server.hooks.services.privacy.export(actor(bernd));
    expect(JSON.stringify(exported)).toContain('"meetingFeedback"');
    expect(JSON.stringify(exported)).toContain('Mehr üben');
  });

  test("deleting the person's data removes their feedback and the pair's meetings with the pair", async () => {
    expect(JSON.stringify((await h.server.hooks.services.privacy.export(actor(bernd))).data.meetings)).toContain(
      meetingId,
    );
    const annas = { programmeId: pair.programmeId, pairId: pair.pairId, meetingId, rating: '4', learning: 'Zuhören' };
    await h.executes(anna, personal(anna), Verbs.submitFeedback, annas);
    const partnersBefore = (await h.server.hooks.services.privacy.export(actor(anna))).data.meetingFeedback;
    expect(partnersBefore).toHaveLength(1);
    await h.server.hooks.services.privacy.delete(actor(bernd));
    const after = await h.server.hooks.services.privacy.export(actor(bernd));
    expect(after.data).toMatchObject({ meetings: [], meetingFeedback: [], pairs: [] });
    expect(await h.server.hooks.services.meetings.meeting(pair.programmeId, pair.pairId, meetingId)).toBeUndefined();
    // The partner's own feedback stays theirs; the partner keeps only an ended pair that no longer names the other person.
    const partners = (await h.server.hooks.services.privacy.export(actor(anna))).data;
    expect(partners).toMatchObject({
      meetings: [],
      pairs: [expect.objectContaining({ status: 'ended', endCode: 'participant-left', reasons: [] })],
    });
    expect(JSON.stringify(partners.pairs)).not.toContain(bernd.aadObjectId);
    // Anna's feedback moved with the kept pair: all of it, and no longer under a pair id naming Bernd.
    expect(partners.meetingFeedback).toHaveLength(1);
    expect(JSON.stringify(partners.meetingFeedback)).not.toContain(bernd.aadObjectId);
    expect(await new FeedbackTableRepository(h.server.hooks.store).forPair(pair.programmeId, pair.pairId)).toEqual([]);
  });
});

describe('scheduling from a personal chat', () => {
  let h: Harness;
  let pair: PairFixture;

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    pair = await runningPair(h, { hr, mentor: anna, mentee: bernd });
  });
  afterAll(() => h.stop());

  test('`schedule` in the personal chat names the partner; the meeting card is posted in the pair chat too', async () => {
    const chat = pair.personalChats.get(anna.aadObjectId)!;
    const [reply] = await h.says(anna, chat, 'schedule');
    expectValidCard(cardOf(reply));
    expect(cardText(cardOf(reply))).toContain('Plan meeting 1 of 6 with Bernd Köhler');
    const before = h.connector.messages(pair.pairChat.id).length;
    const { response } = await h.executes(anna, chat, Verbs.scheduleMeeting, {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      date: '2027-03-09',
      time: '08:00',
      format: 'online',
    });
    expect(cardText(response.value)).toContain('Meeting 1 of 6');
    const posted = h.connector.messages(pair.pairChat.id).slice(before);
    expect(posted).toHaveLength(1);
    expectValidCard(cardOf(posted[0]));
    expect(cardText(cardOf(posted[0]))).toContain('Bernd Köhler: Di., 9. März 2027, 09:00 (Europe/Berlin)');
    expect(cardText((await h.seenBy(anna, pair.pairChat)).at(-1)!.card)).toContain(
      'Anna Berger: Tue 9 Mar 2027, 8:00 am (Europe/London)',
    );
  });

  test('someone without a tandem is told how it works', async () => {
    const [reply] = await h.says(
      teamsUser('Carla Neu', { locale: 'de-DE' }),
      { scope: 'personal', id: 'a:1carla' },
      'termin',
    );
    expect(String(reply!.text)).toContain('Sie haben noch kein laufendes Tandem');
  });
});
