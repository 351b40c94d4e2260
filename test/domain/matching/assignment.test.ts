import { munkres } from 'munkres';
import { assignMentees } from '../../../bot/src/domain/matching';
import { bruteForceBest, evaluateAssignment } from './support/brute-force';
import { mulberry32, randomInt } from './support/mulberry32';

/** A random instance: few distinct score levels (many ties) or fine ones, some forbidden cells, capacities 1–3. */
function randomInstance(seed: number, maxSide: number) {
  const random = mulberry32(seed);
  const menteeCount = randomInt(random, 1, maxSide);
  const mentorCount = randomInt(random, 1, maxSide);
  const levels = [2, 3, 11, 1_000_001][randomInt(random, 0, 3)]!;
  const forbidden = random() * 0.7;
  const scores = Float64Array.from({ length: menteeCount * mentorCount }, () =>
    random() < forbidden ? NaN : randomInt(random, 0, levels - 1) / (levels - 1),
  );
  const capacities = Array.from({ length: mentorCount }, () => (random() < 0.5 ? 1 : randomInt(random, 1, 3)));
  return { menteeCount, mentorCount, scores, capacities };
}

describe('assignment is exactly optimal: most mentees first, then the highest total', () => {
  test('matches brute force on 600 random instances up to 6 × 6 with capacities and forbidden pairs', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const instance = randomInstance(seed, 6);
      const mentorOf = assignMentees(instance);
      const got = evaluateAssignment(mentorOf, instance.mentorCount, instance.scores, instance.capacities);
      const best = bruteForceBest(instance.menteeCount, instance.mentorCount, instance.scores, instance.capacities);
      expect({ seed, ...got }).toEqual({ seed, ...best });
    }
  });

  test.each([
    [
      'the best score alone would leave a mentee out',
      // m0 fits both, e0 far better with m0; e1 can only take m0.
      { menteeCount: 2, mentorCount: 2, scores: [0.9, 0.1, 0.5, NaN], capacities: [1, 1] },
      [1, 0],
    ],
    [
      'greedy by score would match two, the optimum matches three',
      // Greedy: e0–m0 (1.0), e1 left out, e2–m1 (0.2). Optimum: e0–m1, e1–m0, e2–m2.
      { menteeCount: 3, mentorCount: 3, scores: [1, 0.9, NaN, 0.95, NaN, NaN, NaN, 0.2, 0.1], capacities: [1, 1, 1] },
      [1, 0, 2],
    ],
    [
      'a mentor with room for two takes both, even the one scoring 0',
      { menteeCount: 2, mentorCount: 1, scores: [1, 0], capacities: [2] },
      [0, 0],
    ],
  ])('%s', (_name, instance, expected) => {
    const mentorOf = assignMentees({ ...instance, scores: Float64Array.from(instance.scores) });
    expect(Array.from(mentorOf)).toEqual(expected);
  });

  test('capacity is respected and shared by mentees in input order on ties', () => {
    const scores = Float64Array.from([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    const mentorOf = assignMentees({ menteeCount: 3, mentorCount: 2, scores, capacities: [2, 1] });
    expect(Array.from(mentorOf)).toEqual([0, 0, 1]);
  });

  test('mentors with no capacity left and mentees with no allowed mentor stay out', () => {
    const scores = Float64Array.from([0.7, 0.9, NaN, NaN]);
    expect(Array.from(assignMentees({ menteeCount: 2, mentorCount: 2, scores, capacities: [1, 0] }))).toEqual([0, -1]);
  });

  test('an empty pool gives an empty assignment', () => {
    expect(
      Array.from(assignMentees({ menteeCount: 0, mentorCount: 3, scores: new Float64Array(0), capacities: [1, 1, 1] })),
    ).toEqual([]);
    expect(
      Array.from(assignMentees({ menteeCount: 2, mentorCount: 0, scores: new Float64Array(0), capacities: [] })),
    ).toEqual([-1, -1]);
  });

  test('the same input always gives the same pairs, even with many equal optima', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const instance = randomInstance(seed, 8);
      const first = Array.from(assignMentees(instance));
      expect(Array.from(assignMentees({ ...instance, scores: instance.scores.slice() }))).toEqual(first);
    }
  });
});

describe('agrees with the munkres package on larger instances', () => {
  /** The same problem for munkres: slots expanded, forbidden and "unmatched" priced with a big M. */
  function munkresOptimum(menteeCount: number, mentorCount: number, scores: Float64Array, capacities: number[]) {
    const slots = capacities.flatMap((capacity, mentor) => Array.from({ length: capacity }, () => mentor));
    const unmatched = (menteeCount + 1) * 1e6 + 1;
    const matrix = Array.from({ length: menteeCount }, (_, mentee) => [
      ...slots.map((mentor) => {
        const score = scores[mentee * mentorCount + mentor]!;
        return Number.isNaN(score) ? unmatched : 1e6 - Math.round(score * 1e6);
      }),
      ...Array.from({ length: menteeCount }, () => unmatched),
    ]);
    const total = munkres(matrix).reduce((sum, [row, col]) => sum + matrix[row]![col]!, 0);
    const unmatchedCount = Math.floor(total / unmatched);
    return {
      matched: menteeCount - unmatchedCount,
      total: menteeCount * 1e6 - unmatchedCount * 1e6 - (total - unmatchedCount * unmatched),
    };
  }

  test('40 random pools of up to 60 mentees', () => {
    for (let seed = 1000; seed < 1040; seed++) {
      const instance = randomInstance(seed, 60);
      const got = evaluateAssignment(
        assignMentees(instance),
        instance.mentorCount,
        instance.scores,
        instance.capacities,
      );
      expect({ seed, ...got }).toEqual({
        seed,
        ...munkresOptimum(instance.menteeCount, instance.mentorCount, instance.scores, instance.capacities),
      });
    }
  });
});
