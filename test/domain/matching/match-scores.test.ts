import { matchScores, type ScoreMatrixInput } from '../../../bot/src/domain/matching';

const base: ScoreMatrixInput = {
  mentors: [
    { id: 'm1', capacity: 1 },
    { id: 'm2', capacity: 2 },
  ],
  mentees: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
  scores: [
    [0.9, 0.4],
    [0.8, null],
    [null, 0.3],
  ],
};

describe('matching an external score matrix', () => {
  test('most mentees first, then the highest total; null means not allowed; no fit reasons', () => {
    const outcome = matchScores(base);
    expect(outcome).toEqual({
      ok: true,
      result: {
        pairs: [
          { mentor: 'm2', mentee: 'e1', score: 0.4, reasons: [] },
          { mentor: 'm1', mentee: 'e2', score: 0.8, reasons: [] },
          { mentor: 'm2', mentee: 'e3', score: 0.3, reasons: [] },
        ],
        unmatched: [],
        matched: 3,
        totalScore: 1.5,
      },
    });
  });

  test('scores are optimised and reported in millionths', () => {
    const outcome = matchScores({
      mentors: [{ id: 'm', capacity: 1 }],
      mentees: [{ id: 'e' }],
      scores: [[0.12345678]],
    });
    expect(outcome.ok && outcome.result.pairs[0]!.score).toBe(0.123457);
  });

  test('exclusions and locks work as with profiles', () => {
    const excluded = matchScores({ ...base, excluded: [['m2', 'e3']] });
    expect(excluded.ok && excluded.result.unmatched).toEqual([
      { id: 'e3', role: 'mentee', reason: 'no-allowed-partner' },
    ]);
    const locked = matchScores({ ...base, locked: [['m1', 'e1']] });
    expect(locked.ok && locked.result.pairs.map((p) => `${p.mentor}-${p.mentee}`)).toEqual(['m1-e1', 'm2-e3']);
    expect(locked.ok && locked.result.unmatched).toEqual([{ id: 'e2', role: 'mentee', reason: 'capacity-exhausted' }]);
    expect(matchScores({ ...base, locked: [['m1', 'e3']] })).toEqual({
      ok: false,
      failure: { code: 'lock-not-allowed', mentor: 'm1', mentee: 'e3', violations: ['not-scored'] },
    });
  });

  test.each<[string, Partial<ScoreMatrixInput>, object]>([
    ['a missing row', { scores: base.scores.slice(0, 2) }, { code: 'invalid-score-matrix', row: 2 }],
    ['a short row', { scores: [[0.1, 0.2], [0.3], [0.4, 0.5]] }, { code: 'invalid-score-matrix', row: 1 }],
    [
      'a score above 1',
      {
        scores: [
          [0.1, 0.2],
          [0.3, 1.5],
          [0.4, 0.5],
        ],
      },
      { code: 'invalid-score-matrix', row: 1, column: 1 },
    ],
    [
      'a negative score',
      {
        scores: [
          [-0.1, 0.2],
          [0.3, 0.5],
          [0.4, 0.5],
        ],
      },
      { code: 'invalid-score-matrix', row: 0, column: 0 },
    ],
    [
      'NaN',
      {
        scores: [
          [0.1, 0.2],
          [0.3, 0.5],
          [0.4, Number.NaN],
        ],
      },
      { code: 'invalid-score-matrix', row: 2, column: 1 },
    ],
    [
      'a person on both sides',
      { mentees: [{ id: 'm1' }, { id: 'e2' }, { id: 'e3' }] },
      { code: 'person-in-both-roles', id: 'm1' },
    ],
    [
      'capacity out of range',
      {
        mentors: [
          { id: 'm1', capacity: 1 },
          { id: 'm2', capacity: 9 },
        ],
      },
      { code: 'invalid-capacity', mentor: 'm2', capacity: 9 },
    ],
  ])('%s is refused', (_name, change, failure) => {
    expect(matchScores({ ...base, ...change })).toEqual({ ok: false, failure });
  });
});
