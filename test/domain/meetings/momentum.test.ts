import type { Meeting } from '../../../bot/src/domain/meetings/meeting';
import { assessMomentum, type MomentumDecision, type MomentumInput } from '../../../bot/src/domain/meetings/momentum';
import { aChange, aHeldMeeting, aMeeting, MENTEE, MENTOR } from './support/meetings';

const BOTH = [MENTEE, MENTOR];
/** A confirmed pair since Monday 1 February 2027, programme to 1 August, six meetings. */
const input = (meetings: Meeting[], now: string, overrides: Partial<MomentumInput> = {}): MomentumInput => ({
  pair: { status: 'confirmed', mentorId: MENTOR, menteeId: MENTEE, since: '2027-02-01T09:00:00.000Z' },
  meetings,
  meetingsTarget: 6,
  programmeEndDate: '2027-08-01',
  lastSent: {},
  now: new Date(now),
  ...overrides,
});

const HELD_MARCH_2 = aHeldMeeting('h1', '2027-03-02T09:00:00.000Z');
const cancelledBy = (id: string, by: string, at: string): Meeting =>
  aMeeting({ id, status: 'cancelled', history: [aChange('cancel', by, at)] });
const movedBy = (id: string, by: string, at: string): Meeting =>
  aMeeting({ id, status: 'moved', history: [aChange('reschedule', by, at)] });
const quiet: MomentumDecision = { nudges: [] };

describe('no meeting scheduled for weeks', () => {
  test.each<[string, Meeting[], string, Partial<MomentumInput>, MomentumDecision]>([
    ['a new pair, three weeks in', [], '2027-02-22T09:00:00Z', {}, quiet],
    [
      'a new pair, four weeks in with nothing scheduled',
      [],
      '2027-03-01T09:00:00Z',
      {},
      { nudges: [{ kind: 'no-meeting-scheduled', recipients: BOTH }] },
    ],
    ['just under four weeks after the last meeting', [HELD_MARCH_2], '2027-03-30T08:59:00Z', {}, quiet],
    [
      'four weeks after the last meeting',
      [HELD_MARCH_2],
      '2027-03-30T09:00:00Z',
      {},
      { nudges: [{ kind: 'no-meeting-scheduled', recipients: BOTH }] },
    ],
    [
      'a meeting is planned ahead',
      [HELD_MARCH_2, aMeeting({ id: 'm2', startsAt: '2027-04-20T09:00:00.000Z' })],
      '2027-04-10T09:00:00Z',
      {},
      quiet,
    ],
    [
      'an unanswered check-in counts as the last meeting',
      [aMeeting({ startsAt: '2027-03-20T09:00:00.000Z' })],
      '2027-04-10T09:00:00Z',
      {},
      quiet,
    ],
    [
      'a cancelled meeting is no anchor',
      [HELD_MARCH_2, cancelledBy('c1', MENTOR, '2027-03-20T09:00:00.000Z')],
      '2027-04-10T09:00:00Z',
      {},
      { nudges: [{ kind: 'no-meeting-scheduled', recipients: BOTH }] },
    ],
    [
      'sent four days ago: rate-limited',
      [HELD_MARCH_2],
      '2027-04-10T09:00:00Z',
      { lastSent: { 'no-meeting-scheduled': '2027-04-06T09:00:00Z' } },
      quiet,
    ],
    [
      'sent a week ago: again',
      [HELD_MARCH_2],
      '2027-04-10T09:00:00Z',
      { lastSent: { 'no-meeting-scheduled': '2027-04-03T09:00:00Z' } },
      { nudges: [{ kind: 'no-meeting-scheduled', recipients: BOTH }] },
    ],
    [
      'the programme sets two weeks',
      [HELD_MARCH_2],
      '2027-03-16T09:00:00Z',
      { settings: { noMeetingWeeks: 2, endingWithinWeeks: 3, rateLimitDays: 7 } },
      { nudges: [{ kind: 'no-meeting-scheduled', recipients: BOTH }] },
    ],
  ])('%s', (_name, meetings, now, overrides, expected) => {
    expect(assessMomentum(input(meetings, now, overrides))).toEqual(expected);
  });
});

describe('the same person cancels or moves twice in a row', () => {
  const NOW = '2027-03-25T09:00:00Z';
  const AHEAD = aMeeting({ id: 'next', startsAt: '2027-04-01T09:00:00.000Z' }); // keeps the other rules quiet
  const atRisk = (personId: string, nudged: boolean): MomentumDecision => ({
    nudges: nudged ? [{ kind: 'repeated-changes', recipients: [personId] }] : [],
    atRisk: { reason: 'repeated-changes', personId },
  });

  test.each<[string, Meeting[], Partial<MomentumInput>, MomentumDecision]>([
    [
      'the executive cancels two meetings',
      [cancelledBy('c1', MENTEE, '2027-03-10T09:00:00Z'), cancelledBy('c2', MENTEE, '2027-03-20T09:00:00Z'), AHEAD],
      {},
      atRisk(MENTEE, true),
    ],
    [
      'a cancel and a move by the mentor',
      [cancelledBy('c1', MENTOR, '2027-03-10T09:00:00Z'), movedBy('c2', MENTOR, '2027-03-20T09:00:00Z'), AHEAD],
      {},
      atRisk(MENTOR, true),
    ],
    [
      'one meeting moved twice by the same person',
      [
        aMeeting({
          id: 'next',
          startsAt: '2027-04-01T09:00:00.000Z',
          history: [
            aChange('reschedule', MENTEE, '2027-03-10T09:00:00Z'),
            aChange('reschedule', MENTEE, '2027-03-20T09:00:00Z'),
          ],
        }),
      ],
      {},
      atRisk(MENTEE, true),
    ],
    [
      'one each',
      [cancelledBy('c1', MENTEE, '2027-03-10T09:00:00Z'), cancelledBy('c2', MENTOR, '2027-03-20T09:00:00Z'), AHEAD],
      {},
      quiet,
    ],
    [
      'a held meeting in between',
      [
        cancelledBy('c1', MENTEE, '2027-03-01T09:00:00Z'),
        aHeldMeeting('h', '2027-03-10T09:00:00.000Z'),
        cancelledBy('c2', MENTEE, '2027-03-20T09:00:00Z'),
        AHEAD,
      ],
      {},
      quiet,
    ],
    ['only one change', [cancelledBy('c1', MENTEE, '2027-03-20T09:00:00Z'), AHEAD], {}, quiet],
    [
      'already nudged since the last change: flag, no new nudge',
      [cancelledBy('c1', MENTEE, '2027-03-10T09:00:00Z'), cancelledBy('c2', MENTEE, '2027-03-20T09:00:00Z'), AHEAD],
      { lastSent: { 'repeated-changes': '2027-03-20T09:05:00Z' } },
      atRisk(MENTEE, false),
    ],
    [
      'a third change within the week: flag, rate-limited',
      [
        cancelledBy('c1', MENTEE, '2027-03-10T09:00:00Z'),
        cancelledBy('c2', MENTEE, '2027-03-20T09:00:00Z'),
        cancelledBy('c3', MENTEE, '2027-03-24T09:00:00Z'),
        AHEAD,
      ],
      { lastSent: { 'repeated-changes': '2027-03-20T09:05:00Z' } },
      atRisk(MENTEE, false),
    ],
    [
      'a third change a week later: nudged again',
      [cancelledBy('c2', MENTEE, '2027-03-20T09:00:00Z'), cancelledBy('c3', MENTEE, '2027-03-24T09:00:00Z'), AHEAD],
      { lastSent: { 'repeated-changes': '2027-03-17T09:05:00Z' } },
      atRisk(MENTEE, true),
    ],
    [
      'changes by someone outside the pair do not count',
      [cancelledBy('c1', 'hr-1', '2027-03-10T09:00:00Z'), cancelledBy('c2', 'hr-1', '2027-03-20T09:00:00Z'), AHEAD],
      {},
      quiet,
    ],
  ])('%s', (_name, meetings, overrides, expected) => {
    expect(assessMomentum(input(meetings, NOW, overrides))).toEqual(expected);
  });
});

describe('the programme ends soon with meetings missing', () => {
  const heldMeetings = (n: number) =>
    Array.from({ length: n }, (_, i) => aHeldMeeting(`h${i}`, `2027-0${2 + i}-15T09:00:00.000Z`));
  const planned = (id: string, startsAt: string) => aMeeting({ id, startsAt });

  test.each<[string, Meeting[], string, MomentumDecision]>([
    [
      'four weeks before the end, four held',
      [...heldMeetings(4), planned('p5', '2027-07-10T09:00:00.000Z')],
      '2027-07-04T09:00:00Z',
      quiet,
    ],
    [
      'three weeks before the end, four held, one planned',
      [...heldMeetings(4), planned('p5', '2027-07-20T09:00:00.000Z')],
      '2027-07-11T09:00:00Z',
      { nudges: [{ kind: 'programme-ending', recipients: BOTH }] },
    ],
    [
      'three weeks before the end, four held, two planned',
      [...heldMeetings(4), planned('p5', '2027-07-20T09:00:00.000Z'), planned('p6', '2027-07-27T09:00:00.000Z')],
      '2027-07-11T09:00:00Z',
      quiet,
    ],
    ['all six held', heldMeetings(6), '2027-07-20T09:00:00Z', quiet],
    [
      'on the last day, five held, nothing planned',
      heldMeetings(5),
      '2027-08-01T09:00:00Z',
      {
        nudges: [
          { kind: 'no-meeting-scheduled', recipients: BOTH },
          { kind: 'programme-ending', recipients: BOTH },
        ],
      },
    ],
    ['after the end: silence', heldMeetings(2), '2027-08-02T09:00:00Z', quiet],
  ])('%s', (_name, meetings, now, expected) => {
    expect(assessMomentum(input(meetings, now))).toEqual(expected);
  });

  test('rate-limited like every other kind', () => {
    const meetings = [...heldMeetings(4), planned('p5', '2027-07-20T09:00:00.000Z')];
    expect(
      assessMomentum(
        input(meetings, '2027-07-11T09:00:00Z', { lastSent: { 'programme-ending': '2027-07-06T09:00:00Z' } }),
      ),
    ).toEqual(quiet);
  });
});

describe('pairs that are not running', () => {
  const twoCancels = [
    cancelledBy('c1', MENTEE, '2027-03-10T09:00:00Z'),
    cancelledBy('c2', MENTEE, '2027-03-20T09:00:00Z'),
  ];

  test.each(['ended', 'declined', 'awaiting-confirmation'] as const)(
    'a %s pair gets no nudges and no flag',
    (status) => {
      const pair = { status, mentorId: MENTOR, menteeId: MENTEE, since: '2027-02-01T09:00:00.000Z' };
      expect(assessMomentum(input(twoCancels, '2027-07-20T09:00:00Z', { pair }))).toEqual(quiet);
    },
  );
});
