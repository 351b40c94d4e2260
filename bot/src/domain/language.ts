/** The languages Tandem speaks. English is the fallback for every other locale. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks the language for a Teams locale such as `de-DE`, `de-AT` or `en-GB`. */
export function languageOf(locale: string | undefined | null): Language {
  return /^de(?:[-_]|$)/i.test(locale?.trim() ?? '') ? 'de' : 'en';
}
