import type { MeetingFeedback } from '../../bot/src/domain/feedback/meeting-feedback';
import type { Poll } from '../../bot/src/domain/polls/poll';
import { ConsentRefusalTableLog } from '../../bot/src/storage/consent-refusal.table-log';
import { FeedbackTableRepository } from '../../bot/src/storage/feedback.table-repositories';
import { MeetingTableRepository } from '../../bot/src/storage/meeting.table-repositories';
import { PollTableRepository } from '../../bot/src/storage/poll.table-repository';
import { openPoll } from '../domain/journey/support/journey-fixtures';
import { aMeeting } from '../domain/meetings/support/meetings';
import { testTableStore, uniqueTablePrefix } from '../harness/test-storage';

/** HR's dashboard reads a whole programme by one key range per table: only that programme's pairs, however ids compare. */
describe("a programme's rows across its pairs", () => {
  // `p1` is a prefix of `p10`: a range that leaked would read the other programme's pairs.
  const programmes = ['p1', 'p10', 'p0'];
  const store = testTableStore(uniqueTablePrefix());
  const meetings = new MeetingTableRepository(store);
  const feedback = new FeedbackTableRepository(store);
  const polls = new PollTableRepository(store);
  const refusals = new ConsentRefusalTableLog(store);

  beforeAll(async () => {
    for (const programmeId of programmes)
      for (const pairId of ['a~b', 'c~d']) {
        await meetings.create(aMeeting({ id: `${programmeId}-${pairId}`, programmeId, pairId }));
        await feedback.create(feedbackOn(programmeId, pairId));
        await polls.create(pollOf(programmeId, pairId));
        await polls.addOption(pollOf(programmeId, pairId), { id: 'own', title: 'Eigene Frage', addedBy: 'b' });
      }
    await refusals.record('p1', 'x', new Date());
    await refusals.record('p1', 'y', new Date());
    await refusals.record('p10', 'z', new Date());
  });

  test("meetings, feedback and polls of every pair of the programme, none of another's", async () => {
    expect((await meetings.ofProgramme('p1')).map((m) => m.id).sort()).toEqual(['p1-a~b', 'p1-c~d']);
    expect((await feedback.ofProgramme('p1')).map((f) => f.pairId).sort()).toEqual(['a~b', 'c~d']);
    expect((await polls.ofProgramme('p1')).map((p) => `${p.programmeId}/${p.pairId}`).sort()).toEqual([
      'p1/a~b',
      'p1/c~d',
    ]);
    expect(await refusals.countOfProgramme('p1')).toBe(2);
  });

  test('feedback is read without its learning and private note', async () => {
    const [first] = await feedback.ofProgramme('p10');
    expect(first).toEqual({
      pairId: expect.any(String),
      meetingId: 'm1',
      meetingNumber: 1,
      authorId: 'b',
      rating: 4,
      topicsCovered: ['big-data'],
      shareAsGoodPractice: true,
    });
  });
});

function feedbackOn(programmeId: string, pairId: string): MeetingFeedback {
  return {
    programmeId,
    pairId,
    meetingId: 'm1',
    meetingNumber: 1,
    authorId: 'b',
    role: 'mentee',
    rating: 4,
    topicsCovered: ['big-data'],
    learning: 'Was ich gelernt habe',
    privateNote: 'Nur für mich',
    shareAsGoodPractice: true,
    createdAt: '2027-03-09T11:00:00Z',
    updatedAt: '2027-03-09T11:00:00Z',
  };
}

function pollOf(programmeId: string, pairId: string): Poll {
  return { ...openPoll().poll, programmeId, pairId };
}
