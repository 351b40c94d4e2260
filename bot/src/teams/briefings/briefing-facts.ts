import type { Briefing } from '../../domain/briefings';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatDateTime } from '../../i18n/format-date-time';
import type { CardFact } from '../cards/card-template';

/** When and how long, on the reader's wall clock (the zone is named, since readers live in several). */
export function briefingFacts(t: Translate, briefing: Briefing, timeZone: string): CardFact[] {
  return [
    {
      title: t('briefings.invitation.when'),
      value: `${formatDateTime(briefing.startsAt, languageOfTranslate(t), timeZone)} (${timeZone})`,
    },
    {
      title: t('briefings.invitation.duration'),
      value: t('briefings.invitation.minutes', { count: briefing.durationMinutes }),
    },
  ];
}
