import { z } from 'zod';
import { RSVP_ANSWERS } from '../../domain/briefings';
import type { Translate } from '../../i18n';
import type { BriefingPlanFailure } from '../../services/briefings/briefing-service';
import type { RsvpServiceFailure } from '../../services/briefings/rsvp-service';

/** What every briefing card action carries: the briefing and its programme (both checked on the server). */
export const briefingRef = z.object({ programmeId: z.string().uuid(), briefingId: z.string().uuid() });

/** An invitee's press: the briefing and the answer. */
export const answerData = briefingRef.extend({ answer: z.enum(RSVP_ANSWERS) });

/** The form's Preview: the draft's id (the fields are parsed by the service). */
export const previewData = z.object({ briefingId: z.string().uuid() });

/** Why a briefing action is refused. */
export type BriefingRefusal = BriefingPlanFailure | RsvpServiceFailure;

/** A sentence for every refusal: a new reason without one does not compile. */
const FAILURE_KEYS = {
  'not-admin': 'briefings.notAdmin',
  'no-programme': 'briefings.noProgramme',
  'not-found': 'briefings.failures.not-found',
  'not-invited': 'briefings.failures.not-invited',
  'briefing-over': 'briefings.failures.briefing-over',
  'already-sent': 'briefings.failures.already-sent',
  'not-scheduled': 'briefings.failures.already-sent',
  'in-the-past': 'briefings.failures.in-the-past',
  busy: 'briefings.failures.busy',
  'missing-channel': 'briefings.failures.missing-channel',
  'invalid-input': 'briefings.form.invalid',
} as const satisfies Record<BriefingRefusal, string>;

/** The sentence for a refused briefing action. */
export function briefingFailureText(t: Translate, reason: BriefingRefusal): string {
  return t(FAILURE_KEYS[reason]);
}
