import { agreedFormat } from './meeting-format';
import { fitScore, violationMask, weightedScore } from './pair-score';
import type { PoolIndex } from './pool-index';
import { timeZoneCloseness } from './time-zones';
import { VIOLATION_BIT } from './violations';
import { popcount } from './vocabulary';

// tsx (esbuild) turns each use of an imported binding into a getter call; in a loop over
// millions of pairs that costs more than the work itself, so the loop uses module-local aliases.
const formatOf = agreedFormat;
const closeness = timeZoneCloseness;
const combine = weightedScore;
const bitCount = popcount;
const SAME_DEPARTMENT = VIOLATION_BIT['same-department'];
const NO_SHARED_LANGUAGE = VIOLATION_BIT['no-shared-language'];

/**
 * Scores one mentee against every mentor into `scores` and `violations` (one row of the
 * pool's matrices). The same rules and formula as `violationMask` and `fitScore`, but with the
 * mentee's attributes held in locals and each bit set in a single 32-bit word, which is the
 * usual case (up to 32 topics, slots and languages): about ten times faster, and a pool of
 * 2,000 × 1,000 has two million pairs. Larger vocabularies take the per-pair path.
 */
export function scoreMenteeRow(index: PoolIndex, mentee: number, scores: Float64Array, violations: Uint8Array): void {
  const { mentors, mentees } = index;
  if (mentors.topics.width > 1 || mentors.slots.width > 1 || mentors.languages.width > 1) {
    scoreRowPairByPair(index, mentee, scores, violations);
    return;
  }
  const mentorCount = mentors.people.length;
  const rowStart = mentee * mentorCount;
  const { rules, weights, pairFlags } = index;
  const checkDepartment = rules.differentDepartment;
  const checkLanguage = rules.sharedLanguage;
  const [department, location, offset, format] = [mentees.department[mentee]!, mentees.location[mentee]!, mentees.offset[mentee]!, mentees.format[mentee]!];
  const [topics, wanted] = [mentees.topics.bits[mentee]!, mentees.topics.sizes[mentee]!];
  const [slots, slotCount] = [mentees.slots.bits[mentee]!, mentees.slots.sizes[mentee]!];
  const languages = mentees.languages.bits[mentee]!;
  const [mentorDepartment, mentorLocation, mentorOffset, mentorFormat] = [mentors.department, mentors.location, mentors.offset, mentors.format];
  const [mentorTopics, mentorSlots, mentorLanguages] = [mentors.topics.bits, mentors.slots.bits, mentors.languages.bits];
  for (let mentor = 0; mentor < mentorCount; mentor++) {
    const cell = rowStart + mentor;
    let mask = pairFlags[cell]!;
    if (checkDepartment && mentorDepartment[mentor] === department) mask |= SAME_DEPARTMENT;
    if (checkLanguage && (mentorLanguages[mentor]! & languages) === 0) mask |= NO_SHARED_LANGUAGE;
    violations[cell] = mask;
    if (mask !== 0) {
      scores[cell] = NaN;
      continue;
    }
    const topicShare = wanted === 0 ? 0 : bitCount(mentorTopics[mentor]! & topics) / wanted;
    const slotShare = slotCount === 0 ? 0 : bitCount(mentorSlots[mentor]! & slots) / slotCount;
    const sameLocation = location >= 0 && mentorLocation[mentor] === location;
    const formatFit = formatOf(mentorFormat[mentor]!, format, sameLocation) >= 0 ? 1 : 0;
    const place = sameLocation ? 1 : closeness(mentorOffset[mentor]!, offset);
    scores[cell] = combine(weights, topicShare, slotShare, formatFit, place);
  }
}

function scoreRowPairByPair(index: PoolIndex, mentee: number, scores: Float64Array, violations: Uint8Array): void {
  const mentorCount = index.mentors.people.length;
  for (let mentor = 0; mentor < mentorCount; mentor++) {
    const cell = mentee * mentorCount + mentor;
    const mask = violationMask(index, mentor, mentee);
    violations[cell] = mask;
    scores[cell] = mask === 0 ? fitScore(index, mentor, mentee) : NaN;
  }
}
