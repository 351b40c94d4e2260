import { z } from 'zod';
import { optionalTypedText, typedText } from '../text';
import { addMonths, compareDates, isCalendarDate } from '../calendar-date';
import { LANGUAGES, type Language } from '../language';
import { fail, ok, type Result } from '../result';
import { commaSeparated, fieldIssuesOf } from '../validation';
import type { Programme, SponsorMessage } from './programme';
import { DEFAULT_TOPICS } from './topic-catalogue';
import { decimalCommaToNumber } from '../decimal-number';
import { parseLeadHours } from './reminder-leads';
import { pollSettingFields, pollSettingsFrom, pollWindowIsOpen } from '../polls/poll-settings';

/** Limits HR meets when setting up a programme. */
export const PROGRAMME_LIMITS = {
  nameMax: 80,
  meetingsTargetMin: 1,
  meetingsTargetMax: 12,
  minMonths: 3,
  maxMonths: 12,
  sponsorTextMax: 1000,
  personFieldMax: 100,
} as const;

export const DEFAULT_MEETINGS_TARGET = 6;
export const DEFAULT_DURATION_MONTHS = 6;

const date = z
  .string()
  .trim()
  .refine(isCalendarDate, { params: { code: 'invalid' } });

/** What HR enters for a programme; the card sends strings, so numbers are coerced. */
export const programmeSettingsSchema = z
  .object({
    name: typedText(PROGRAMME_LIMITS.nameMax, { min: 1 }),
    startDate: date,
    endDate: date,
    meetingsTarget: z.preprocess(
      decimalCommaToNumber,
      z.coerce.number().int().min(PROGRAMME_LIMITS.meetingsTargetMin).max(PROGRAMME_LIMITS.meetingsTargetMax),
    ),
    languages: commaSeparated(z.array(z.enum(LANGUAGES)).min(1)),
    // One message per language; `sponsorText` is the single field of forms sent before that.
    sponsorText: optionalTypedText(PROGRAMME_LIMITS.sponsorTextMax, { multiLine: true }),
    sponsorTextDe: optionalTypedText(PROGRAMME_LIMITS.sponsorTextMax, { multiLine: true }),
    sponsorTextEn: optionalTypedText(PROGRAMME_LIMITS.sponsorTextMax, { multiLine: true }),
    sponsorName: optionalTypedText(PROGRAMME_LIMITS.personFieldMax),
    sponsorRole: optionalTypedText(PROGRAMME_LIMITS.personFieldMax),
    coachName: optionalTypedText(PROGRAMME_LIMITS.personFieldMax),
    coachEmail: z
      .string()
      .trim()
      .max(PROGRAMME_LIMITS.personFieldMax)
      .email()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    // Hours before each meeting (`24; 1`, `0,5` or `0.5` for half an hour); blank keeps the defaults.
    reminderHours: z.string().trim().max(40).optional().transform(leadMinutesOf),
    ...pollSettingFields,
  })
  .superRefine((settings, context) => {
    if (!isCalendarDate(settings.startDate) || !isCalendarDate(settings.endDate)) return;
    if (compareDates(settings.endDate, addMonths(settings.startDate, PROGRAMME_LIMITS.minMonths)) < 0) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        params: { code: 'too-short-duration', limit: PROGRAMME_LIMITS.minMonths },
      });
    } else if (compareDates(settings.endDate, addMonths(settings.startDate, PROGRAMME_LIMITS.maxMonths)) > 0) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        params: { code: 'out-of-range', limit: PROGRAMME_LIMITS.maxMonths },
      });
    }
    if (sponsorTextsOf(settings).text && !settings.sponsorName)
      context.addIssue({ code: 'custom', path: ['sponsorName'], params: { code: 'required' } });
    if (!pollWindowIsOpen(pollSettingsFrom(settings)))
      context.addIssue({ code: 'custom', path: ['pollCloseHours'], params: { code: 'invalid' } });
  });

/** The form field holding the sponsor's message in each language. */
export const SPONSOR_TEXT_FIELDS = { de: 'sponsorTextDe', en: 'sponsorTextEn' } as const satisfies Record<
  Language,
  string
>;

type SponsorInput = Partial<
  Record<'sponsorText' | (typeof SPONSOR_TEXT_FIELDS)[Language] | 'sponsorName' | 'sponsorRole', string>
> & { languages: Language[] };

/** The message per language, and the one kept as `text` (the programme's first language, for older readers). */
function sponsorTextsOf(settings: SponsorInput): { text?: string; texts: Partial<Record<Language, string>> } {
  const texts: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    const text = settings[SPONSOR_TEXT_FIELDS[language]];
    if (text) texts[language] = text;
  }
  const text =
    [...(settings.languages ?? []), ...LANGUAGES].map((language) => texts[language]).find(Boolean) ??
    settings.sponsorText;
  return { text, texts };
}

function sponsorOf(settings: SponsorInput): SponsorMessage | undefined {
  const { text, texts } = sponsorTextsOf(settings);
  if (!text) return undefined;
  const localised = Object.keys(texts).length > 0 ? { texts } : {};
  return { text, ...localised, name: settings.sponsorName ?? '', role: settings.sponsorRole ?? '' };
}

/** Typed lead hours as minutes; a refusal names the limit missed, so the form can say what is allowed. */
function leadMinutesOf(text: string | undefined, context: z.RefinementCtx): number[] | undefined {
  if (!text) return undefined;
  const parsed = parseLeadHours(text);
  if (parsed.ok) return parsed.minutes;
  context.addIssue({ code: 'custom', params: parsed.issue });
  return z.NEVER;
}

export type ProgrammeSettings = z.output<typeof programmeSettingsSchema>;

/** Validates HR's input; the issues name each field that needs another look. */
export function parseProgrammeSettings(input: unknown): Result<ProgrammeSettings, 'invalid-input'> {
  const parsed = programmeSettingsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail('invalid-input', fieldIssuesOf(parsed.error));
}

/** A new programme in draft, with the default topic catalogue and its creator as first admin. */
export function newProgramme(
  settings: ProgrammeSettings,
  meta: { id: string; tenantId: string; createdBy: string; now: Date },
): Programme {
  return applySettings(
    {
      id: meta.id,
      tenantId: meta.tenantId,
      status: 'draft',
      topics: DEFAULT_TOPICS.map((topic) => ({ ...topic, names: { ...topic.names } })),
      admins: [meta.createdBy],
      materials: [],
      createdAt: meta.now.toISOString(),
      createdBy: meta.createdBy,
      name: '',
      startDate: '',
      endDate: '',
      meetingsTarget: DEFAULT_MEETINGS_TARGET,
      languages: [],
    },
    settings,
  );
}

/** The programme with HR's new settings; status, topics, admins and materials are untouched. */
export function applySettings(programme: Programme, settings: ProgrammeSettings): Programme {
  return {
    ...programme,
    name: settings.name,
    startDate: settings.startDate,
    endDate: settings.endDate,
    meetingsTarget: settings.meetingsTarget,
    languages: settings.languages,
    sponsor: sponsorOf(settings),
    coach:
      settings.coachName && settings.coachEmail ? { name: settings.coachName, email: settings.coachEmail } : undefined,
    reminderLeadsMinutes: settings.reminderHours,
    pollSettings: pollSettingsFrom(settings),
  };
}
