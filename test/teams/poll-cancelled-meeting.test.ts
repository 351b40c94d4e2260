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
    const scheduled = (await h.executes(bernd, chat, Verbs.scheduleMeeting, { programmeId, pairId, date: '2027-03-15', time: '10:00', format: 'online' })).response.value;
    const meetingId = String((actionsIn(scheduled).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId);
    const poll = cardOf((await h.says(bernd, chat, 'umfrage'))[0]);
    const ref = { programmeId, pairId, pollId: String(poll.refresh.action.data.pollId) };
    expect(await h.server.tandem.services.polls.openPollOf(programmeId, pairId)).toBeDefined();

    await h.executes(bernd, chat, Verbs.cancelMeeting, { programmeId, pairId, meetingId, reason: 'Dienstreise' });
    await h.server.tandem.pollMessages.idle();

    const updates = h.connector.calls.filter((c) => c.kind === 'update' && c.conversationId === chat.id && c.status < 300);
    const posted = updates.at(-1)!.body!.attachments[0].content;
    expectValidCard(posted);
    expect(cardText(posted)).toContain('Das Treffen wurde abgesagt, daher ist die Umfrage ohne Thema beendet.');
    expect(actionsIn(posted).filter((a) => a.verb === Verbs.votePoll)).toEqual([]);

    const firstVote = actionsIn(poll).find((a) => a.verb === Verbs.votePoll)!.data as Record<string, unknown>;
    const refused = (await h.executes(anna, chat, Verbs.votePoll, { ...firstVote, ...ref, selected: 'true' })).response.value;
    expect(cardText(refused)).toContain('This poll is already closed.');
    expect(cardText(refused)).toContain('The meeting was cancelled, so the poll closed without a topic.');
    expect(await h.server.tandem.services.polls.openPollOf(programmeId, pairId)).toBeUndefined();
  });
});
