import type { FitReason } from './reasons';
import type { RuleViolation } from './violations';
import type { MatchingWeights } from './weights';

/** Which list a person came from. */
export type MatchingRole = 'mentor' | 'mentee';

/** One proposed pair. */
export interface MatchedPair {
  readonly mentor: string;
  readonly mentee: string;
  /** The fit in [0, 1], in millionths (the precision the assignment optimises). */
  readonly score: number;
  readonly reasons: readonly FitReason[];
}

/**
 * Why someone is left without a partner.
 * - `no-allowed-partner`: every pair with them breaks a hard rule.
 * - `capacity-exhausted` (mentees): allowed mentors exist, but their capacity went to others.
 * - `not-needed` (mentors): allowed mentees exist, but all are better matched elsewhere.
 */
export type UnmatchedReason = 'no-allowed-partner' | 'capacity-exhausted' | 'not-needed';

/** Someone without a partner. Mentors with some but not all capacity used are not listed. */
export interface UnmatchedPerson {
  readonly id: string;
  readonly role: MatchingRole;
  readonly reason: UnmatchedReason;
}

/** The optimal proposal: most mentees matched, then the highest total score. */
export interface MatchResult {
  /** In the mentees' input order. */
  readonly pairs: readonly MatchedPair[];
  /** Mentees first, then mentors, each in input order. */
  readonly unmatched: readonly UnmatchedPerson[];
  readonly matched: number;
  /** Sum of the pairs' scores, in millionths. */
  readonly totalScore: number;
}

/** Input that cannot be matched: a code and the ids or fields it concerns. */
export type MatchingFailure =
  | { readonly code: 'duplicate-id'; readonly role: MatchingRole; readonly id: string }
  | { readonly code: 'person-in-both-roles'; readonly id: string }
  | { readonly code: 'invalid-capacity'; readonly mentor: string; readonly capacity: number }
  | { readonly code: 'invalid-weight'; readonly weight: keyof MatchingWeights | 'all-zero' }
  | { readonly code: 'invalid-score-matrix'; readonly row: number; readonly column?: number }
  | { readonly code: 'lock-unknown-person'; readonly mentor: string; readonly mentee: string }
  | {
      readonly code: 'lock-not-allowed';
      readonly mentor: string;
      readonly mentee: string;
      readonly violations: readonly RuleViolation[];
    }
  | { readonly code: 'lock-conflict'; readonly mentee: string; readonly mentors: readonly [string, string] }
  | {
      readonly code: 'lock-exceeds-capacity';
      readonly mentor: string;
      readonly capacity: number;
      readonly locked: number;
    };

/** Either a result or the reason there is none. */
export type MatchOutcome =
  { readonly ok: true; readonly result: MatchResult } | { readonly ok: false; readonly failure: MatchingFailure };

/** Wraps a failure. */
export function matchingFailure(failure: MatchingFailure): MatchOutcome {
  return { ok: false, failure };
}
