import {
  matchProfiles,
  type MatchOutcome,
  type MatchResult,
  type ProfilePoolInput,
} from '../../../bot/src/domain/matching';
import { mulberry32 } from './support/mulberry32';
import { mentee, mentor } from './support/people';
import { randomPool } from './support/random-pool';

function resultOf(outcome: MatchOutcome): MatchResult {
  if (!outcome.ok) throw new Error(`unexpected failure ${JSON.stringify(outcome.failure)}`);
  return outcome.result;
}

const pairsOf = (result: MatchResult) => result.pairs.map((p) => `${p.mentor}-${p.mentee}`);

/** Two mentors, two mentees: m1 fits e1 best, m2 fits e2 best. */
const basic: ProfilePoolInput = {
  mentors: [mentor('m1', { topics: ['big-data'] }), mentor('m2', { topics: ['error-culture'] })],
  mentees: [mentee('e1', { topics: ['big-data'] }), mentee('e2', { topics: ['error-culture'] })],
};

describe('matching profiles', () => {
  test('proposes the best pairs with score, reasons and totals', () => {
    const result = resultOf(matchProfiles(basic));
    expect(pairsOf(result)).toEqual(['m1-e1', 'm2-e2']);
    expect(result.matched).toBe(2);
    expect(result.pairs[0]).toMatchObject({
      score: 0.6,
      reasons: expect.arrayContaining([{ code: 'shared-topics', topics: ['big-data'] }]),
    });
    expect(result.totalScore).toBe(1.2);
    expect(result.unmatched).toEqual([]);
  });

  test('an exclusion moves the pair apart; a lock forces a pair and says so', () => {
    expect(pairsOf(resultOf(matchProfiles({ ...basic, excluded: [['m1', 'e1']] })))).toEqual(['m2-e1', 'm1-e2']);
    const locked = resultOf(matchProfiles({ ...basic, locked: [['m2', 'e1']] }));
    expect(pairsOf(locked)).toEqual(['m2-e1', 'm1-e2']);
    expect(locked.pairs[0]!.reasons.at(-1)).toEqual({ code: 'locked-by-hr' });
    expect(locked.pairs[1]!.reasons).not.toContainEqual({ code: 'locked-by-hr' });
  });

  test('with the exclusions or locks rule off, HR’s lists are ignored', () => {
    expect(
      pairsOf(resultOf(matchProfiles({ ...basic, excluded: [['m1', 'e1']], rules: { exclusions: false } }))),
    ).toEqual(['m1-e1', 'm2-e2']);
    expect(pairsOf(resultOf(matchProfiles({ ...basic, locked: [['m2', 'e1']], rules: { locks: false } })))).toEqual([
      'm1-e1',
      'm2-e2',
    ]);
  });

  test('a mentor takes up to their capacity', () => {
    const input = { mentors: [mentor('m', { capacity: 2 })], mentees: [mentee('e1'), mentee('e2'), mentee('e3')] };
    const result = resultOf(matchProfiles(input));
    expect(pairsOf(result)).toEqual(['m-e1', 'm-e2']);
    expect(result.unmatched).toEqual([{ id: 'e3', role: 'mentee', reason: 'capacity-exhausted' }]);
  });

  test('the unmatched come back with why, mentees first', () => {
    const input: ProfilePoolInput = {
      mentors: [
        mentor('m1', { department: 'IT' }),
        mentor('m2', { department: 'Sales' }),
        mentor('m3', { department: 'HR' }),
      ],
      mentees: [
        mentee('e1', { department: 'IT' }),
        mentee('e2', { department: 'IT' }),
        mentee('e3', { department: 'HR', languages: ['fi'] }),
      ],
    };
    const result = resultOf(matchProfiles(input));
    expect(result.matched).toBe(2);
    expect(result.unmatched).toEqual([
      { id: 'e3', role: 'mentee', reason: 'no-allowed-partner' },
      { id: 'm1', role: 'mentor', reason: 'no-allowed-partner' },
    ]);
    const fewer = resultOf(matchProfiles({ ...input, mentees: input.mentees.slice(0, 1) }));
    expect(fewer.unmatched).toContainEqual({ id: 'm3', role: 'mentor', reason: 'not-needed' });
  });

  test('a mentee whose only allowed mentor is locked to someone else is capacity-exhausted', () => {
    const input = { mentors: [mentor('m')], mentees: [mentee('e1'), mentee('e2')], locked: [['m', 'e2'] as const] };
    expect(resultOf(matchProfiles(input)).unmatched).toEqual([
      { id: 'e1', role: 'mentee', reason: 'capacity-exhausted' },
    ]);
  });

  test('previous pairs are never repeated', () => {
    expect(pairsOf(resultOf(matchProfiles({ ...basic, previousPairs: [['m1', 'e1']] })))).toEqual(['m2-e1', 'm1-e2']);
  });

  test('an empty pool gives an empty result', () => {
    expect(resultOf(matchProfiles({ mentors: [], mentees: [] }))).toEqual({
      pairs: [],
      unmatched: [],
      matched: 0,
      totalScore: 0,
    });
  });
});

describe('input that cannot be matched is a failure value with a reason code', () => {
  const m = mentor('m');
  const e = mentee('e');
  test.each<[string, ProfilePoolInput, object]>([
    ['duplicate mentor id', { mentors: [m, m], mentees: [e] }, { code: 'duplicate-id', role: 'mentor', id: 'm' }],
    ['duplicate mentee id', { mentors: [m], mentees: [e, e] }, { code: 'duplicate-id', role: 'mentee', id: 'e' }],
    [
      'capacity 0',
      { mentors: [mentor('m', { capacity: 0 })], mentees: [e] },
      { code: 'invalid-capacity', mentor: 'm', capacity: 0 },
    ],
    [
      'capacity 4',
      { mentors: [mentor('m', { capacity: 4 })], mentees: [e] },
      { code: 'invalid-capacity', mentor: 'm', capacity: 4 },
    ],
    [
      'capacity 1.5',
      { mentors: [mentor('m', { capacity: 1.5 })], mentees: [e] },
      { code: 'invalid-capacity', mentor: 'm', capacity: 1.5 },
    ],
    [
      'lock of an unknown person',
      { mentors: [m], mentees: [e], locked: [['m', 'x']] },
      { code: 'lock-unknown-person', mentor: 'm', mentee: 'x' },
    ],
    [
      'lock of an excluded pair',
      { mentors: [m], mentees: [e], locked: [['m', 'e']], excluded: [['m', 'e']] },
      { code: 'lock-not-allowed', mentor: 'm', mentee: 'e', violations: ['excluded'] },
    ],
    [
      'lock across a rule',
      {
        mentors: [mentor('m', { department: 'IT' })],
        mentees: [mentee('e', { department: 'IT' })],
        locked: [['m', 'e']],
      },
      { code: 'lock-not-allowed', mentor: 'm', mentee: 'e', violations: ['same-department'] },
    ],
    [
      'one mentee locked to two mentors',
      {
        mentors: [m, mentor('n')],
        mentees: [e],
        locked: [
          ['m', 'e'],
          ['n', 'e'],
        ],
      },
      { code: 'lock-conflict', mentee: 'e', mentors: ['m', 'n'] },
    ],
    [
      'more locks than capacity',
      {
        mentors: [m],
        mentees: [e, mentee('f')],
        locked: [
          ['m', 'e'],
          ['m', 'f'],
        ],
      },
      { code: 'lock-exceeds-capacity', mentor: 'm', capacity: 1, locked: 2 },
    ],
  ])('%s', (_name, input, failure) => {
    expect(matchProfiles(input)).toEqual({ ok: false, failure });
  });

  test('the same lock twice counts once', () => {
    expect(
      resultOf(
        matchProfiles({
          mentors: [m],
          mentees: [e],
          locked: [
            ['m', 'e'],
            ['m', 'e'],
          ],
        }),
      ).matched,
    ).toBe(1);
  });
});

describe('determinism', () => {
  test('a random pool gives the same JSON on every run', () => {
    const input = randomPool(mulberry32(42), 60, 35, 2);
    const first = JSON.stringify(resultOf(matchProfiles(input)));
    for (let run = 0; run < 3; run++) expect(JSON.stringify(resultOf(matchProfiles(input)))).toBe(first);
  });

  test('equal optima resolve by input order', () => {
    const input = { mentors: [mentor('m1'), mentor('m2')], mentees: [mentee('e1'), mentee('e2')] };
    expect(pairsOf(resultOf(matchProfiles(input)))).toEqual(['m1-e1', 'm2-e2']);
  });
});
