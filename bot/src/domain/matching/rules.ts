/**
 * The hard rules, each switchable per programme. A pair that breaks an active rule is never
 * proposed. All are on by default.
 */
export interface MatchingRules {
  /**
   * Mentors pair only with mentees. The input's two lists already say who is which; with the
   * rule on, an id in both lists is an error, with it off such a person may be matched either
   * way (but never with themselves).
   */
  readonly rolesMentorMentee: boolean;
  /** Mentor and mentee work in different departments. */
  readonly differentDepartment: boolean;
  /** Neither is the other's manager, directly or further up the chain (as far as `managerId` goes). */
  readonly notInReportingLine: boolean;
  /** They share at least one language. */
  readonly sharedLanguage: boolean;
  /** They were not a pair in an earlier programme (`previousPairs`). */
  readonly noRepeatPairs: boolean;
  /** HR's exclusions are honoured. */
  readonly exclusions: boolean;
  /** HR's locks are honoured: a locked pair always appears. */
  readonly locks: boolean;
}

/** Every rule on. */
export const DEFAULT_MATCHING_RULES: MatchingRules = Object.freeze({
  rolesMentorMentee: true,
  differentDepartment: true,
  notInReportingLine: true,
  sharedLanguage: true,
  noRepeatPairs: true,
  exclusions: true,
  locks: true,
});

/** Defaults with the caller's switches applied. */
export function resolveRules(rules: Partial<MatchingRules> | undefined): MatchingRules {
  return { ...DEFAULT_MATCHING_RULES, ...rules };
}
