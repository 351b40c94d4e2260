import { LANGUAGES, type Language } from '../language';
import type { Programme, SponsorMessage } from './programme';

/** A text HR writes once per language of the programme. */
export type LocalisedText = Partial<Record<Language, string>>;

/** What participants read of a programme's own texts, in one reader's language. */
export interface ProgrammeTexts {
  sponsor?: { text: string; name: string; role: string };
}

/**
 * A localised text for one reader: their language, else the programme's other languages in
 * order, else `single`, the value stored before texts had languages (used for every reader).
 */
export function textIn(
  texts: LocalisedText | undefined,
  language: Language,
  fallbackOrder: readonly Language[],
  single = '',
): string {
  const order = [language, ...fallbackOrder, ...LANGUAGES];
  return order.map((candidate) => texts?.[candidate]).find((text): text is string => Boolean(text)) ?? single;
}

/** The sponsor's message in the reader's language (see {@link textIn}). */
export function sponsorTextIn(
  sponsor: SponsorMessage,
  language: Language,
  programmeLanguages: readonly Language[],
): string {
  return textIn(sponsor.texts, language, programmeLanguages, sponsor.text);
}

/** The programme's texts for a reader; cards take these instead of reading the stored fields. */
export function programmeText(programme: Programme, language: Language): ProgrammeTexts {
  const sponsor = programme.sponsor;
  if (!sponsor) return {};
  return {
    sponsor: { text: sponsorTextIn(sponsor, language, programme.languages), name: sponsor.name, role: sponsor.role },
  };
}
