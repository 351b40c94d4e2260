import { DEFAULT_TOPICS } from '../../../bot/src/domain/programme/topic-catalogue';
import {
  allOptions,
  autoClose,
  castVote,
  decide,
  withdraw,
  drawOptions,
  leaderOf,
  ownOption,
  ownOptionId,
  pollEntriesFor,
  tally,
  type Poll,
  type PollOption,
  type PollVote,
} from '../../../bot/src/domain/polls';
import { aMeeting, MENTEE, MENTOR } from '../meetings/support/meetings';

const NOW = new Date('2027-03-01T08:00:00Z');
const at = (minute: number) => new Date(NOW.getTime() + minute * 60_000).toISOString();
const topic = (key: string): PollOption => ({ id: `t-${key}`, topicKey: key });
const OPTIONS = [topic('big-data'), topic('artificial-intelligence'), topic('error-culture')];
const aPoll = (overrides: Partial<Poll> = {}): Poll => ({
  id: 'm1.1',
  tenantId: 't',
  programmeId: 'p',
  pairId: `${MENTOR}~${MENTEE}`,
  mentorId: MENTOR,
  menteeId: MENTEE,
  meetingId: 'm1',
  meetingNumber: 1,
  status: 'open',
  options: OPTIONS,
  voting: 'multi',
  decision: 'mentee',
  openedBy: 'auto',
  openedAt: NOW.toISOString(),
  ...overrides,
});
const vote = (personId: string, optionId: string, minute: number, selected = true): PollVote => ({
  personId,
  optionId,
  selected,
  at: at(minute),
});

describe('drawing the options', () => {
  test("the mentee's uncovered wishes first, then earlier suggestions not chosen, then the catalogue; no duplicates, at most eight", () => {
    const options = drawOptions({
      catalogue: DEFAULT_TOPICS,
      menteeTopics: ['big-data', 'artificial-intelligence'],
      covered: ['artificial-intelligence'],
      earlierNotChosen: [{ id: 'c-1', title: 'LinkedIn profile' }, topic('big-data'), topic('error-culture')],
    });
    expect(options.map((o) => o.topicKey ?? o.title)).toEqual([
      'big-data',
      'LinkedIn profile',
      'error-culture',
      'collaboration-tools',
      'online-resources',
      'agile-organisation',
      'digital-reputation',
      'digital-networking',
    ]);
  });

  test('retired topics never appear, whoever asked for them', () => {
    const catalogue = DEFAULT_TOPICS.map((t) => (t.key === 'big-data' ? { ...t, retired: true } : t));
    const options = drawOptions({
      catalogue,
      menteeTopics: ['big-data'],
      covered: [],
      earlierNotChosen: [topic('big-data')],
      max: 20,
    });
    expect(options.map((o) => o.topicKey)).not.toContain('big-data');
    expect(options).toHaveLength(8);
  });

  test.each([
    ['  How do I   set up LinkedIn? ', 'How do I set up LinkedIn?'],
    ['Künstliche Intelligenz – wo anfangen?', 'Künstliche Intelligenz – wo anfangen?'],
  ])('an own option %j is kept as %j', (typed, title) => {
    const option = ownOption(typed, MENTEE, NOW);
    expect(option).toEqual({
      ok: true,
      value: { id: ownOptionId(title), title, addedBy: MENTEE, addedAt: NOW.toISOString() },
    });
  });

  test('the same question twice (other case, other punctuation) is one option; too short or too long is refused', () => {
    expect(ownOptionId('How do I set up LinkedIn?')).toBe(ownOptionId('how do i set up linkedin'));
    expect(ownOptionId('LinkedIn')).not.toBe(ownOptionId('Xing'));
    expect(ownOption('ab', MENTEE, NOW)).toMatchObject({
      ok: false,
      issues: [{ field: 'optionTitle', code: 'too-short' }],
    });
    expect(ownOption('x'.repeat(121), MENTEE, NOW)).toMatchObject({
      ok: false,
      issues: [{ field: 'optionTitle', code: 'too-long' }],
    });
  });

  test('own options follow the drawn ones in the order they were added', () => {
    const added = [
      { id: 'c-b', title: 'B', addedAt: at(2) },
      { id: 'c-a', title: 'A', addedAt: at(1) },
      { ...OPTIONS[0]! },
    ];
    expect(allOptions(OPTIONS, added).map((o) => o.id)).toEqual([
      't-big-data',
      't-artificial-intelligence',
      't-error-culture',
      'c-a',
      'c-b',
    ]);
  });
});

describe('votes and the tally', () => {
  test('with several choices every selection counts; a deselection removes it', () => {
    const votes = [
      vote(MENTEE, 't-big-data', 1),
      vote(MENTEE, 't-error-culture', 2),
      vote(MENTOR, 't-big-data', 3),
      vote(MENTEE, 't-error-culture', 4, false),
    ];
    expect(tally(aPoll(), OPTIONS, votes).map((c) => c.votes)).toEqual([2, 0, 0]);
  });

  test("with one choice only the person's latest selection counts", () => {
    const votes = [vote(MENTEE, 't-big-data', 1), vote(MENTEE, 't-error-culture', 2), vote(MENTOR, 't-big-data', 1)];
    expect(tally(aPoll({ voting: 'single' }), OPTIONS, votes).map((c) => c.voters)).toEqual([[MENTOR], [], [MENTEE]]);
    const takenBack = [...votes, vote(MENTEE, 't-error-culture', 3, false)];
    expect(tally(aPoll({ voting: 'single' }), OPTIONS, takenBack).map((c) => c.voters)).toEqual([[MENTOR], [], []]);
  });

  test('rows of anyone outside the pair are ignored', () => {
    expect(tally(aPoll(), OPTIONS, [vote('mallory', 't-big-data', 1)]).map((c) => c.votes)).toEqual([0, 0, 0]);
  });

  test.each([
    [
      'most votes lead',
      [vote(MENTEE, 't-error-culture', 1), vote(MENTOR, 't-error-culture', 1), vote(MENTEE, 't-big-data', 1)],
      't-error-culture',
    ],
    [
      'the mentee breaks a tie',
      [vote(MENTOR, 't-big-data', 1), vote(MENTEE, 't-artificial-intelligence', 1)],
      't-artificial-intelligence',
    ],
    ["without votes the first option (the mentee's wish) leads", [], 't-big-data'],
  ])('%s', (_name, votes, leader) => {
    expect(leaderOf(aPoll(), tally(aPoll(), OPTIONS, votes))?.option.id).toBe(leader);
  });

  test.each([
    ['someone outside the pair', aPoll(), 'mallory', 't-big-data', 'not-your-pair'],
    ['a closed poll', aPoll({ status: 'closed' }), MENTEE, 't-big-data', 'poll-closed'],
    ['an option the poll does not have', aPoll(), MENTEE, 't-nope', 'unknown-option'],
  ])('a vote from %s is refused', (_name, poll, person, option, reason) => {
    expect(castVote(poll, OPTIONS, person, option, true, NOW)).toEqual({ ok: false, reason });
  });
});

describe('deciding', () => {
  const votes = [vote(MENTOR, 't-big-data', 1), vote(MENTEE, 't-big-data', 1), vote(MENTEE, 't-error-culture', 2)];

  test("by default the mentee's chosen option decides, even against the votes", () => {
    const decided = decide(aPoll(), OPTIONS, votes, MENTEE, 't-artificial-intelligence', NOW);
    expect(decided).toMatchObject({
      ok: true,
      value: {
        status: 'closed',
        outcome: { optionId: 't-artificial-intelligence', decidedBy: MENTEE, how: 'mentee-chose' },
      },
    });
  });

  test('with "most votes" the leader wins when the mentee closes', () => {
    const decided = decide(aPoll({ decision: 'most-votes' }), OPTIONS, votes, MENTEE, 't-artificial-intelligence', NOW);
    expect(decided).toMatchObject({ ok: true, value: { outcome: { optionId: 't-big-data', how: 'most-votes' } } });
  });

  test.each([
    ['the mentor', aPoll(), MENTOR, 't-big-data', 'only-mentee-decides'],
    ['an outsider', aPoll(), 'mallory', 't-big-data', 'not-your-pair'],
    ['a second close', aPoll({ status: 'closed' }), MENTEE, 't-big-data', 'poll-closed'],
    ['an unknown option', aPoll(), MENTEE, 't-nope', 'unknown-option'],
  ])('%s cannot decide', (_name, poll, by, option, reason) => {
    expect(decide(poll, OPTIONS, votes, by, option, NOW)).toEqual({ ok: false, reason });
  });

  test('the automatic close takes the leader, once', () => {
    const closed = autoClose(aPoll(), OPTIONS, votes, NOW);
    expect(closed).toMatchObject({
      ok: true,
      value: { status: 'closed', outcome: { optionId: 't-big-data', decidedBy: 'auto', how: 'auto-close' } },
    });
    expect(closed.ok && autoClose(closed.value, OPTIONS, votes, NOW)).toEqual({ ok: false, reason: 'poll-closed' });
  });

  test("a cancelled meeting's poll closes without a topic, and then takes no votes and no decision", () => {
    const withdrawn = withdraw(aPoll(), NOW);
    expect(withdrawn).toMatchObject({ ok: true, value: { status: 'closed', withdrawnAt: NOW.toISOString() } });
    if (!withdrawn.ok) return;
    expect(withdrawn.value.outcome).toBeUndefined();
    expect(castVote(withdrawn.value, OPTIONS, MENTOR, 't-big-data', true, NOW)).toEqual({
      ok: false,
      reason: 'poll-closed',
    });
    expect(decide(withdrawn.value, OPTIONS, votes, MENTEE, 't-big-data', NOW)).toEqual({
      ok: false,
      reason: 'poll-closed',
    });
    expect(withdraw(withdrawn.value, NOW)).toEqual({ ok: false, reason: 'poll-closed' });
  });
});

describe('when the automatic poll opens and closes', () => {
  const meetingAt = (startsAt: string) =>
    aMeeting({ startsAt, endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString() });

  test.each([
    [
      'a meeting in ten days: three days before, closing two hours before',
      '2027-03-11T10:00:00.000Z',
      '2027-03-08T10:00:00.000Z',
      '2027-03-11T08:00:00.000Z',
    ],
    ['a meeting tomorrow: at once', '2027-03-02T10:00:00.000Z', NOW.toISOString(), '2027-03-02T08:00:00.000Z'],
  ])('%s', (_name, startsAt, opens, closes) => {
    const entries = pollEntriesFor(meetingAt(startsAt), NOW);
    expect(entries.map((e) => [e.kind, e.dueAt])).toEqual([
      ['poll-open', opens],
      ['poll-close', closes],
    ]);
  });

  test("none for a meeting closer than the close lead, or not planned; the programme's settings apply", () => {
    expect(pollEntriesFor(meetingAt('2027-03-01T09:30:00.000Z'), NOW)).toEqual([]);
    expect(pollEntriesFor({ ...meetingAt('2027-03-11T10:00:00.000Z'), status: 'cancelled' }, NOW)).toEqual([]);
    const custom = pollEntriesFor(meetingAt('2027-03-11T10:00:00.000Z'), NOW, {
      openDaysBefore: 7,
      closeHoursBefore: 24,
      voting: 'single',
      decision: 'mentee',
    });
    expect(custom.map((e) => e.dueAt)).toEqual(['2027-03-04T10:00:00.000Z', '2027-03-10T10:00:00.000Z']);
  });
});
