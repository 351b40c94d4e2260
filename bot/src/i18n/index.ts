import i18next, { type TFunction } from 'i18next';
import type { Language } from '../domain/language';
import en from './en.json';
import de from './de.json';

export type Translate = TFunction;

/** The string catalogues, keyed by language; the test suite keeps their keys and placeholders in step. */
export const catalogues = { en, de } as const;

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, de: { translation: de } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // Cards and Teams markdown are not HTML; escaping would show `&quot;` to people.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A translate function bound to one language. */
export function translator(language: Language): Translate {
  return i18n.getFixedT(language);
}

/** The language a translate function is bound to (i18next keeps it on the fixed function). */
export function languageOfTranslate(t: Translate): Language {
  return (t as Translate & { lng?: string }).lng === 'de' ? 'de' : 'en';
}
