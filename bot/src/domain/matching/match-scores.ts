import { resolveLocks } from './locks';
import { assignPool } from './pool-assignment';
import type { PairRef } from './profile';
import { matchingFailure, type MatchingFailure, type MatchOutcome } from './result';
import { indexById, type ScoredPool } from './scored-pool';
import { validatePool } from './validate-pool';
import { VIOLATION_BIT } from './violations';

/**
 * The scores form of input, for HR teams that score externally: one row per mentee, one
 * column per mentor, a score in [0, 1] or `null` where the pair is not allowed.
 */
export interface ScoreMatrixInput {
  readonly mentors: readonly { readonly id: string; readonly capacity: number }[];
  readonly mentees: readonly { readonly id: string }[];
  readonly scores: readonly (readonly (number | null)[])[];
  readonly locked?: readonly PairRef[];
  readonly excluded?: readonly PairRef[];
}

/** Matches an externally scored pool; pairs come back without fit reasons (there are no profiles). */
export function matchScores(input: ScoreMatrixInput): MatchOutcome {
  const problem = validatePool(input.mentors, input.mentees, true) ?? matrixProblem(input);
  if (problem) return matchingFailure(problem);
  const pool = scoredPool(input);
  const locks = resolveLocks(pool, input.locked ?? []);
  if (!locks.ok) return matchingFailure(locks.failure);
  return { ok: true, result: assignPool(pool, locks.locks, () => []) };
}

function matrixProblem(input: ScoreMatrixInput): MatchingFailure | undefined {
  if (input.scores.length !== input.mentees.length)
    return { code: 'invalid-score-matrix', row: Math.min(input.scores.length, input.mentees.length) };
  for (const [row, scores] of input.scores.entries()) {
    if (scores.length !== input.mentors.length) return { code: 'invalid-score-matrix', row };
    const column = scores.findIndex((s) => s !== null && !(Number.isFinite(s) && s >= 0 && s <= 1));
    if (column >= 0) return { code: 'invalid-score-matrix', row, column };
  }
  return undefined;
}

/** The matrix as a scored pool; HR's exclusions become violations like `null` cells. */
function scoredPool(input: ScoreMatrixInput): ScoredPool {
  const mentorCount = input.mentors.length;
  const scores = new Float64Array(input.mentees.length * mentorCount);
  const violations = new Uint8Array(scores.length);
  input.scores.forEach((row, mentee) =>
    row.forEach((score, mentor) => {
      const cell = mentee * mentorCount + mentor;
      scores[cell] = score ?? NaN;
      if (score === null) violations[cell] = VIOLATION_BIT['not-scored'];
    }),
  );
  const mentorIndex = indexById(input.mentors.map((m) => m.id));
  const menteeIndex = indexById(input.mentees.map((m) => m.id));
  for (const [mentorId, menteeId] of input.excluded ?? []) {
    const mentor = mentorIndex.get(mentorId);
    const mentee = menteeIndex.get(menteeId);
    if (mentor === undefined || mentee === undefined) continue;
    violations[mentee * mentorCount + mentor]! |= VIOLATION_BIT.excluded;
    scores[mentee * mentorCount + mentor] = NaN;
  }
  return {
    mentorIds: input.mentors.map((m) => m.id),
    menteeIds: input.mentees.map((m) => m.id),
    capacities: input.mentors.map((m) => m.capacity),
    scores,
    violations,
  };
}
