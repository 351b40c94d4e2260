// A tiny translator instead of i18next: the tab only needs flat keys and
// {{name}} placeholders (same syntax as the bot's i18next strings), and every
// kilobyte counts in a tab that loads inside Teams.
import de from './de.json';
import en from './en.json';

/** Languages the tab ships strings for. */
export type Language = 'en' | 'de';

/** A key of the English catalogue, which is the reference for all others. */
export type MessageKey = keyof typeof en;

/** Looks up a string in one language and fills its {{placeholders}}. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

// Typing both catalogues against the English keys makes a missing German key a compile error.
const catalogues: Record<Language, Record<MessageKey, string>> = { en, de };

/**
 * Chooses the tab's language from a BCP 47 locale such as Teams' `app.locale`.
 * Every German variant (de, de-DE, de-AT, de-CH, …) gets German; anything else English.
 */
export function pickLanguage(locale: string | undefined): Language {
  return /^de(-|$)/i.test(locale ?? '') ? 'de' : 'en';
}

/** Returns a {@link Translate} function bound to one language. */
export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, values = {}) =>
    messages[key].replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
}
