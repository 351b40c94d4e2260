import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { teamsUser, TENANT_ID, type TeamsConversation, type TeamsUser } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';
import { addMaterial } from '../../bot/src/domain/programme/programme-changes';
import { runningPair } from '../harness/pair-fixture';
import { optionIdsOf, pollIdOf, rowsOf, voteAction, pollMessageUpdates, refreshedPoll } from './support/poll-cards';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const mallory = teamsUser('Mallory');
type Card = Record<string, any>;

describe('topic polls in the pair chat: live votes, own questions, the mentee decides, the agenda follows', () => {
  let h: Harness;
  let programmeId = '';
  let chat: TeamsConversation;
  let pairId = '';
  let meetingId = '';
  let ref: { programmeId: string; pairId: string; pollId: string };

  const executes = async (user: TeamsUser, verb: string, data: Record<string, unknown>) =>
    (await h.executes(user, chat, verb, data)).response.value;
  const vote = (user: TeamsUser, card: Card, optionId: string) =>
    executes(user, Verbs.votePoll, voteAction(card, optionId)!.data as Record<string, unknown>);
  const refresh = (user: TeamsUser) => refreshedPoll(h, chat, user, ref);
  const schedule = async (date: string) => {
    await h.says(bernd, chat, 'termin');
    const card = (await h.presses(bernd, chat, Verbs.scheduleMeeting, { date, time: '10:00', format: 'online' }))
      .response.value;
    return String(
      (actionsIn(card).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId,
    );
  };
  const chatUpdates = () => pollMessageUpdates(h, chat.id);

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    ({
      programmeId,
      pairId,
      pairChat: chat,
    } = await runningPair(
      h,
      { hr, mentor: anna, mentee: bernd },
      { menteeTopics: 'artificial-intelligence,big-data' },
    ));
  });
  afterAll(() => h.stop());

  test('`umfrage` before a meeting is planned asks to plan one first', async () => {
    const [reply] = await h.says(bernd, chat, 'umfrage');
    expect(reply!.text).toContain('planen Sie zuerst Ihr nächstes Treffen');
  });

  test("`umfrage` posts the poll for the next meeting: the mentee's wishes first, refreshed for both members; asking again shows the same poll", async () => {
    meetingId = await schedule('2027-03-15');
    const [reply] = await h.says(bernd, chat, 'umfrage');
    const card = cardOf(reply);
    expectValidCard(card);
    expect(cardText(card)).toContain('Themenumfrage für Treffen 1 von 6');
    expect(rowsOf(card).slice(0, 3)).toEqual([
      'Künstliche Intelligenz: 0 Stimmen',
      'Big Data: 0 Stimmen',
      'Kollaborations- und Kommunikations-Tools: 0 Stimmen',
    ]);
    expect(card.refresh.action.verb).toBe(Verbs.refreshPoll);
    expect([...card.refresh.userIds].sort()).toEqual([anna.id, bernd.id].sort());
    ref = { programmeId, pairId, pollId: pollIdOf(card) };
    expect(pollIdOf(cardOf((await h.says(anna, chat, 'poll'))[0]))).toBe(ref.pollId);
  });

  test('both vote and take back; each sees the live tally with their own choice, and the chat message follows', async () => {
    const mine = await vote(anna, await refresh(anna), 't-artificial-intelligence');
    expectValidCard(mine);
    expect(rowsOf(mine)[0]).toBe('Artificial intelligence: 1 vote · ✓ your choice');
    const his = await refresh(bernd);
    expect(rowsOf(his)[0]).toBe('Künstliche Intelligenz: 1 Stimme');
    const after = await vote(bernd, his, 't-artificial-intelligence');
    expect(rowsOf(after)[0]).toBe('Künstliche Intelligenz: 2 Stimmen · ✓ Ihre Wahl');
    expect(rowsOf(await vote(anna, await refresh(anna), 't-artificial-intelligence'))[0]).toBe(
      'Artificial intelligence: 1 vote',
    );
    await h.server.hooks.pollMessages.idle();
    const posted = chatUpdates().at(-1)!;
    expect(rowsOf(posted.body!.attachments[0].content)[0]).toBe('Künstliche Intelligenz: 1 Stimme');
    // The chat message always shows the shared view: one member's own choices never reach the other.
    expect(chatUpdates().filter((u) => cardText(u.body!.attachments[0].content).includes('✓'))).toEqual([]);
  });

  test('either can add an own question; it appears for both, once, however it is typed again', async () => {
    const added = await executes(anna, Verbs.addPollOption, {
      ...ref,
      optionTitle: 'How do I set up my LinkedIn profile?',
    });
    expect(rowsOf(added).at(-1)).toBe('How do I set up my LinkedIn profile?: 0 votes');
    const again = await executes(bernd, Verbs.addPollOption, {
      ...ref,
      optionTitle: '  how do I set up my linkedin profile ',
    });
    expect(rowsOf(again).filter((row) => /linkedin/i.test(row))).toHaveLength(1);
    expect(rowsOf(await refresh(bernd)).at(-1)).toBe('How do I set up my LinkedIn profile?: 0 Stimmen');
    expect(cardText(await executes(bernd, Verbs.addPollOption, { ...ref, optionTitle: 'ab' }))).toContain(
      'Bitte geben Sie 3 bis 120 Zeichen ein.',
    );
  });

  test('someone else in the chat, a forwarded card or a tampered payload changes nothing', async () => {
    const card = await refresh(bernd);
    expect(
      await executes(mallory, Verbs.votePoll, voteAction(card, 't-big-data')!.data as Record<string, unknown>),
    ).toContain('belongs to another pair');
    expect(await executes(mallory, Verbs.addPollOption, { ...ref, optionTitle: 'Spam' })).toContain(
      'belongs to another pair',
    );
    const readOnly = await refresh(mallory);
    expectValidCard(readOnly);
    expect(cardText(readOnly)).toContain('belongs to another pair');
    expect(actionsIn(readOnly).filter((a) => a.verb !== Verbs.refreshPoll)).toEqual([]);
    expect(cardText(await executes(bernd, Verbs.votePoll, { ...ref, optionId: 't-nope', selected: 'true' }))).toContain(
      'gibt es in dieser Umfrage nicht',
    );
    expect(
      await executes(bernd, Verbs.votePoll, { ...ref, pollId: '../x', optionId: 't-big-data', selected: 'true' }),
    ).toContain('veraltet');
    expect(
      await executes(bernd, Verbs.votePoll, {
        ...ref,
        pairId: 'someone~else',
        optionId: 't-big-data',
        selected: 'true',
      }),
    ).toContain('finde ich nicht');
    expect(rowsOf(await refresh(bernd)).find((row) => row.startsWith('Big Data'))).toBe('Big Data: 0 Stimmen');
  });

  test("only the mentee decides; a double click decides once; the outcome is the meeting's agenda", async () => {
    const linkedIn = optionIdsOf(await refresh(bernd)).at(-1)!;
    expect(cardText(await executes(anna, Verbs.decidePoll, { ...ref, decision: linkedIn }))).toContain(
      'Only the mentee confirms the topic',
    );
    const [first, second] = await Promise.all([
      executes(bernd, Verbs.decidePoll, { ...ref, decision: linkedIn }),
      executes(bernd, Verbs.decidePoll, { ...ref, decision: linkedIn }),
    ]);
    const texts = [cardText(first), cardText(second)];
    expect(texts.filter((text) => text.includes('Diese Umfrage ist schon beendet.'))).toHaveLength(1);
    expect(texts.every((text) => text.includes('Entschieden: '))).toBe(true);
    const meeting = await h.server.hooks.services.meetings.meeting(programmeId, pairId, meetingId);
    expect(meeting?.agendaHistory).toEqual([]);
    const topic = meeting!.agenda!.titles.de;
    expect(texts[0]).toContain(`Entschieden: ${topic}`);
    const moved = await executes(bernd, Verbs.rescheduleMeeting, {
      programmeId,
      pairId,
      meetingId,
      date: '2027-03-16',
      time: '10:00',
    });
    expect(cardText(moved)).toContain(topic);
  });

  test("either can change the topic later from the meeting card; both see it on the chat's meeting card and what was planned stays in the history", async () => {
    const meetingCard = await executes(anna, Verbs.rescheduleMeeting, {
      programmeId,
      pairId,
      meetingId,
      date: '2027-03-16',
      time: '11:00',
    });
    const change = actionsIn(meetingCard).find((a) => a.verb === Verbs.changeMeetingTopic)!;
    const form = await executes(anna, Verbs.changeMeetingTopic, change.data as Record<string, unknown>);
    expectValidCard(form);
    expect(cardText(form)).toContain('Planned so far: How do I set up my LinkedIn profile?');
    const save = actionsIn(form).find((a) => a.verb === Verbs.saveMeetingTopic)!.data as Record<string, unknown>;
    expect(cardText(await executes(anna, Verbs.saveMeetingTopic, { ...save, topicKey: 'no-such-topic' }))).toContain(
      'Please pick a topic from the list',
    );
    expect(await executes(mallory, Verbs.saveMeetingTopic, { ...save, topicKey: 'error-culture' })).toContain(
      'Only the two members',
    );
    const { response } = await h.executes(anna, chat, Verbs.saveMeetingTopic, {
      ...save,
      topicKey: 'error-culture',
      ownTopic: '',
    });
    expect(cardText(response.value)).toContain('Error culture');
    // The chat's meeting card follows for both, each in their own language.
    const meetingCardSeenBy = async (user: TeamsUser) =>
      cardText(
        (await h.seenBy(user, chat)).filter((m) => m.card?.refresh?.action.verb === Verbs.viewMeeting).at(-1)?.card,
      );
    expect(await meetingCardSeenBy(bernd)).toContain('Thema\nFehlerkultur');
    expect(await meetingCardSeenBy(anna)).toContain('Topic\nError culture');
    const meeting = await h.server.hooks.services.meetings.meeting(programmeId, pairId, meetingId);
    expect(meeting?.agendaHistory?.map((a) => a.titles.en)).toEqual(['How do I set up my LinkedIn profile?']);
    expect(meeting?.agenda).toMatchObject({ topicKey: 'error-culture', setBy: anna.aadObjectId });
  });

  test('a vote on a closed poll is refused and the card shows the final state', async () => {
    const card = await executes(anna, Verbs.votePoll, { ...ref, optionId: 't-big-data', selected: 'true' });
    expectValidCard(card);
    expect(cardText(card)).toContain('This poll is already closed.');
    expect(cardText(card)).toContain('Decided: ');
    expect(actionsIn(card).filter((a) => a.verb === Verbs.votePoll)).toEqual([]);
  });

  test('a new poll for the same meeting can change the topic again; every earlier topic stays in the history', async () => {
    const card = cardOf((await h.says(bernd, chat, 'umfrage'))[0]);
    const again = { programmeId, pairId, pollId: pollIdOf(card) };
    expect(again.pollId).not.toBe(ref.pollId);
    expect(cardText(await executes(bernd, Verbs.decidePoll, { ...again, decision: 't-big-data' }))).toContain(
      'Entschieden: Big Data',
    );
    const meeting = await h.server.hooks.services.meetings.meeting(programmeId, pairId, meetingId);
    expect([...meeting!.agendaHistory!, meeting!.agenda!].map((a) => a.titles.de)).toEqual([
      'How do I set up my LinkedIn profile?',
      'Fehlerkultur',
      'Big Data',
    ]);
  });

  test('the automatic poll opens three days before the next meeting and closes two hours before it; the leader becomes the topic, in the reminder with its materials', async () => {
    const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: 'de-DE' };
    await h.server.hooks.services.programmes.change(hrActor, programmeId, (p) =>
      addMaterial(p, {
        id: 'm-bd',
        title: 'Big-Data-Grundlagen',
        url: 'https://learn.microsoft.com/big-data',
        topicKey: 'big-data',
      }),
    );
    await schedule('2027-03-29'); // 08:00 UTC, summer time
    const before = h.connector.messages(chat.id).length;
    await h.server.hooks.reminders.tick();
    expect(
      h.connector
        .messages(chat.id)
        .slice(before)
        .filter((m) => m.attachments),
    ).toEqual([]); // meeting 1 has its poll already

    h.clock.set(new Date('2027-03-26T08:00:30Z'));
    await h.server.hooks.reminders.tick();
    const posted = h.connector
      .messages(chat.id)
      .find((m) => m.attachments && cardText(cardOf(m)).includes('Themenumfrage für Treffen 2 von 6'));
    expect(posted).toBeDefined();
    ref = { ...ref, pollId: pollIdOf(cardOf(posted)) };
    await vote(anna, await refresh(anna), 't-big-data');
    await vote(bernd, await refresh(bernd), 't-big-data');
    await vote(bernd, await refresh(bernd), 't-agile-organisation');

    h.clock.set(new Date('2027-03-29T06:00:30Z'));
    await h.server.hooks.reminders.tick();
    await h.server.hooks.pollMessages.idle();
    // A plain message cannot be refreshed per member: it carries both languages, the mentee's first.
    expect(h.connector.messages(chat.id).map((m) => m.text)).toContain(
      '📌 Treffen 2: Das Thema ist „Big Data“.\n\n📌 Meeting 2: the topic is “Big data”.',
    );
    expect(cardText(chatUpdates().at(-1)!.body!.attachments[0].content)).toContain(
      'das führende Thema hat gewonnen: Big Data',
    );

    h.clock.set(new Date('2027-03-29T07:00:30Z'));
    await h.server.hooks.reminders.tick();
    expect(String(h.connector.messages(chat.id).at(-1)!.summary)).toContain(
      'Thema: Big Data\n\nZur Vorbereitung: [Big-Data-Grundlagen](https://learn.microsoft.com/big-data)',
    );
  });
});
