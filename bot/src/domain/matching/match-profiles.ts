import { fitReasons } from './fit-reasons';
import { resolveLocks } from './locks';
import { assignPool } from './pool-assignment';
import { indexPool, type PoolIndex } from './pool-index';
import type { MenteeProfile, MentorProfile, PairRef } from './profile';
import { matchingFailure, type MatchingFailure, type MatchOutcome } from './result';
import { resolveRules, type MatchingRules } from './rules';
import { scorePool } from './score-pool';
import type { UtcOffsetLookup } from './time-zones';
import { validatePool } from './validate-pool';
import { resolveWeights, type MatchingWeights } from './weights';

/** A pool of onboarded people plus HR's settings: the profiles form of input. */
export interface ProfilePoolInput {
  readonly mentors: readonly MentorProfile[];
  readonly mentees: readonly MenteeProfile[];
  /** Rules to switch; the rest stay on. */
  readonly rules?: Partial<MatchingRules>;
  /** Weights to change; the rest keep their defaults. */
  readonly weights?: Partial<MatchingWeights>;
  /** Pairs from earlier programmes, `[mentorId, menteeId]`. */
  readonly previousPairs?: readonly PairRef[];
  readonly locked?: readonly PairRef[];
  readonly excluded?: readonly PairRef[];
  /** Time-zone offsets; without it time zones add nothing to the score. */
  readonly utcOffsetOf?: UtcOffsetLookup;
}

/** The prepared pool, or why it cannot be prepared. */
export type PreparedPool =
  { readonly ok: true; readonly index: PoolIndex } | { readonly ok: false; readonly failure: MatchingFailure };

/** Validates the input and prepares it for scoring (`evaluatePair`, `scorePool`). */
export function preparePool(input: ProfilePoolInput): PreparedPool {
  const rules = resolveRules(input.rules);
  const weights = resolveWeights(input.weights);
  if ('bad' in weights) return { ok: false, failure: { code: 'invalid-weight', weight: weights.bad } };
  const problem = validatePool(input.mentors, input.mentees, rules.rolesMentorMentee);
  if (problem) return { ok: false, failure: problem };
  const index = indexPool({
    mentors: input.mentors,
    mentees: input.mentees,
    rules,
    weights,
    previousPairs: input.previousPairs ?? [],
    excluded: input.excluded ?? [],
    utcOffsetOf: input.utcOffsetOf,
  });
  return { ok: true, index };
}

/**
 * Matches a pool of profiles: hard rules, fit scores, HR's locks, then the exactly optimal
 * assignment (most mentees matched, then the highest total score). Pure and deterministic.
 */
export function matchProfiles(input: ProfilePoolInput): MatchOutcome {
  const prepared = preparePool(input);
  if (!prepared.ok) return matchingFailure(prepared.failure);
  const { index } = prepared;
  const pool = scorePool(
    index,
    input.mentors.map((m) => m.capacity),
  );
  const locks = resolveLocks(pool, index.rules.locks ? (input.locked ?? []) : []);
  if (!locks.ok) return matchingFailure(locks.failure);
  return { ok: true, result: assignPool(pool, locks.locks, (mentor, mentee) => fitReasons(index, mentor, mentee)) };
}
