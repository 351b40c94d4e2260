import { Harness } from '../harness/harness';
import { cardOf, cardText, actionsIn } from '../harness/card-checker';
import { teamsUser, TENANT_ID, type TeamsConversation, type TeamsUser } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';
import { runningPair } from '../harness/pair-fixture';
import { POLL_UPDATE_GATHER_MS } from '../../bot/src/teams/polls/poll-message';
import { optionIdsOf, pollIdOf, rowsOf, voteAction, pollMessageUpdates, refreshedPoll } from './support/poll-cards';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

describe('a poll under load: many presses at the same moment', () => {
  let h: Harness;
  let chat: TeamsConversation;
  let ref: { programmeId: string; pairId: string; pollId: string };

  const executes = async (user: TeamsUser, verb: string, data: Record<string, unknown>) =>
    (await h.executes(user, chat, verb, data)).response.value;
  const refresh = (user: TeamsUser) => refreshedPoll(h, chat, user, ref);
  const schedule = async (date: string) => {
    await h.says(bernd, chat, 'termin');
    await h.presses(bernd, chat, Verbs.scheduleMeeting, { date, time: '10:00', format: 'online' });
  };
  const chatUpdates = () => pollMessageUpdates(h, chat.id);

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    const pair = await runningPair(
      h,
      { hr, mentor: anna, mentee: bernd },
      { menteeTopics: 'artificial-intelligence,big-data' },
    );
    chat = pair.pairChat;
    ref = { programmeId: pair.programmeId, pairId: pair.pairId, pollId: '' };
  });
  afterAll(() => h.stop());

  test('100 votes and repeated own questions at the same moment: nothing is lost, the tally is exact, the message is updated far fewer times', async () => {
    h.clock.set(new Date('2027-04-01T08:00:00Z'));
    await schedule('2027-04-20');
    ref = { ...ref, pollId: pollIdOf(cardOf((await h.says(anna, chat, 'poll'))[0])) };
    const questions = [
      'Teams-Kanäle sinnvoll nutzen',
      'Copilot im Alltag',
      'Prompting für Führungskräfte',
      'Datenschutz bei KI-Tools',
    ];
    await Promise.all(
      [...questions, ...questions].map((optionTitle, i) =>
        executes(i % 2 ? anna : bernd, Verbs.addPollOption, { ...ref, optionTitle }),
      ),
    );
    const options = optionIdsOf(await refresh(bernd));
    expect(options).toHaveLength(12);
    const updatesBefore = chatUpdates().length;
    const started = Date.now();
    const presses = Array.from({ length: 100 }, (_, i) => ({
      user: i % 2 ? anna : bernd,
      optionId: options[Math.floor(i / 2) % options.length]!,
    }));
    await Promise.all(
      presses.map(({ user, optionId }) => executes(user, Verbs.votePoll, { ...ref, optionId, selected: 'true' })),
    );
    expect(rowsOf(await refresh(bernd)).map((row) => row.split(': ')[1])).toEqual(
      Array(12).fill('2 Stimmen · ✓ Ihre Wahl'),
    );
    await h.server.hooks.pollMessages.idle();
    const updates = chatUpdates().slice(updatesBefore);
    // Presses are gathered for POLL_UPDATE_GATHER_MS before each update: one update per window at most.
    expect(updates.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / POLL_UPDATE_GATHER_MS) + 1);
    expect(updates.length).toBeLessThan(presses.length / 2);
    expect(rowsOf(updates.at(-1)!.body!.attachments[0].content).map((row) => row.split(': ')[1])).toEqual(
      Array(12).fill('2 Stimmen'),
    );
  });
});

describe('a programme where most votes win (the mentee breaks ties) and each person has one choice', () => {
  let h: Harness;
  const carla = teamsUser('Carla Weiß', { locale: 'de-DE' });
  const dieter = teamsUser('Dieter Brandt', { locale: 'de-DE' });

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
  });
  afterAll(() => h.stop());

  test("a changed vote moves the person's one choice; on a tie the mentee's choice wins when the mentee closes", async () => {
    const { programmeId, pairId, pairChat } = await runningPair(
      h,
      { hr, mentor: carla, mentee: dieter },
      { menteeTopics: 'artificial-intelligence,big-data' },
    );
    const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: 'de-DE' };
    await h.server.hooks.services.programmes.change(hrActor, programmeId, (p) => ({
      ok: true,
      value: {
        ...p,
        pollSettings: { openDaysBefore: 3, closeHoursBefore: 2, voting: 'single', decision: 'most-votes' },
      },
    }));
    await h.executes(dieter, pairChat, Verbs.scheduleMeeting, {
      programmeId,
      pairId,
      date: '2027-03-15',
      time: '10:00',
      format: 'online',
    });
    const posted = cardOf((await h.says(dieter, pairChat, 'umfrage'))[0]);
    expect(cardText(posted)).toContain('Wählen Sie ein Thema');
    const press = async (user: TeamsUser, optionId: string) => {
      h.clock.advance(1000); // presses are ordered by time; the test clock stands still otherwise
      return (
        await h.executes(user, pairChat, Verbs.votePoll, {
          ...(voteAction(posted, optionId)!.data as Record<string, unknown>),
          selected: 'true',
        })
      ).response.value;
    };
    await press(carla, 't-artificial-intelligence');
    expect(rowsOf(await press(carla, 't-big-data')).slice(0, 2)).toEqual([
      'Künstliche Intelligenz: 0 Stimmen',
      'Big Data: 1 Stimme · ✓ Ihre Wahl',
    ]);
    const menteeCard = await press(dieter, 't-artificial-intelligence');
    expect(actionsIn(menteeCard).find((a) => a.verb === Verbs.decidePoll)?.title).toBe('Umfrage beenden');
    expect(
      cardText(
        (await h.executes(carla, pairChat, Verbs.decidePoll, { programmeId, pairId, pollId: pollIdOf(posted) }))
          .response.value,
      ),
    ).toContain('Nur der Mentee bestätigt das Thema');
    const closed = (
      await h.executes(dieter, pairChat, Verbs.decidePoll, { programmeId, pairId, pollId: pollIdOf(posted) })
    ).response.value;
    expect(cardText(closed)).toContain('Entschieden: Künstliche Intelligenz');
  });
});
