import { agreedFormat } from './meeting-format';
import type { PoolIndex } from './pool-index';
import { timeZoneCloseness } from './time-zones';
import { VIOLATION_BIT } from './violations';
import { sharedCount } from './vocabulary';
import type { MatchingWeights } from './weights';

/**
 * The violated hard rules of a pair as a bit mask (0 = allowed). Id-based rules were marked
 * in advance; attribute rules are checked here.
 */
export function violationMask(index: PoolIndex, mentor: number, mentee: number): number {
  const { mentors, mentees, rules } = index;
  let mask = index.pairFlags[mentee * mentors.people.length + mentor]!;
  if (rules.differentDepartment && mentors.department[mentor] === mentees.department[mentee]) {
    mask |= VIOLATION_BIT['same-department'];
  }
  if (rules.sharedLanguage && sharedCount(mentors.languages, mentor, mentees.languages, mentee) === 0) {
    mask |= VIOLATION_BIT['no-shared-language'];
  }
  return mask;
}

/**
 * The fit of a pair in [0, 1]: the weighted sum of four parts, each in [0, 1].
 * - topics: share of the mentee's wanted topics the mentor offers (0 if the mentee named none);
 * - availability: share of the mentee's slots the mentor also has (0 if the mentee named none);
 * - format: 1 if they can agree on a way to meet (see `agreedFormat`), else 0;
 * - location: 1 at the same location, else the closeness of their time zones.
 * Allocation-free: it runs for every pair of the pool.
 */
export function fitScore(index: PoolIndex, mentor: number, mentee: number): number {
  const { mentors, mentees, weights } = index;
  const wanted = mentees.topics.sizes[mentee]!;
  const slots = mentees.slots.sizes[mentee]!;
  const topics = wanted === 0 ? 0 : sharedCount(mentors.topics, mentor, mentees.topics, mentee) / wanted;
  const availability = slots === 0 ? 0 : sharedCount(mentors.slots, mentor, mentees.slots, mentee) / slots;
  const sameLocation = isSameLocation(index, mentor, mentee);
  const format = agreedFormat(mentors.format[mentor]!, mentees.format[mentee]!, sameLocation) >= 0 ? 1 : 0;
  const location = sameLocation ? 1 : timeZoneCloseness(mentors.offset[mentor]!, mentees.offset[mentee]!);
  return weightedScore(weights, topics, availability, format, location);
}

/**
 * The weighted sum of the four parts. The pool kernel (`score-kernel.ts`) looks the same
 * products up in tables and adds them in this order, so both give bit-identical scores: keep
 * the two in step.
 */
export function weightedScore(
  weights: MatchingWeights,
  topics: number,
  availability: number,
  format: number,
  location: number,
): number {
  const score =
    weights.topics * topics +
    weights.availability * availability +
    weights.format * format +
    weights.location * location;
  // The weights sum to 1 only up to rounding.
  return Math.min(1, score);
}

/** Both locations known and equal. */
export function isSameLocation(index: PoolIndex, mentor: number, mentee: number): boolean {
  const location = index.mentors.location[mentor]!;
  return location >= 0 && location === index.mentees.location[mentee];
}
