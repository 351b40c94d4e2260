import { fail, ok, type Result } from '../result';
import { isOver, type Briefing } from './briefing';

/** An invitee's answer: I'll be there, or I can't. */
export const RSVP_ANSWERS = ['accepted', 'declined'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** One invitee's answer to one briefing; they may change it until the session ends. */
export interface Rsvp {
  programmeId: string;
  briefingId: string;
  aadObjectId: string;
  displayName: string;
  answer: RsvpAnswer;
  answeredAt: string;
}

/** How many answered each way. */
export interface RsvpCounts {
  accepted: number;
  declined: number;
}

/** Why an answer is refused: the briefing was not sent to this person, or it is over. */
export type RsvpFailure = 'not-invited' | 'briefing-over';

/**
 * A person's answer, as it should now be stored. `invited` says whether the person is in the
 * briefing's audience (a participant of its programme with a fitting role). Answering the same
 * way again keeps the first time it was given.
 */
export function answerRsvp(
  briefing: Briefing,
  person: { aadObjectId: string; displayName: string; invited: boolean },
  current: Rsvp | undefined,
  answer: RsvpAnswer,
  now: Date,
): Result<Rsvp, RsvpFailure> {
  if (briefing.status !== 'sent' || !person.invited) return fail('not-invited');
  if (isOver(briefing, now)) return fail('briefing-over');
  if (current?.answer === answer) return ok(current);
  return ok({
    programmeId: briefing.programmeId,
    briefingId: briefing.id,
    aadObjectId: person.aadObjectId,
    displayName: person.displayName,
    answer,
    answeredAt: now.toISOString(),
  });
}

/** The counts of a briefing's answers. */
export function countRsvps(rsvps: readonly Pick<Rsvp, 'answer'>[]): RsvpCounts {
  const accepted = rsvps.filter((rsvp) => rsvp.answer === 'accepted').length;
  return { accepted, declined: rsvps.length - accepted };
}

/** Who accepted, by name (HR's view). */
export function acceptedNames(rsvps: readonly Rsvp[]): string[] {
  return rsvps
    .filter((rsvp) => rsvp.answer === 'accepted')
    .map((rsvp) => rsvp.displayName)
    .sort((a, b) => a.localeCompare(b, 'de'));
}
