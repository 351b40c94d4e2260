import { allOptions, tally, type Poll, type PollVote } from '../../../bot/src/domain/polls';
import type { Programme } from '../../../bot/src/domain/programme/programme';
import type { PollView } from '../../../bot/src/services/polls/poll-service';
import { typed } from './card-samples';

/** A poll of the sample pair (mentor `m`, mentee `a`) with catalogue topics, an own question and a few votes. */
export function samplePollView(programme: Programme, overrides: Partial<Poll> = {}): PollView {
  const poll: Poll = {
    id: '7d2b1c3a-5e4f-4a6b-8c9d-0e1f2a3b4c5d.1',
    tenantId: 't',
    programmeId: programme.id,
    pairId: 'm~a',
    mentorId: 'm',
    menteeId: 'a',
    meetingId: '7d2b1c3a-5e4f-4a6b-8c9d-0e1f2a3b4c5d',
    meetingNumber: 2,
    status: 'open',
    voting: 'multi',
    decision: 'mentee',
    openedBy: 'auto',
    openedAt: '2027-02-28T09:00:00.000Z',
    options: ['big-data', 'artificial-intelligence', 'error-culture', 'digital-networking'].map((key) => ({
      id: `t-${key}`,
      topicKey: key,
    })),
    ...overrides,
  };
  const options = allOptions(poll.options, [
    {
      id: 'c-1',
      title: typed('Wie richte ich mein LinkedIn-Profil ein?'),
      addedBy: 'a',
      addedAt: '2027-02-28T10:00:00.000Z',
    },
  ]);
  const votes: PollVote[] = [
    { personId: 'a', optionId: 't-big-data', selected: true, at: '2027-02-28T10:00:00.000Z' },
    { personId: 'm', optionId: 't-big-data', selected: true, at: '2027-02-28T10:01:00.000Z' },
    { personId: 'a', optionId: 'c-1', selected: true, at: '2027-02-28T10:02:00.000Z' },
  ];
  return { poll, options, counts: tally(poll, options, votes), programme };
}
