import { LANGUAGES, languageOf, type Language } from '../domain/language';
import { translator, type Translate } from '../i18n';

/**
 * A plain text for a conversation several people read, where no card `refresh` can give each
 * their own version: the text once in each reader's language, the first reader's first (in a
 * pair chat, the mentee's). Readers who share a language see it once.
 */
export function inEachLanguage(
  readers: ReadonlyArray<{ locale?: string }>,
  text: (t: Translate, language: Language) => string,
): string {
  const languages = [...new Set(readers.map((reader) => languageOf(reader.locale)))];
  return languages.map((language) => text(translator(language), language)).join('\n\n');
}

/**
 * A plain text for a conversation whose readers' languages are unknown (a team channel, a group
 * chat that is not a pair's): every language Tandem speaks, `first` (the writer's) first.
 */
export function inEveryLanguage(first: Language, text: (t: Translate, language: Language) => string): string {
  return inEachLanguage(
    [first, ...LANGUAGES].map((locale) => ({ locale })),
    text,
  );
}

/**
 * A short label (a card's heading, fact title or button) in each of `languages`, in that order,
 * joined as "Gutes Beispiel · Good practice"; a label that reads the same in both is written once
 * (a name, a topic called "Big Data").
 */
export function labelInLanguages(
  languages: readonly Language[],
  text: (t: Translate, language: Language) => string,
): string {
  return [...new Set(languages.map((language) => text(translator(language), language)))].join(' · ');
}
