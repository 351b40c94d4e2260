import { createHash } from 'node:crypto';
import { matchProfiles, type MentorProfile, type ProfilePoolInput } from '../../../bot/src/domain/matching';
import { mulberry32, randomInt } from './support/mulberry32';
import { randomPool } from './support/random-pool';

/**
 * Pins the exact output (pairs, scores, reasons, unmatched, totals) of seeded pools, computed
 * before the solver and scoring were tuned for speed. Any optimisation must leave these
 * byte-for-byte identical: the optimum may have ties, and which one we return is part of the
 * contract (input order decides).
 */
function fingerprint(input: ProfilePoolInput): { matched: number; totalScore: number; sha256: string } {
  const outcome = matchProfiles(input);
  if (!outcome.ok) throw new Error(`unexpected failure ${JSON.stringify(outcome.failure)}`);
  const { matched, totalScore } = outcome.result;
  return { matched, totalScore, sha256: createHash('sha256').update(JSON.stringify(outcome.result)).digest('hex') };
}

/** The benchmark's shape, scaled down: twice as many mentees as mentors, capacity 2. */
function benchShape(): ProfilePoolInput {
  return randomPool(mulberry32(7), 300, 150, 2);
}

/** Mixed capacities 1–3, with previous pairs, exclusions and locks. */
function mixedCapacities(): ProfilePoolInput {
  const random = mulberry32(11);
  const pool = randomPool(random, 250, 200, 1);
  const mentors: MentorProfile[] = pool.mentors.map((m) => ({ ...m, capacity: randomInt(random, 1, 3) }));
  const pair = (): [string, string] => [`m${randomInt(random, 0, 199)}`, `e${randomInt(random, 0, 249)}`];
  const previousPairs = Array.from({ length: 60 }, pair);
  const excluded = Array.from({ length: 60 }, pair);
  return {
    ...pool,
    mentors,
    previousPairs,
    excluded,
    locked: [
      ['m3', 'e5'],
      ['m10', 'e20'],
    ],
  };
}

/** Unit capacities, more mentors than mentees fit: the row-reduction path. */
function unitCapacities(): ProfilePoolInput {
  return randomPool(mulberry32(13), 300, 280, 1);
}

/** Every rule off: a dense square problem with unit capacities, the column-reduction path. */
function denseSquare(): ProfilePoolInput {
  const rules = {
    rolesMentorMentee: true,
    differentDepartment: false,
    notInReportingLine: false,
    sharedLanguage: false,
    noRepeatPairs: false,
    exclusions: false,
    locks: false,
  };
  return { ...randomPool(mulberry32(17), 200, 200, 1), rules };
}

describe('pinned output of seeded pools', () => {
  test.each([
    [
      'benchmark shape, 300 mentees × 150 mentors of capacity 2',
      benchShape,
      {
        matched: 300,
        totalScore: 275.895838,
        sha256: 'b3745596c7401a242710b43a612394a45aa5d992578c4a50a0480e8248ae7189',
      },
    ],
    [
      'mixed capacities with locks, exclusions and previous pairs',
      mixedCapacities,
      {
        matched: 250,
        totalScore: 237.131254,
        sha256: '4f23d14c2d7d152e18373f74263c2c6503b4d535c07000a8e9394ca2405a5fcc',
      },
    ],
    [
      'unit capacities, 300 × 280',
      unitCapacities,
      {
        matched: 280,
        totalScore: 267.883338,
        sha256: '39a7f7bed7770c7ac35e31fbe519229bd7c89f013774a0339d767442aafb353c',
      },
    ],
    [
      'dense square, every rule off',
      denseSquare,
      {
        matched: 200,
        totalScore: 185.544796,
        sha256: '1315af7c4a0c0d5301fe479b7227405b85632a55bce6bf8310ae5568923a57cf',
      },
    ],
  ])('%s', (_, build, expected) => {
    expect(fingerprint(build())).toEqual(expected);
  });
});
