import { z } from 'zod';
import { typedText } from '../text';
import { fail, ok, type Result } from '../result';
import { fieldIssuesOf } from '../validation';
import { activeTopics, type Topic } from '../programme/topic-catalogue';
import { isAvailabilitySlot, type AvailabilitySlot } from './availability';
import { decimalCommaToNumber } from '../decimal-number';

export const ROLES = ['mentor', 'mentee'] as const;
export type Role = (typeof ROLES)[number];
export const MEETING_FORMATS = ['online', 'in-person', 'either'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
/** Languages people can say they speak (ISO 639-1); matching needs at least one shared. */
export const SPOKEN_LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'pl', 'tr', 'nl'] as const;

/** Limits of what a person may type, named in the error messages. */
export const PROFILE_LIMITS = {
  department: 100,
  location: 100,
  ownTopics: 500,
  goals: 1000,
  timeZone: 64,
  managerName: 100,
} as const;

/** A participant's onboarding answers, one per programme. */
export interface Profile {
  programmeId: string;
  tenantId: string;
  aadObjectId: string;
  displayName: string;
  role: Role;
  department: string;
  location: string;
  timeZone: string;
  languages: string[];
  topics: string[];
  ownTopics: string;
  goals: string;
  availability: AvailabilitySlot[];
  format: MeetingFormat;
  /** Mentors only: how many mentees they take at once (1 to 3). */
  capacity: number;
  /** Used only to keep reporting lines apart in matching. */
  managerAadObjectId?: string;
  /** The sign-in address, when Teams told us: needed to open the pair's group chat. */
  userPrincipalName?: string;
  consent: { givenAt: string; version: string };
  locale: string;
  createdAt: string;
  updatedAt: string;
}

/** The fields a person fills in (the rest comes from Teams and the clock). */
export type ProfileAnswers = Pick<
  Profile,
  | 'role'
  | 'department'
  | 'location'
  | 'timeZone'
  | 'languages'
  | 'topics'
  | 'ownTopics'
  | 'goals'
  | 'availability'
  | 'format'
  | 'capacity'
  | 'managerAadObjectId'
>;

/** How many mentees a mentor may take at once (the programme model: one, at most three). */
export const MENTOR_CAPACITY = { min: 1, max: 3, default: 1 } as const;

/** Card inputs arrive as strings; multi-selects as comma-separated lists. */
const list = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : value,
  z.array(z.string()),
);

function answersSchema(catalogue: readonly Topic[]) {
  const topicKeys = new Set(activeTopics(catalogue).map((t) => t.key));
  return z
    .object({
      role: z.enum(ROLES),
      department: typedText(PROFILE_LIMITS.department, { min: 1 }),
      location: typedText(PROFILE_LIMITS.location, { min: 1 }),
      timeZone: z
        .string()
        .trim()
        .min(1)
        .max(PROFILE_LIMITS.timeZone)
        .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/),
      languages: list.pipe(z.array(z.enum(SPOKEN_LANGUAGES)).min(1)),
      topics: list.pipe(
        z.array(z.string().refine((key) => topicKeys.has(key), { params: { code: 'not-in-catalogue' } })),
      ),
      ownTopics: typedText(PROFILE_LIMITS.ownTopics, { multiLine: true }).default(''),
      goals: typedText(PROFILE_LIMITS.goals, { multiLine: true }).default(''),
      availability: list.pipe(z.array(z.string().refine(isAvailabilitySlot)).min(1)),
      format: z.enum(MEETING_FORMATS),
      capacity: z.preprocess(
        (v) => (v === '' || v === undefined ? MENTOR_CAPACITY.default : decimalCommaToNumber(v)),
        z.coerce.number().int().min(MENTOR_CAPACITY.min).max(MENTOR_CAPACITY.max),
      ),
      managerAadObjectId: z
        .string()
        .trim()
        .max(64)
        .optional()
        .transform((v) => v || undefined),
    })
    .superRefine((answers, context) => {
      if (answers.topics.length === 0 && !answers.ownTopics)
        context.addIssue({ code: 'custom', path: ['topics'], params: { code: 'required' } });
    });
}

/** Validates a person's answers against the programme's catalogue; issues name each field. */
export function parseProfileAnswers(
  input: unknown,
  catalogue: readonly Topic[],
): Result<ProfileAnswers, 'invalid-input'> {
  const parsed = answersSchema(catalogue).safeParse(input);
  if (!parsed.success) return fail('invalid-input', fieldIssuesOf(parsed.error));
  // Only mentors take mentees; a mentee's answer to the capacity question is ignored.
  const capacity = parsed.data.role === 'mentor' ? parsed.data.capacity : MENTOR_CAPACITY.default;
  return ok({ ...parsed.data, capacity, availability: parsed.data.availability as AvailabilitySlot[] });
}

export type ProfileEditFailure = 'role-locked';

/**
 * Applies edited answers. After matching the role is fixed: a pair is a mentor and a mentee,
 * and swapping would silently break it.
 */
export function editProfile(
  profile: Profile,
  answers: ProfileAnswers,
  meta: { now: Date; roleLocked: boolean; locale: string },
): Result<Profile, ProfileEditFailure> {
  if (meta.roleLocked && answers.role !== profile.role) return fail('role-locked');
  return ok({ ...profile, ...answers, locale: meta.locale, updatedAt: meta.now.toISOString() });
}

/** The fields a person fills in, as a list (forms, comparisons). */
export const PROFILE_ANSWER_FIELDS = [
  'role',
  'department',
  'location',
  'timeZone',
  'languages',
  'topics',
  'ownTopics',
  'goals',
  'availability',
  'format',
  'capacity',
  'managerAadObjectId',
] as const satisfies ReadonlyArray<keyof ProfileAnswers>;

/**
 * Whether the profile already says what these answers say (in the given locale): saving them
 * again would change nothing, so a repeated or concurrent identical submit is already done.
 */
export function hasAnswers(profile: Profile, answers: ProfileAnswers, locale: string): boolean {
  return (
    profile.locale === locale &&
    PROFILE_ANSWER_FIELDS.every((field) => JSON.stringify(profile[field]) === JSON.stringify(answers[field]))
  );
}
