import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import type { Language } from '../../domain/language';
import type { Translate } from '../../i18n';
import { formatInstantDate } from '../../i18n/format-date-time';
import { expandCard, type AdaptiveCardJson, type CardFact } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import template from './profile-summary.card.json';

/** What `profile-summary.card.json` reads. */
export interface ProfileSummaryCardData {
  title: string;
  notice: string;
  edit: string;
  programmeId: string;
  facts: CardFact[];
}

/** A person's profile as a clear summary, with an Edit button. */
export function profileSummaryCard(
  t: Translate,
  language: Language,
  programme: Programme,
  profile: Profile,
  notice = '',
): AdaptiveCardJson {
  const topicName = (key: string) => programme.topics.find((topic) => topic.key === key)?.names[language] ?? key;
  const typed = (text: string) => (text ? asCardText(text) : '–');
  const list = (items: string[]) => items.join(', ') || '–';
  return expandCard<ProfileSummaryCardData>(template, {
    title: t('onboarding.summary.title', { programme: asCardText(programme.name) }),
    notice,
    edit: t('onboarding.summary.edit'),
    programmeId: programme.id,
    facts: [
      { title: t('onboarding.summary.role'), value: t(`onboarding.roles.${profile.role}`) },
      { title: t('onboarding.summary.department'), value: typed(profile.department) },
      { title: t('onboarding.summary.location'), value: typed(profile.location) },
      { title: t('onboarding.summary.timeZone'), value: profile.timeZone },
      {
        title: t('onboarding.summary.languages'),
        value: list(profile.languages.map((code) => t(`onboarding.languages.${code}`))),
      },
      { title: t('onboarding.summary.topics'), value: list(profile.topics.map((key) => asCardText(topicName(key)))) },
      { title: t('onboarding.summary.ownTopics'), value: typed(profile.ownTopics) },
      { title: t('onboarding.summary.goals'), value: typed(profile.goals) },
      {
        title: t('onboarding.summary.availability'),
        value: list(profile.availability.map((slot) => t(`onboarding.slots.${slot}`))),
      },
      { title: t('onboarding.summary.format'), value: t(`onboarding.formats.${profile.format}`) },
      ...(profile.role === 'mentor'
        ? [{ title: t('onboarding.summary.capacity'), value: String(profile.capacity) }]
        : []),
      {
        title: t('onboarding.summary.consent'),
        value: t('onboarding.summary.consentValue', {
          date: formatInstantDate(profile.consent.givenAt, language, profile.timeZone),
        }),
      },
    ],
  });
}
