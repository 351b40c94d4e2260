/**
 * A token per pair that changes after every write to what the pair's journey shows (meetings,
 * feedback, polls). Readers compare it with the token they cached the pair's data under, so a
 * cache is never older than storage, on any instance. Writers write their data first and bump
 * after; readers read the token first and the data after: a cached copy can only be labelled
 * older than it is, never newer.
 */
export interface PairRevisions {
  /** The pair's current token; undefined when none was ever written (such a pair is not cached). */
  current(programmeId: string, pairId: string): Promise<string | undefined>;
  /** A new random token, after a write that changes what the pair's journey shows. */
  bump(programmeId: string, pairId: string): Promise<void>;
  /** A new token only if the pair has one: after deleting data, so deletion never leaves a row naming the pair behind. */
  bumpIfPresent(programmeId: string, pairId: string): Promise<void>;
  /** Removes the pair's token, with the pair itself (its id names both members). */
  forget(programmeId: string, pairId: string): Promise<void>;
}
