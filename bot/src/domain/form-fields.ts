import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { isWallTime } from './meetings/local-time';

/** Cards send an untouched input as '' (or null), which means "the default", not zero or an empty value. */
export const blankIsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);

/** A date typed into a card (`yyyy-MM-dd`), a real calendar day. */
export const calendarDateField = () =>
  z
    .string()
    .trim()
    .refine(isCalendarDate, { params: { code: 'invalid' } });

/** A time of day typed into a card (`HH:mm`, 24 h). */
export const wallTimeField = () =>
  z
    .string()
    .trim()
    .refine(isWallTime, { params: { code: 'invalid' } });

/** Whole minutes between `min` and `max`; left blank, `fallback`. */
export const minutesField = (min: number, max: number, fallback: number) =>
  z
    .preprocess(blankIsMissing, z.coerce.number().int().min(min).max(max).optional())
    .transform((value) => value ?? fallback);
