import { z } from 'zod';
import { calendarDateField, minutesField, wallTimeField } from '../form-fields';
import { isTimeZone, toInstant, toWallClock } from '../meetings/local-time';
import { fail, ok, type Result } from '../result';
import { linkProblem, optionalTypedText, typedText } from '../text';
import { fieldIssuesOf } from '../validation';
import { BRIEFING_AUDIENCES, BRIEFING_LIMITS, type Briefing, type BriefingDraft } from './briefing';

const formSchema = z.object({
  programmeId: z.string().uuid(),
  title: typedText(BRIEFING_LIMITS.title, { min: 1 }),
  date: calendarDateField(),
  time: wallTimeField(),
  durationMinutes: minutesField(
    BRIEFING_LIMITS.durationMin,
    BRIEFING_LIMITS.durationMax,
    BRIEFING_LIMITS.durationDefault,
  ),
  // Links are checked before trimming: a control character inside is refused, never dropped.
  joinUrl: z
    .string()
    .max(BRIEFING_LIMITS.url)
    .superRefine((value, context) => {
      const problem = value.trim() ? linkProblem(value, ['https:']) : undefined;
      if (!value.trim()) context.addIssue({ code: 'custom', params: { code: 'required' } });
      else if (problem) context.addIssue({ code: 'custom', params: { code: problem } });
    })
    .transform((value) => value.trim()),
  agenda: optionalTypedText(BRIEFING_LIMITS.agenda, { multiLine: true }),
  materials: optionalTypedText(BRIEFING_LIMITS.materials, { multiLine: true }),
  audience: z.enum(BRIEFING_AUDIENCES),
});

/** Why a briefing form is refused: a field to look at again, or a start that is not ahead. */
export type BriefingFormFailure = 'invalid-input' | 'in-the-past';

/**
 * Validates HR's briefing form. The date and time are read on HR's wall clock (`timeZone`) and
 * become a UTC instant, which must be ahead of `now`. Each issue names its field.
 */
export function parseBriefingForm(
  input: unknown,
  timeZone: string,
  now: Date,
): Result<BriefingDraft, BriefingFormFailure> {
  const parsed = formSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input', fieldIssuesOf(parsed.error));
  const form = parsed.data;
  const start = toInstant({ date: form.date, time: form.time, timeZone: isTimeZone(timeZone) ? timeZone : 'UTC' });
  if (!start.ok) return fail('invalid-input', [{ field: 'date', code: 'invalid' }]);
  if (start.value.getTime() <= now.getTime()) return fail('in-the-past', [{ field: 'date', code: 'out-of-range' }]);
  return ok({
    programmeId: form.programmeId,
    title: form.title,
    startsAt: start.value.toISOString(),
    durationMinutes: form.durationMinutes,
    joinUrl: form.joinUrl,
    agenda: form.agenda,
    materials: form.materials,
    audience: form.audience,
  });
}

/** The form's fields for a stored draft, read on HR's wall clock, so HR can edit it again. */
export function briefingFormValues(briefing: Briefing, timeZone: string): Record<string, string> {
  const wall = toWallClock(new Date(briefing.startsAt), isTimeZone(timeZone) ? timeZone : 'UTC');
  return {
    programmeId: briefing.programmeId,
    title: briefing.title,
    date: wall.ok ? wall.value.date : '',
    time: wall.ok ? wall.value.time : '',
    durationMinutes: String(briefing.durationMinutes),
    joinUrl: briefing.joinUrl,
    agenda: briefing.agenda ?? '',
    materials: briefing.materials ?? '',
    audience: briefing.audience,
  };
}
