/**
 * How much each part of the fit counts. Relative: they are divided by their sum, so
 * `{ topics: 2, availability: 1, format: 0, location: 1 }` means half, a quarter, nothing, a quarter.
 */
export interface MatchingWeights {
  /** Share of the mentee's wanted topics that the mentor offers. The most important by default. */
  readonly topics: number;
  /** Share of the mentee's availability slots that the mentor also has. */
  readonly availability: number;
  /** Whether they can meet in a way both accept (online, in person). */
  readonly format: number;
  /** Same location, or else how close their time zones are. */
  readonly location: number;
}

/** Topics first, then availability, then location, then format. Sums to 1. */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = Object.freeze({
  topics: 0.5,
  availability: 0.25,
  format: 0.1,
  location: 0.15,
});

const KEYS = Object.keys(DEFAULT_MATCHING_WEIGHTS) as (keyof MatchingWeights)[];

/**
 * Defaults with the caller's weights applied, divided by their sum so scores stay in [0, 1].
 * Returns the name of the first bad weight (negative or not finite), or `all-zero`.
 */
export function resolveWeights(
  weights: Partial<MatchingWeights> | undefined,
): MatchingWeights | { bad: keyof MatchingWeights | 'all-zero' } {
  const merged: MatchingWeights = { ...DEFAULT_MATCHING_WEIGHTS, ...weights };
  const bad = KEYS.find((key) => !Number.isFinite(merged[key]) || merged[key] < 0);
  if (bad) return { bad };
  const sum = KEYS.reduce((total, key) => total + merged[key], 0);
  if (sum <= 0) return { bad: 'all-zero' };
  return {
    topics: merged.topics / sum,
    availability: merged.availability / sum,
    format: merged.format / sum,
    location: merged.location / sum,
  };
}
