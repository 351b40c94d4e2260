import type { FitReason } from '../domain/matching';
import type { Language } from '../domain/language';
import type { Topic } from '../domain/programme/topic-catalogue';
import type { Translate } from './index';

/** One fit reason as a plain sentence in the reader's language. */
export function fitReasonText(t: Translate, language: Language, topics: readonly Topic[], reason: FitReason): string {
  const topicName = (key: string) => topics.find((topic) => topic.key === key)?.names[language] ?? key;
  switch (reason.code) {
    case 'shared-topics':
      return t('matching.reasons.shared-topics', { topics: reason.topics.map(topicName).join(', ') });
    case 'shared-availability':
      return t('matching.reasons.shared-availability', { slots: reason.slots.map((slot) => t(`onboarding.slots.${slot}`)).join(', ') });
    case 'format-compatible':
      return t('matching.reasons.format-compatible', { format: t(`onboarding.formats.${reason.format}`) });
    case 'same-location':
      return t('matching.reasons.same-location', { location: reason.location });
    case 'close-time-zones':
      return t('matching.reasons.close-time-zones', { hours: Math.round(reason.minutesApart / 6) / 10 });
    case 'different-departments':
      return t('matching.reasons.different-departments', { mentor: reason.mentorDepartment, mentee: reason.menteeDepartment });
    case 'shared-languages':
      return t('matching.reasons.shared-languages', { languages: reason.languages.map((code) => t(`onboarding.languages.${code}`)).join(', ') });
    case 'locked-by-hr':
      return t('matching.reasons.locked-by-hr');
  }
}

/** A fit in [0, 1] as a whole percentage. */
export function percent(score: number): number {
  return Math.round(score * 100);
}
