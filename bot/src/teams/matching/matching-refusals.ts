import type { MatchingFailure } from '../../domain/matching/result';

/**
 * Matching failures of input the service builds itself (never what an admin typed): if one ever
 * reaches a card, the general apology. Spread into each feature's typed refusal map.
 */
export const UNEXPECTED_MATCHING_FAILURES = {
  'duplicate-id': 'errors.turnFailed',
  'person-in-both-roles': 'errors.turnFailed',
  'invalid-capacity': 'errors.turnFailed',
  'invalid-weight': 'errors.turnFailed',
  'invalid-score-matrix': 'errors.turnFailed',
  'lock-unknown-person': 'errors.turnFailed',
  'lock-not-allowed': 'errors.turnFailed',
  'lock-conflict': 'errors.turnFailed',
  'lock-exceeds-capacity': 'errors.turnFailed',
  'not-matching': 'errors.turnFailed',
  'no-proposal': 'errors.turnFailed',
  'not-your-pair': 'errors.turnFailed',
  'already-answered': 'errors.turnFailed',
} as const satisfies Record<
  Exclude<MatchingFailure['code'], never> | 'not-matching' | 'no-proposal' | 'not-your-pair' | 'already-answered',
  string
>;
