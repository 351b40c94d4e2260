import { z } from 'zod';
import { linkProblem, optionalTypedText } from '../text';
import type { Language } from '../language';
import { fail, ok, type FieldIssue, type Result } from '../result';
import { commaSeparated, fieldIssuesOf } from '../validation';
import { AUDIENCES, type Audience } from './audience';

/** Which versions a piece of news has: one language, or both with a version for each. */
export const NEWS_LANGUAGES = ['en', 'de', 'both'] as const;
export type NewsLanguage = (typeof NEWS_LANGUAGES)[number];

/** Limits HR meets when composing news. Teams cards must stay under about 28 KB. */
export const NEWS_LIMITS = { title: 120, text: 4000, author: 150, buttonLabel: 40, url: 2000 } as const;

/** One language's version of the news. */
export interface NewsVersion {
  title: string;
  text: string;
}

/** What recipients read. */
export interface NewsContent {
  language: NewsLanguage;
  versions: Partial<Record<Language, NewsVersion>>;
  imageUrl?: string;
  button?: { label: string; url: string };
  author?: string;
}

/** What HR composes: the content and who gets it. */
export interface NewsDraft {
  programmeId: string;
  content: NewsContent;
  audience: Audience[];
}

// Links are checked before cleaning: a control character inside is refused, never dropped.
const webUrl = (protocols: readonly string[]) =>
  z
    .string()
    .max(NEWS_LIMITS.url)
    .optional()
    .superRefine((value, context) => {
      const problem = value?.trim() ? linkProblem(value, protocols) : undefined;
      if (problem) context.addIssue({ code: 'custom', params: { code: problem } });
    })
    .transform((value) => value?.trim() || undefined);

const formSchema = z.object({
  programmeId: z.string().uuid(),
  language: z.enum(NEWS_LANGUAGES),
  titleEn: optionalTypedText(NEWS_LIMITS.title),
  textEn: optionalTypedText(NEWS_LIMITS.text, { multiLine: true }),
  titleDe: optionalTypedText(NEWS_LIMITS.title),
  textDe: optionalTypedText(NEWS_LIMITS.text, { multiLine: true }),
  // Teams loads card images itself and refuses plain http, so only https is accepted.
  imageUrl: webUrl(['https:']),
  buttonLabel: optionalTypedText(NEWS_LIMITS.buttonLabel),
  buttonUrl: webUrl(['https:', 'http:']),
  author: optionalTypedText(NEWS_LIMITS.author),
  audience: commaSeparated(z.array(z.enum(AUDIENCES)).min(1)),
});

/**
 * Fields required only in combination (a version for each chosen language, label and link of
 * the button together). Checked apart from the schema so they are reported even when another
 * field is also wrong: a person should see every problem at once.
 */
function combinationIssues(input: unknown): FieldIssue[] {
  const form = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const filled = (field: string) => typeof form[field] === 'string' && (form[field] as string).trim() !== '';
  const language = form.language;
  const required = [
    ...(language === 'en' || language === 'both' ? ['titleEn', 'textEn'] : []),
    ...(language === 'de' || language === 'both' ? ['titleDe', 'textDe'] : []),
    ...(filled('buttonLabel') ? ['buttonUrl'] : []),
    ...(filled('buttonUrl') ? ['buttonLabel'] : []),
  ];
  return required.filter((field) => !filled(field)).map((field) => ({ field, code: 'required' as const }));
}

/** Validates HR's compose form; each issue names the field to look at again. */
export function parseNewsDraft(input: unknown): Result<NewsDraft, 'invalid-input'> {
  const parsed = formSchema.safeParse(input);
  const issues = [...(parsed.success ? [] : fieldIssuesOf(parsed.error)), ...combinationIssues(input)];
  const unique = issues.filter((issue, index) => issues.findIndex((other) => other.field === issue.field) === index);
  if (!parsed.success || unique.length > 0) return fail('invalid-input', unique);
  const form = parsed.data;
  const versions: NewsContent['versions'] = {};
  if (form.language !== 'de') versions.en = { title: form.titleEn!, text: form.textEn! };
  if (form.language !== 'en') versions.de = { title: form.titleDe!, text: form.textDe! };
  const content: NewsContent = { language: form.language, versions, imageUrl: form.imageUrl, author: form.author };
  if (form.buttonLabel && form.buttonUrl) content.button = { label: form.buttonLabel, url: form.buttonUrl };
  return ok({ programmeId: form.programmeId, content, audience: [...new Set(form.audience)] });
}

/** The form's fields for a stored draft, so HR can edit it again. */
export function formValuesOf(draft: NewsDraft): Record<string, string> {
  const { content } = draft;
  return {
    programmeId: draft.programmeId,
    language: content.language,
    titleEn: content.versions.en?.title ?? '',
    textEn: content.versions.en?.text ?? '',
    titleDe: content.versions.de?.title ?? '',
    textDe: content.versions.de?.text ?? '',
    imageUrl: content.imageUrl ?? '',
    buttonLabel: content.button?.label ?? '',
    buttonUrl: content.button?.url ?? '',
    author: content.author ?? '',
    audience: draft.audience.join(','),
  };
}

/** The versions a reader gets: their own language when the news has it, else what there is. */
export function versionsFor(content: NewsContent, reader: Language | 'all'): Language[] {
  const available = (['de', 'en'] as const).filter((language) => content.versions[language]);
  if (reader === 'all') return available;
  return available.includes(reader) ? [reader] : available.slice(0, 1);
}
