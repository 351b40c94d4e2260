/**
 * Mentor–mentee matching, pure: hard rules and fit scores (scoring), then the exactly optimal
 * assignment. Two entry points, one per input form: {@link matchProfiles} and {@link matchScores}.
 */
export { assignMentees, type AssignmentInput } from './assignment/assign';
export { SCORE_SCALE } from './assignment/cost-matrix';
export { matchProfiles, preparePool, type PreparedPool, type ProfilePoolInput } from './match-profiles';
export { matchScores, type ScoreMatrixInput } from './match-scores';
export {
  MAX_MENTOR_CAPACITY,
  MEETING_FORMATS,
  type MeetingFormat,
  type MenteeProfile,
  type MentorProfile,
  type PairRef,
  type PersonProfile,
} from './profile';
export type { FitReason, FitReasonCode } from './reasons';
export type {
  MatchedPair,
  MatchingFailure,
  MatchingRole,
  MatchOutcome,
  MatchResult,
  UnmatchedPerson,
  UnmatchedReason,
} from './result';
export { DEFAULT_MATCHING_RULES, type MatchingRules } from './rules';
export { evaluatePair, scorePool, type PairEvaluation } from './score-pool';
export { TIME_ZONE_HORIZON_MINUTES, type UtcOffsetLookup } from './time-zones';
export type { RuleViolation } from './violations';
export { DEFAULT_MATCHING_WEIGHTS, type MatchingWeights } from './weights';
export { matchOne, type OneOffFailure, type OneOffInput } from './match-one';
