/**
 * A pool after scoring, in the shape the assignment works on: both forms of input (profiles
 * and an external score matrix) end up here.
 */
export interface ScoredPool {
  readonly mentorIds: readonly string[];
  readonly menteeIds: readonly string[];
  readonly capacities: readonly number[];
  /** `scores[mentee * mentorCount + mentor]`: the fit in [0, 1], NaN where not allowed. */
  readonly scores: Float64Array;
  /** Same layout: the violated rules as bits of `VIOLATION_BIT`, 0 where allowed. */
  readonly violations: Uint8Array;
}

/** Index of each id in a list. */
export function indexById(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, index) => [id, index]));
}
