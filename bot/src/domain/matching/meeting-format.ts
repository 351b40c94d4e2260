import type { MeetingFormat } from './profile';

/** Formats as small integers for the pair loop; the index into {@link FORMAT_BY_CODE}. */
export const FORMAT_CODE: Readonly<Record<MeetingFormat, number>> = Object.freeze({
  online: 0,
  'in-person': 1,
  either: 2,
});
/** The inverse of {@link FORMAT_CODE}. */
export const FORMAT_BY_CODE: readonly MeetingFormat[] = ['online', 'in-person', 'either'];

const ONLINE = FORMAT_CODE.online;
const IN_PERSON = FORMAT_CODE['in-person'];

/**
 * How a pair would meet, as a format code, or -1 if they cannot agree: online-only meets
 * in-person-only never; in person needs the same location. Two people open to both meet
 * either way at the same location, online otherwise.
 */
export function agreedFormat(mentorFormat: number, menteeFormat: number, sameLocation: boolean): number {
  const online = mentorFormat === ONLINE || menteeFormat === ONLINE;
  const inPerson = mentorFormat === IN_PERSON || menteeFormat === IN_PERSON;
  if (online && inPerson) return -1;
  if (online) return ONLINE;
  if (inPerson) return sameLocation ? IN_PERSON : -1;
  return sameLocation ? FORMAT_CODE.either : ONLINE;
}
