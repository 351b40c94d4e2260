import { assignMentees } from './assignment/assign';
import { quantiseScore, SCORE_SCALE } from './assignment/cost-matrix';
import type { IndexPair } from './locks';
import type { FitReason } from './reasons';
import type { MatchedPair, MatchResult, UnmatchedPerson } from './result';
import type { ScoredPool } from './scored-pool';

/** Builds the reasons of a chosen pair (only chosen pairs pay for it). */
export type ExplainPair = (mentor: number, mentee: number) => FitReason[];

/**
 * The optimal proposal for a scored pool: locked pairs first, then the best assignment of
 * everyone else into the capacity that is left, then reasons for pairs and for the unmatched.
 */
export function assignPool(pool: ScoredPool, locks: readonly IndexPair[], explain: ExplainPair): MatchResult {
  const mentorOf = assignAroundLocks(pool, locks);
  const lockedMentees = new Set(locks.map(([, mentee]) => mentee));
  const pairs: MatchedPair[] = [];
  let total = 0;
  mentorOf.forEach((mentor, mentee) => {
    if (mentor < 0) return;
    const quantised = quantiseScore(pool.scores[mentee * pool.mentorIds.length + mentor]!);
    total += quantised;
    const reasons = explain(mentor, mentee);
    if (lockedMentees.has(mentee)) reasons.push({ code: 'locked-by-hr' });
    pairs.push({
      mentor: pool.mentorIds[mentor]!,
      mentee: pool.menteeIds[mentee]!,
      score: quantised / SCORE_SCALE,
      reasons,
    });
  });
  // Summing integers keeps the total exact; dividing once gives the nearest double.
  return { pairs, unmatched: unmatchedPeople(pool, mentorOf), matched: pairs.length, totalScore: total / SCORE_SCALE };
}

/** Fixes the locked pairs, then assigns the other mentees to what capacity remains. */
function assignAroundLocks(pool: ScoredPool, locks: readonly IndexPair[]): Int32Array {
  const mentorCount = pool.mentorIds.length;
  const capacities = Int32Array.from(pool.capacities);
  let scores = pool.scores;
  if (locks.length > 0) {
    scores = pool.scores.slice();
    for (const [mentor, mentee] of locks) {
      capacities[mentor] = capacities[mentor]! - 1;
      scores.fill(NaN, mentee * mentorCount, (mentee + 1) * mentorCount);
    }
  }
  const mentorOf = assignMentees({ menteeCount: pool.menteeIds.length, mentorCount, scores, capacities });
  for (const [mentor, mentee] of locks) mentorOf[mentee] = mentor;
  return mentorOf;
}

/** Mentees without a mentor and mentors without any mentee, with the reason. */
function unmatchedPeople(pool: ScoredPool, mentorOf: Int32Array): UnmatchedPerson[] {
  const mentorCount = pool.mentorIds.length;
  const allowed = (mentor: number, mentee: number) => pool.violations[mentee * mentorCount + mentor] === 0;
  const busy = new Set(mentorOf);
  const unmatched: UnmatchedPerson[] = [];
  pool.menteeIds.forEach((id, mentee) => {
    if (mentorOf[mentee]! >= 0) return;
    const any = pool.mentorIds.some((_, mentor) => allowed(mentor, mentee));
    unmatched.push({ id, role: 'mentee', reason: any ? 'capacity-exhausted' : 'no-allowed-partner' });
  });
  pool.mentorIds.forEach((id, mentor) => {
    if (busy.has(mentor)) return;
    const any = pool.menteeIds.some((_, mentee) => allowed(mentor, mentee));
    unmatched.push({ id, role: 'mentor', reason: any ? 'not-needed' : 'no-allowed-partner' });
  });
  return unmatched;
}
