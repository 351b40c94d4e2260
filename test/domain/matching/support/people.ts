import type { MenteeProfile, MentorProfile, PersonProfile } from '../../../../bot/src/domain/matching';

/** A neutral person: compatible with everyone of the other builder unless a test changes a field. */
function person(id: string, overrides: Partial<PersonProfile>): PersonProfile {
  return {
    id,
    department: `dept-of-${id}`,
    location: null,
    timeZone: null,
    languages: ['en'],
    topics: [],
    availability: [],
    format: 'either',
    managerId: null,
    ...overrides,
  };
}

/** A mentor with capacity 1 unless overridden. */
export function mentor(id: string, overrides: Partial<MentorProfile> = {}): MentorProfile {
  return { capacity: 1, ...person(id, overrides), ...overrides };
}

/** A mentee. */
export function mentee(id: string, overrides: Partial<MenteeProfile> = {}): MenteeProfile {
  return person(id, overrides);
}

/** Offsets in minutes for the zones the tests use; no Intl involved. */
export const TEST_OFFSETS: Readonly<Record<string, number>> = {
  'Europe/Berlin': 60,
  'Europe/London': 0,
  'America/New_York': -300,
  'Asia/Kolkata': 330,
};

/** The lookup the tests pass as `utcOffsetOf`. */
export const testOffsetOf = (zone: string): number | undefined => TEST_OFFSETS[zone];
