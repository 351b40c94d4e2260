// A programme with known counts: four mentors and four mentees, pairs in every state, feedback and polls.
import type { DashboardFacts, DashboardPair } from '../../../bot/src/domain/dashboard/dashboard-facts';
import type { Meeting } from '../../../bot/src/domain/meetings/meeting';
import type { Pair } from '../../../bot/src/domain/pairing/pair';
import { agendaOn, pair, programme } from '../journey/support/journey-fixtures';
import { aHeldMeeting, aMeeting } from '../meetings/support/meetings';

export { NOW } from '../journey/support/journey-fixtures';

const person = (aadObjectId: string, role: 'mentor' | 'mentee', department: string, topics: string[] = []) => ({
  aadObjectId,
  role,
  department,
  topics,
});

const pairOf = (mentorId: string, menteeId: string, extra: Partial<Pair>): Pair => ({
  ...pair,
  mentorId,
  menteeId,
  respondedAt: '2027-02-02T00:00:00Z',
  chatId: `19:${mentorId}@thread.v2`,
  ...extra,
});

const heldOn = (pairId: string, id: string, day: string, extra: Partial<Meeting> = {}) =>
  aHeldMeeting(id, `${day}T09:00:00.000Z`, { pairId, ...extra });

/** Pair A reached its target, B met once and plans the next, C has neither chat nor meeting, D awaits the mentee. */
export const pairs: DashboardPair[] = [
  {
    pairId: 'A',
    pair: pairOf('m1', 'e1', {}),
    meetings: ['02-18', '02-25', '03-04', '03-11', '03-18', '03-25'].map((day, index) =>
      heldOn('A', `a${index + 1}`, `2027-${day}`, {
        number: index + 1,
        agenda: index === 0 ? agendaOn('artificial-intelligence') : undefined,
      }),
    ),
  },
  {
    pairId: 'B',
    pair: pairOf('m2', 'e2', {}),
    meetings: [
      heldOn('B', 'b1', '2027-03-16'),
      aMeeting({
        id: 'b2',
        pairId: 'B',
        number: 2,
        startsAt: '2027-04-06T08:00:00.000Z',
        endsAt: '2027-04-06T09:00:00.000Z',
      }),
    ],
  },
  { pairId: 'C', pair: pairOf('m3', 'e3', { chatId: undefined }), meetings: [] },
  { pairId: 'D', pair: pairOf('m4', 'e4', { status: 'awaiting-confirmation', respondedAt: undefined }), meetings: [] },
];

const rating = (
  authorId: string,
  pairId: string,
  meetingId: string,
  meetingNumber: number,
  value: 1 | 2 | 3 | 4 | 5,
) => ({
  pairId,
  meetingId,
  meetingNumber,
  authorId,
  rating: value,
  topicsCovered: meetingId === 'a1' ? ['big-data'] : [],
  shareAsGoodPractice: authorId === 'e1',
});

export const facts: DashboardFacts = {
  programme,
  enrolments: Array.from({ length: 10 }, (_, index) => ({
    role: 'mentee',
    department: 'Sales',
    aadObjectId: `x${index}`,
  })),
  profiles: [
    person('m1', 'mentor', 'IT', ['artificial-intelligence']),
    person('m2', 'mentor', 'IT'),
    person('m3', 'mentor', 'IT'),
    person('m4', 'mentor', 'Legal'),
    person('e1', 'mentee', 'Sales', ['artificial-intelligence']),
    person('e2', 'mentee', 'Sales', ['artificial-intelligence', 'big-data']),
    person('e3', 'mentee', 'Sales'),
    person('e4', 'mentee', ''),
  ],
  consentRefusals: 1,
  pairs,
  feedback: [
    rating('m1', 'A', 'a1', 1, 5),
    rating('e1', 'A', 'a1', 1, 4),
    rating('m2', 'B', 'b1', 1, 3),
    rating('m1', 'A', 'a2', 2, 5),
    rating('e1', 'A', 'a2', 2, 5),
  ],
  polls: [
    {
      pairId: 'B',
      options: [{ id: 'o1', topicKey: 'artificial-intelligence' }],
      outcome: { optionId: 'o1', decidedBy: 'e2', at: '', how: 'mentee-chose' },
    },
    {
      pairId: 'A',
      options: [{ id: 'o9', topicKey: 'big-data' }],
      outcome: { optionId: 'o2', decidedBy: 'e1', at: '', how: 'mentee-chose' },
    },
    { pairId: 'C', options: [{ id: 'o3', topicKey: 'big-data' }] },
  ],
  broadcasts: [],
  goodPracticeStatuses: [
    'pending',
    'pending',
    'approved',
    'published',
    'published',
    'published',
    'rejected',
    'withdrawn',
  ],
};
