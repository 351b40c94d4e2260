import { evaluatePair, preparePool, scorePool, type ProfilePoolInput } from '../../../bot/src/domain/matching';
import { mulberry32 } from './support/mulberry32';
import { randomPool } from './support/random-pool';

/** The pool kernel must give the very same verdicts and scores as the per-pair path. */
function expectKernelMatchesPairs(input: ProfilePoolInput): void {
  const prepared = preparePool(input);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.failure));
  const pool = scorePool(
    prepared.index,
    input.mentors.map((m) => m.capacity),
  );
  input.mentees.forEach((_, e) =>
    input.mentors.forEach((_, m) => {
      const pair = evaluatePair(prepared.index, m, e);
      const cell = e * input.mentors.length + m;
      expect(pool.violations[cell] === 0).toBe(pair.allowed);
      expect(pool.scores[cell]).toBe(pair.allowed ? pair.score : NaN);
    }),
  );
}

describe('pool scoring kernel', () => {
  test('agrees with evaluatePair on random pools', () => {
    for (let seed = 1; seed <= 5; seed++) expectKernelMatchesPairs(randomPool(mulberry32(seed), 40, 25, 2));
  });

  test('agrees with evaluatePair when more than 32 topics force the general path', () => {
    const input = randomPool(mulberry32(9), 30, 20, 1);
    const many = Array.from({ length: 40 }, (_, i) => `topic-${i}`);
    const widen = <T extends { topics: readonly string[] }>(p: T, i: number): T => ({
      ...p,
      topics: [...p.topics, many[i % 40]!, many[(i * 7) % 40]!],
    });
    expectKernelMatchesPairs({ ...input, mentors: input.mentors.map(widen), mentees: input.mentees.map(widen) });
  });
});
