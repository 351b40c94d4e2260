import type { ProgrammeMembership } from '../../services/onboarding/onboarding-service';
import type { ConversationAddress } from '../../services/conversation-directory';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatInstantDate } from '../../i18n/format-date-time';
import { expandCard, type AdaptiveCardJson, type CardFact } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import confirmationTemplate from './delete-confirmation.card.json';
import myDataTemplate from './my-data.card.json';

/** What the my-data card summarises; the download holds the complete export. */
export interface MyDataSummary {
  memberships: ProgrammeMembership[];
  address?: ConversationAddress;
  refusals: number;
  downloadUrl: string;
}

/** What `my-data.card.json` reads. */
export interface MyDataCardData {
  title: string;
  intro: string;
  facts: CardFact[];
  download: string;
  downloadUrl: string;
  delete: string;
}

/** A readable summary of a person's data, with the full download and a way to delete it. */
export function myDataCard(t: Translate, summary: MyDataSummary): AdaptiveCardJson {
  const profiles = summary.memberships.flatMap(({ programme, profile }) =>
    profile
      ? [
          {
            title: t('privacy.myData.profile', { programme: asCardText(programme.name) }),
            value: t('privacy.myData.profileValue', {
              role: t(`onboarding.roles.${profile.role}`),
              department: asCardText(profile.department),
              location: asCardText(profile.location),
              date: formatInstantDate(profile.updatedAt, languageOfTranslate(t), profile.timeZone),
            }),
          },
        ]
      : [],
  );
  const address = summary.address;
  return expandCard<MyDataCardData>(myDataTemplate, {
    title: t('privacy.myData.title'),
    intro: profiles.length ? t('privacy.myData.intro') : `${t('privacy.myData.nothing')} ${t('privacy.myData.intro')}`,
    facts: [
      ...profiles,
      {
        title: t('privacy.myData.reachable'),
        value: address
          ? t('privacy.myData.reachableValue', { locale: address.locale ?? '–', timeZone: address.timeZone ?? '–' })
          : t('privacy.myData.notReachable'),
      },
      { title: t('privacy.myData.refusals'), value: String(summary.refusals) },
    ],
    download: t('privacy.myData.download'),
    downloadUrl: summary.downloadUrl,
    delete: t('privacy.myData.delete'),
  });
}

/** What `delete-confirmation.card.json` reads. */
export interface DeleteConfirmationCardData {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
}

/** Asks before deleting: the deletion cannot be undone. */
export function deleteConfirmationCard(t: Translate): AdaptiveCardJson {
  return expandCard<DeleteConfirmationCardData>(confirmationTemplate, {
    title: t('privacy.delete.title'),
    text: t('privacy.delete.text'),
    confirm: t('privacy.delete.confirm'),
    cancel: t('privacy.delete.cancel'),
  });
}
