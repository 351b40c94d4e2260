import type { MenteeProfile, MentorProfile, PairRef } from './profile';
import { managementChain, managerDirectory } from './reporting-line';
import type { MatchingRules } from './rules';
import { indexById } from './scored-pool';
import { VIOLATION_BIT } from './violations';

/** What the pair flags are computed from. */
export interface PairFlagInput {
  readonly mentors: readonly MentorProfile[];
  readonly mentees: readonly MenteeProfile[];
  readonly rules: MatchingRules;
  readonly previousPairs: readonly PairRef[];
  readonly excluded: readonly PairRef[];
}

/**
 * The violations that depend on ids rather than on attributes (same person, reporting line,
 * previous pair, HR exclusion), as bits per pair at `mentee * mentorCount + mentor`.
 *
 * Marking the few affected pairs up front is O(people × chain depth) and saves a set lookup
 * in each of the millions of pair evaluations of a large pool. Pairs naming someone who is
 * not in this run (an earlier programme's participant, say) are ignored.
 */
export function pairFlags(input: PairFlagInput): Uint8Array {
  const { mentors, mentees, rules } = input;
  const mentorIndex = indexById(mentors.map((m) => m.id));
  const menteeIndex = indexById(mentees.map((m) => m.id));
  const flags = new Uint8Array(mentors.length * mentees.length);
  const mark = (mentorId: string, menteeId: string, bit: number) => {
    const mentor = mentorIndex.get(mentorId);
    const mentee = menteeIndex.get(menteeId);
    if (mentor !== undefined && mentee !== undefined) flags[mentee * mentors.length + mentor]! |= bit;
  };
  for (const mentee of mentees) mark(mentee.id, mentee.id, VIOLATION_BIT['same-person']);
  if (rules.notInReportingLine) markReportingLines(input, mark);
  if (rules.noRepeatPairs)
    for (const [mentor, mentee] of input.previousPairs) mark(mentor, mentee, VIOLATION_BIT['previous-pair']);
  if (rules.exclusions) for (const [mentor, mentee] of input.excluded) mark(mentor, mentee, VIOLATION_BIT.excluded);
  return flags;
}

/** A mentor above the mentee, or a mentee above the mentor, anywhere in the chain. */
function markReportingLines(
  input: PairFlagInput,
  mark: (mentorId: string, menteeId: string, bit: number) => void,
): void {
  const managerOf = managerDirectory([...input.mentors, ...input.mentees]);
  const bit = VIOLATION_BIT['reporting-line'];
  for (const mentee of input.mentees)
    for (const boss of managementChain(mentee.id, managerOf)) mark(boss, mentee.id, bit);
  for (const mentor of input.mentors)
    for (const boss of managementChain(mentor.id, managerOf)) mark(mentor.id, boss, bit);
}
