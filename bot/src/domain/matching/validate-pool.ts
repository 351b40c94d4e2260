import { MAX_MENTOR_CAPACITY } from './profile';
import type { MatchingFailure } from './result';

/**
 * Checks what every run needs whatever the input form: unique ids within each list, nobody in
 * both lists (unless the roles rule is off), and capacities from 1 to {@link MAX_MENTOR_CAPACITY}.
 * Returns the first problem found, or undefined.
 */
export function validatePool(
  mentors: readonly { id: string; capacity: number }[],
  mentees: readonly { id: string }[],
  rolesMentorMentee: boolean,
): MatchingFailure | undefined {
  return (
    duplicateIn(mentors, 'mentor') ??
    duplicateIn(mentees, 'mentee') ??
    (rolesMentorMentee ? inBothRoles(mentors, mentees) : undefined) ??
    badCapacity(mentors)
  );
}

function duplicateIn(people: readonly { id: string }[], role: 'mentor' | 'mentee'): MatchingFailure | undefined {
  const seen = new Set<string>();
  for (const { id } of people) {
    if (seen.has(id)) return { code: 'duplicate-id', role, id };
    seen.add(id);
  }
  return undefined;
}

function inBothRoles(
  mentors: readonly { id: string }[],
  mentees: readonly { id: string }[],
): MatchingFailure | undefined {
  const mentorIds = new Set(mentors.map((m) => m.id));
  const both = mentees.find((m) => mentorIds.has(m.id));
  return both ? { code: 'person-in-both-roles', id: both.id } : undefined;
}

function badCapacity(mentors: readonly { id: string; capacity: number }[]): MatchingFailure | undefined {
  const bad = mentors.find((m) => !Number.isInteger(m.capacity) || m.capacity < 1 || m.capacity > MAX_MENTOR_CAPACITY);
  return bad ? { code: 'invalid-capacity', mentor: bad.id, capacity: bad.capacity } : undefined;
}
