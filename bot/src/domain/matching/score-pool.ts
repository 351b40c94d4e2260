import { fitReasons } from './fit-reasons';
import { fitScore, violationMask } from './pair-score';
import type { PoolIndex } from './pool-index';
import type { FitReason } from './reasons';
import { kernelTables, scoreMenteeRow } from './score-kernel';
import type { ScoredPool } from './scored-pool';
import { violationCodes, type RuleViolation } from './violations';

/** The full verdict on one mentor–mentee pair. */
export interface PairEvaluation {
  readonly mentor: string;
  readonly mentee: string;
  /** No hard rule broken. */
  readonly allowed: boolean;
  readonly violations: readonly RuleViolation[];
  /** The fit in [0, 1], computed even for pairs that are not allowed (HR may want to know). */
  readonly score: number;
  readonly reasons: readonly FitReason[];
}

/** Evaluates one pair by its indexes in the pool's mentor and mentee lists. */
export function evaluatePair(index: PoolIndex, mentor: number, mentee: number): PairEvaluation {
  const violations = violationCodes(violationMask(index, mentor, mentee));
  return {
    mentor: index.mentors.people[mentor]!.id,
    mentee: index.mentees.people[mentee]!.id,
    allowed: violations.length === 0,
    violations,
    score: fitScore(index, mentor, mentee),
    reasons: fitReasons(index, mentor, mentee),
  };
}

/**
 * Scores every pair into flat arrays (no object per pair: a pool of 2,000 × 1,000 has two
 * million pairs). Reasons are left out here and built later for the chosen pairs only.
 */
export function scorePool(index: PoolIndex, capacities: readonly number[]): ScoredPool {
  const mentorCount = index.mentors.people.length;
  const menteeCount = index.mentees.people.length;
  const scores = new Float64Array(menteeCount * mentorCount);
  const violations = new Uint8Array(menteeCount * mentorCount);
  const tables = kernelTables(index);
  for (let mentee = 0; mentee < menteeCount; mentee++) scoreMenteeRow(index, tables, mentee, scores, violations);
  return {
    mentorIds: index.mentors.people.map((p) => p.id),
    menteeIds: index.mentees.people.map((p) => p.id),
    capacities,
    scores,
    violations,
  };
}
