import type { FitReason } from '../domain/matching';
import type { Language } from '../domain/language';
import type { Topic } from '../domain/programme/topic-catalogue';
import type { Translate } from './index';

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

/** One fit reason as a plain sentence in the reader's language, as a colleague would say it. */
export function fitReasonText(t: Translate, language: Language, topics: readonly Topic[], reason: FitReason): string {
  const list = (items: readonly string[]) => listText(items, language);
  const topicName = (key: string) => topics.find((topic) => topic.key === key)?.names[language] ?? key;
  switch (reason.code) {
    case 'shared-topics':
      return t('matching.reasons.shared-topics', { topics: list(reason.topics.map(topicName)) });
    case 'shared-availability':
      return t('matching.reasons.shared-availability', {
        slots: list(reason.slots.map((slot) => t(`matching.slotPhrases.${slot}`))),
      });
    case 'format-compatible':
      return t(`matching.reasons.format.${reason.format}`);
    case 'same-location':
      return t('matching.reasons.same-location', { location: reason.location });
    case 'close-time-zones':
      return timeZonesText(t, language, reason.minutesApart);
    case 'different-departments':
      return t('matching.reasons.different-departments', {
        mentor: reason.mentorDepartment,
        mentee: reason.menteeDepartment,
      });
    case 'shared-languages':
      return t('matching.reasons.shared-languages', {
        languages: list(reason.languages.map((code) => t(`onboarding.languages.${code}`))),
      });
    case 'locked-by-hr':
      return t('matching.reasons.locked-by-hr');
  }
}

/** "Same time zone", "Time zones half an hour apart", "… 1 hour apart", "… 5.5 hours apart" (German: "5,5 Stunden"). */
function timeZonesText(t: Translate, language: Language, minutesApart: number): string {
  if (minutesApart === 0) return t('matching.reasons.same-time-zone');
  if (minutesApart === 30) return t('matching.reasons.half-an-hour-apart');
  const count = Math.round(minutesApart / 6) / 10; // a tenth of an hour is as exact as anyone needs
  const hours = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(count);
  return t('matching.reasons.hours-apart', { count, hours });
}

/** "A, B and C" / "A, B und C". */
function listText(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}

/** A fit in [0, 1] as a whole percentage. */
export function percent(score: number): number {
  return Math.round(score * 100);
}
