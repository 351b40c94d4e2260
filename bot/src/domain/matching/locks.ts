import type { PairRef } from './profile';
import type { MatchingFailure } from './result';
import { indexById, type ScoredPool } from './scored-pool';
import { violationCodes } from './violations';

/** A pair by its indexes in the pool's mentor and mentee lists. */
export type IndexPair = readonly [mentor: number, mentee: number];

/** Locks that can all be honoured, or the first reason they cannot. */
export type LockResolution =
  | { readonly ok: true; readonly locks: readonly IndexPair[] }
  | { readonly ok: false; readonly failure: MatchingFailure };

/**
 * Checks HR's locks against the scored pool: both people must be in this run, the pair must
 * break no other rule (a locked and excluded pair is a contradiction HR has to resolve), a
 * mentee may be locked to one mentor only, and no mentor beyond their capacity. The same lock
 * given twice counts once.
 */
export function resolveLocks(pool: ScoredPool, locked: readonly PairRef[]): LockResolution {
  const mentorIndex = indexById(pool.mentorIds);
  const menteeIndex = indexById(pool.menteeIds);
  const lockedTo = new Map<number, number>();
  const locks: IndexPair[] = [];
  for (const [mentorId, menteeId] of locked) {
    const mentor = mentorIndex.get(mentorId);
    const mentee = menteeIndex.get(menteeId);
    if (mentor === undefined || mentee === undefined)
      return fail({ code: 'lock-unknown-person', mentor: mentorId, mentee: menteeId });
    const mask = pool.violations[mentee * pool.mentorIds.length + mentor]!;
    if (mask !== 0)
      return fail({ code: 'lock-not-allowed', mentor: mentorId, mentee: menteeId, violations: violationCodes(mask) });
    const earlier = lockedTo.get(mentee);
    if (earlier === mentor) continue;
    if (earlier !== undefined)
      return fail({ code: 'lock-conflict', mentee: menteeId, mentors: [pool.mentorIds[earlier]!, mentorId] });
    lockedTo.set(mentee, mentor);
    locks.push([mentor, mentee]);
  }
  return capacityProblem(pool, locks) ?? { ok: true, locks };
}

function capacityProblem(pool: ScoredPool, locks: readonly IndexPair[]): LockResolution | undefined {
  const counts = new Map<number, number>();
  for (const [mentor] of locks) counts.set(mentor, (counts.get(mentor) ?? 0) + 1);
  for (const [mentor, count] of counts) {
    const capacity = pool.capacities[mentor]!;
    if (count > capacity)
      return fail({ code: 'lock-exceeds-capacity', mentor: pool.mentorIds[mentor]!, capacity, locked: count });
  }
  return undefined;
}

function fail(failure: MatchingFailure): LockResolution {
  return { ok: false, failure };
}
