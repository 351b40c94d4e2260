import { z } from 'zod';
import {
  MAX_MENTOR_CAPACITY,
  MEETING_FORMATS,
  type MeetingFormat,
  type ProfilePoolInput,
  type ScoreMatrixInput,
} from '../domain/matching';
import { isKnownTimeZone } from '../domain/matching/utc-offsets';
import { firstIssue } from './zod-issues';

const id = z.string().min(1, 'must not be empty');
const pairs = z.array(z.tuple([id, id])).default([]);
const words = z.array(z.string().min(1, 'must not be empty'));
const capacity = z.number().int().min(1).max(MAX_MENTOR_CAPACITY).default(1);
const timeZone = z
  .string()
  .refine(isKnownTimeZone, (zone) => ({ message: `unknown IANA time zone "${zone}"` }))
  .nullable()
  .default(null);

/** One participant as HR exports it. Fields not listed here (a name, an email) are ignored. */
const person = z.object({
  id,
  department: z.string().min(1, 'must not be empty'),
  location: z.string().min(1, 'must not be empty').nullable().default(null),
  timeZone,
  languages: words,
  topics: words,
  availability: words.default([]),
  format: z.enum(MEETING_FORMATS as [MeetingFormat, ...MeetingFormat[]]).default('either'),
  managerId: id.nullable().default(null),
});

const switches = z.object({
  rolesMentorMentee: z.boolean(),
  differentDepartment: z.boolean(),
  notInReportingLine: z.boolean(),
  sharedLanguage: z.boolean(),
  noRepeatPairs: z.boolean(),
  exclusions: z.boolean(),
  locks: z.boolean(),
});
const weight = z.number().min(0).finite();
const weights = z.object({ topics: weight, availability: weight, format: weight, location: weight });

const referenceDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  // Round-trip through Date: Date.parse alone accepts 2025-02-30 and rolls it into March.
  .refine((date) => {
    const parsed = Date.parse(`${date}T12:00:00Z`);
    return !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(date);
  }, 'not a real date');

/** The profiles form (see docs/matching.md). Top-level fields are checked strictly to catch typos. */
export const profilesInputSchema = z
  .object({
    rules: switches.partial().strict().optional(),
    weights: weights.partial().strict().optional(),
    mentors: z.array(person.extend({ capacity })),
    mentees: z.array(person),
    previousPairs: pairs,
    locked: pairs,
    excluded: pairs,
    referenceDate: referenceDate.optional(),
  })
  .strict();

/** The scores form: one row per mentee, one column per mentor, a score in [0, 1] or null. */
export const scoresInputSchema = z
  .object({
    mentors: z.array(z.object({ id, capacity })),
    mentees: z.array(z.object({ id })),
    scores: z.array(z.array(z.number().min(0).max(1).nullable())),
    locked: pairs,
    excluded: pairs,
  })
  .strict()
  .superRefine((input, context) => {
    if (input.scores.length !== input.mentees.length) {
      context.addIssue({
        code: 'custom',
        path: ['scores'],
        message: `expected ${input.mentees.length} rows (one per mentee), got ${input.scores.length}`,
      });
      return;
    }
    input.scores.forEach((row, i) => {
      if (row.length !== input.mentors.length) {
        context.addIssue({
          code: 'custom',
          path: ['scores', i],
          message: `expected ${input.mentors.length} entries (one per mentor), got ${row.length}`,
        });
      }
    });
  });

/** A parsed input: which form, and what the domain needs. */
export type MatchInput =
  | { readonly form: 'profiles'; readonly input: ProfilePoolInput; readonly referenceDate: string | undefined }
  | { readonly form: 'scores'; readonly input: ScoreMatrixInput };

/**
 * Validates parsed JSON. An object with a `scores` field is the scores form, anything else the
 * profiles form. Returns the first problem as `field.path: what is wrong`.
 */
export function parseMatchInput(json: unknown): { ok: true; value: MatchInput } | { ok: false; message: string } {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, message: '(input): expected an object' };
  if ('scores' in json) {
    const parsed = scoresInputSchema.safeParse(json);
    return parsed.success
      ? { ok: true, value: { form: 'scores', input: parsed.data } }
      : { ok: false, message: firstIssue(parsed.error) };
  }
  const parsed = profilesInputSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const { referenceDate: date, ...input } = parsed.data;
  return { ok: true, value: { form: 'profiles', input, referenceDate: date } };
}
