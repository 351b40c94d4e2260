import { agreedFormat } from './meeting-format';
import { fitScore, violationMask } from './pair-score';
import type { PoolIndex } from './pool-index';
import { timeZoneCloseness } from './time-zones';
import { VIOLATION_BIT } from './violations';
import { popcount } from './vocabulary';

// tsx (esbuild) turns each use of an imported binding into a getter call; in a loop over
// millions of pairs that costs more than the work itself, so the loop uses module-local aliases.
const formatOf = agreedFormat;
const closeness = timeZoneCloseness;
const bitCount = popcount;
const SAME_DEPARTMENT = VIOLATION_BIT['same-department'];
const NO_SHARED_LANGUAGE = VIOLATION_BIT['no-shared-language'];

/** Largest count of shared words in one 32-bit word. */
const WORD_BITS = 32;

/**
 * Mentors grouped by what the format and place parts of the score depend on (location, UTC
 * offset, format): a pool has only a few dozen such groups, so those parts are worked out once
 * per mentee and group instead of once per pair. Also the per-mentee tables, reused row by row.
 */
export interface KernelTables {
  /** Each mentor's group. */
  readonly group: Int32Array;
  readonly groupLocation: Int32Array;
  readonly groupOffset: Float64Array;
  readonly groupFormat: Uint8Array;
  /** For the current mentee: the weighted format and place parts per group. */
  readonly formatPart: Float64Array;
  readonly placePart: Float64Array;
  /** For the current mentee: the weighted topic and availability parts per shared count. */
  readonly topicPart: Float64Array;
  readonly slotPart: Float64Array;
}

/** Groups the pool's mentors for {@link scoreMenteeRow}. */
export function kernelTables(index: PoolIndex): KernelTables {
  const { location, offset, format, people } = index.mentors;
  const groups = new Map<string, number>();
  const group = new Int32Array(people.length);
  const members: number[] = [];
  for (let mentor = 0; mentor < people.length; mentor++) {
    const key = `${location[mentor]}|${offset[mentor]}|${format[mentor]}`;
    let id = groups.get(key);
    if (id === undefined) {
      id = groups.size;
      groups.set(key, id);
      members.push(mentor);
    }
    group[mentor] = id;
  }
  return {
    group,
    groupLocation: Int32Array.from(members, (m) => location[m]!),
    groupOffset: Float64Array.from(members, (m) => offset[m]!),
    groupFormat: Uint8Array.from(members, (m) => format[m]!),
    formatPart: new Float64Array(members.length),
    placePart: new Float64Array(members.length),
    topicPart: new Float64Array(WORD_BITS + 1),
    slotPart: new Float64Array(WORD_BITS + 1),
  };
}

/**
 * Scores one mentee against every mentor into `scores` and `violations` (one row of the
 * pool's matrices). The same rules and formula as `violationMask` and `fitScore`, but with the
 * mentee's attributes held in locals, each bit set in a single 32-bit word, which is the
 * usual case (up to 32 topics, slots and languages), and every weighted part looked up in a
 * per-mentee table: a pool of 2,000 × 1,000 has two million pairs. Each part is the very
 * product `weightedScore` forms and they are added in its order, so scores are bit-identical
 * (the kernel test checks this). Larger vocabularies take the per-pair path.
 */
export function scoreMenteeRow(
  index: PoolIndex,
  tables: KernelTables,
  mentee: number,
  scores: Float64Array,
  violations: Uint8Array,
): void {
  const { mentors, mentees } = index;
  if (mentors.topics.width > 1 || mentors.slots.width > 1 || mentors.languages.width > 1) {
    scoreRowPairByPair(index, mentee, scores, violations);
    return;
  }
  fillMenteeTables(index, tables, mentee);
  const mentorCount = mentors.people.length;
  const rowStart = mentee * mentorCount;
  const { rules, pairFlags } = index;
  const checkDepartment = rules.differentDepartment;
  const checkLanguage = rules.sharedLanguage;
  const department = mentees.department[mentee]!;
  const topics = mentees.topics.bits[mentee]!;
  const slots = mentees.slots.bits[mentee]!;
  const languages = mentees.languages.bits[mentee]!;
  const [mentorDepartment, mentorTopics, mentorSlots, mentorLanguages] = [
    mentors.department,
    mentors.topics.bits,
    mentors.slots.bits,
    mentors.languages.bits,
  ];
  const { group, formatPart, placePart, topicPart, slotPart } = tables;
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
    const g = group[mentor]!;
    const score =
      topicPart[bitCount(mentorTopics[mentor]! & topics)]! +
      slotPart[bitCount(mentorSlots[mentor]! & slots)]! +
      formatPart[g]! +
      placePart[g]!;
    // As in `weightedScore`: the weights sum to 1 only up to rounding.
    scores[cell] = Math.min(1, score);
  }
}

/** The mentee's weighted parts: by shared count for topics and slots, by mentor group for format and place. */
function fillMenteeTables(index: PoolIndex, tables: KernelTables, mentee: number): void {
  const { mentees, weights } = index;
  const wanted = mentees.topics.sizes[mentee]!;
  const slotCount = mentees.slots.sizes[mentee]!;
  for (let shared = 0; shared <= WORD_BITS; shared++) {
    tables.topicPart[shared] = weights.topics * (wanted === 0 ? 0 : shared / wanted);
    tables.slotPart[shared] = weights.availability * (slotCount === 0 ? 0 : shared / slotCount);
  }
  const [location, offset, format] = [mentees.location[mentee]!, mentees.offset[mentee]!, mentees.format[mentee]!];
  for (let g = 0; g < tables.groupFormat.length; g++) {
    const sameLocation = location >= 0 && tables.groupLocation[g] === location;
    tables.formatPart[g] = weights.format * (formatOf(tables.groupFormat[g]!, format, sameLocation) >= 0 ? 1 : 0);
    tables.placePart[g] = weights.location * (sameLocation ? 1 : closeness(tables.groupOffset[g]!, offset));
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
