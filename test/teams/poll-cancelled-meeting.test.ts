import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { runningPair } from '../harness/pair-fixture';
import { teamsUser, type TeamsConversation } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

describe('a topic poll whose meeting is cancelled', () => {
  let h: Harness;
  let chat: TeamsConversation;
  let programmeId = '';
  let pairId = '';

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    ({ programmeId, pairId, pairChat: chat } = await runningPair(h, { hr, mentor: anna, mentee: bernd }));
  });
  afterAll(() => h.stop());

  test('closes without a topic: its chat message says why, votes are refused, and no open poll is left', async () => {
    const scheduled = (
      await h.executes(bernd, chat, Verbs.scheduleMeeting, {
        programmeId,
        pairId,
        date: '2027-03-15',
        time: '10:00',
        format: 'online',
      })
    ).response.value;
    const meetingId = String(
      (actionsIn(scheduled).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId,
    );
    const poll = cardOf((await h.says(bernd, chat, 'umfrage'))[0]);
    const ref = { programmeId, pairId, pollId: String(poll.refresh.action.data.pollId) };
    expect(await h.server.hooks.services.polls.openPollOf(programmeId, pairId)).toBeDefined();

    await h.executes(bernd, chat, Verbs.cancelMeeting, { programmeId, pairId, meetingId, reason: 'Dienstreise' });

    // The poll's chat message says why, to each member in their language, with nothing left to press.
    const pollSeenBy = async (user: typeof anna) =>
      (await h.seenBy(user, chat))
        .filter((m) => m.activity.attachments?.[0]?.content.refresh?.action.verb === Verbs.refreshPoll)
        .at(-1)!;
    const forBernd = await pollSeenBy(bernd);
    expectValidCard(forBernd.activity.attachments[0].content);
    expect(cardText(forBernd.activity.attachments[0].content)).toContain(
      'Das Treffen wurde abgesagt, daher ist die Umfrage ohne Thema beendet.',
    );
    expect(cardText(forBernd.card)).toContain('Das Treffen wurde abgesagt, daher ist die Umfrage ohne Thema beendet.');
    expect(actionsIn(forBernd.card).filter((a) => a.verb === Verbs.votePoll)).toEqual([]);
    expect(cardText((await pollSeenBy(anna)).card)).toContain(
      'The meeting was cancelled, so the poll closed without a topic.',
    );

    const firstVote = actionsIn(poll).find((a) => a.verb === Verbs.votePoll)!.data as Record<string, unknown>;
    const refused = (await h.executes(anna, chat, Verbs.votePoll, { ...firstVote, ...ref, selected: 'true' })).response
      .value;
    expect(cardText(refused)).toContain('This poll is already closed.');
    expect(cardText(refused)).toContain('The meeting was cancelled, so the poll closed without a topic.');
    expect(await h.server.hooks.services.polls.openPollOf(programmeId, pairId)).toBeUndefined();
  });
});
