import { agreedFormat, FORMAT_BY_CODE } from './meeting-format';
import { isSameLocation } from './pair-score';
import type { PoolIndex } from './pool-index';
import type { FitReason } from './reasons';
import { timeZoneCloseness } from './time-zones';
import { hasWord, type BitsetTable, type Vocabulary } from './vocabulary';

/**
 * The reasons behind a pair's score, in a fixed order: topics, availability, format,
 * location or time zones, then the facts that are rules rather than score (departments,
 * languages). Each scored part that contributes appears, so the reasons explain the score.
 */
export function fitReasons(index: PoolIndex, mentor: number, mentee: number): FitReason[] {
  const reasons: FitReason[] = [];
  const menteeProfile = index.mentees.people[mentee]!;
  const mentorProfile = index.mentors.people[mentor]!;
  const topics = shared(menteeProfile.topics, index.mentors.topics, mentor, index.vocabularies.topics);
  if (topics.length > 0) reasons.push({ code: 'shared-topics', topics });
  const slots = shared(menteeProfile.availability, index.mentors.slots, mentor, index.vocabularies.slots);
  if (slots.length > 0) reasons.push({ code: 'shared-availability', slots });
  reasons.push(...placeReasons(index, mentor, mentee));
  if (mentorProfile.department !== menteeProfile.department) {
    reasons.push({
      code: 'different-departments',
      mentorDepartment: mentorProfile.department,
      menteeDepartment: menteeProfile.department,
    });
  }
  const languages = shared(menteeProfile.languages, index.mentors.languages, mentor, index.vocabularies.languages);
  if (languages.length > 0) reasons.push({ code: 'shared-languages', languages });
  return reasons;
}

/** Format, then same location or close time zones. */
function placeReasons(index: PoolIndex, mentor: number, mentee: number): FitReason[] {
  const reasons: FitReason[] = [];
  const sameLocation = isSameLocation(index, mentor, mentee);
  const format = agreedFormat(index.mentors.format[mentor]!, index.mentees.format[mentee]!, sameLocation);
  if (format >= 0) reasons.push({ code: 'format-compatible', format: FORMAT_BY_CODE[format]! });
  const offsets = [index.mentors.offset[mentor]!, index.mentees.offset[mentee]!] as const;
  if (sameLocation) {
    reasons.push({ code: 'same-location', location: index.mentees.people[mentee]!.location! });
  } else if (timeZoneCloseness(...offsets) > 0) {
    reasons.push({ code: 'close-time-zones', minutesApart: Math.abs(offsets[0] - offsets[1]) });
  }
  return reasons;
}

/** The mentee's words that are also in the mentor's set, in the mentee's order, without repeats. */
function shared(words: readonly string[], mentorSets: BitsetTable, mentor: number, vocabulary: Vocabulary): string[] {
  return [...new Set(words)].filter((word) => hasWord(mentorSets, mentor, vocabulary.indexOf(word)));
}
