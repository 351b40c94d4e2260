import { z } from 'zod';
import { optionalTypedText } from '../text';
import { compareDates, type CalendarDate } from '../calendar-date';
import { blankIsMissing, calendarDateField, minutesField, wallTimeField } from '../form-fields';
import { fail, ok, type Result } from '../result';
import { fieldIssuesOf } from '../validation';
import { isTimeZone, toInstant, type WallClock } from './local-time';
import { MEETING_FORMATS, MEETING_LIMITS, type MeetingFormat } from './meeting';

/** The longest IANA zone names are about 30 characters; the profile allows 64. */
const TIME_ZONE_MAX = 64;

/** The meeting card's inputs; `timeZone` comes from the person's stored profile, not the card. */
export const meetingFormSchema = z
  .object({
    date: calendarDateField(),
    time: wallTimeField(),
    timeZone: z
      .string()
      .trim()
      .min(1)
      .max(TIME_ZONE_MAX)
      .refine(isTimeZone, { params: { code: 'invalid' } }),
    durationMinutes: minutesField(
      MEETING_LIMITS.durationMin,
      MEETING_LIMITS.durationMax,
      MEETING_LIMITS.durationDefault,
    ),
    format: z
      .preprocess(blankIsMissing, z.enum(MEETING_FORMATS).optional())
      .transform((value): MeetingFormat => value ?? 'online'),
    place: optionalTypedText(MEETING_LIMITS.placeMax),
    note: optionalTypedText(MEETING_LIMITS.noteMax, { multiLine: true }),
  })
  .superRefine((form, context) => {
    if (form.format === 'in-person' && !form.place)
      context.addIssue({ code: 'custom', path: ['place'], params: { code: 'required' } });
  });

/** A valid meeting card, before the start is checked against the clock and the programme. */
export type MeetingForm = z.output<typeof meetingFormSchema>;

/** Validates the card's inputs; the issues name each field that needs another look. */
export function parseMeetingForm(input: unknown): Result<MeetingForm, 'invalid-input'> {
  const parsed = meetingFormSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input', fieldIssuesOf(parsed.error));
  // An online meeting has no place; dropping it keeps a stale room out of the invitation.
  return ok(parsed.data.format === 'online' ? { ...parsed.data, place: undefined } : parsed.data);
}

/** Why a start was refused: bad fields, not ahead of now, or after the programme's last day. */
export type StartFailure = 'invalid-input' | 'in-the-past' | 'after-programme-end';

/**
 * The UTC start of a wall-clock time, refused when it is not ahead of `now` or falls after the
 * programme's last day. The last day is read in the person's own zone: a New York evening on
 * the end date is still inside the programme although it is the next day in UTC.
 */
export function checkStart(wall: WallClock, now: Date, programmeEndDate: CalendarDate): Result<Date, StartFailure> {
  const start = toInstant(wall);
  if (!start.ok)
    return fail('invalid-input', [
      {
        field: start.reason === 'invalid-time-zone' ? 'timeZone' : start.reason === 'invalid-time' ? 'time' : 'date',
        code: 'invalid',
      },
    ]);
  if (start.value.getTime() <= now.getTime()) return fail('in-the-past', [{ field: 'date', code: 'out-of-range' }]);
  if (compareDates(wall.date, programmeEndDate) > 0)
    return fail('after-programme-end', [{ field: 'date', code: 'out-of-range' }]);
  return ok(start.value);
}
