import type { Programme } from '../../domain/programme/programme';
import { programmeText } from '../../domain/programme/programme-text';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format-date-time';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import template from './invitation.card.json';

/** What `invitation.card.json` reads; empty sponsor lines are hidden. */
export interface InvitationCardData {
  title: string;
  intro: string;
  sponsorIntro: string;
  sponsorText: string;
  next: string;
  start: string;
  programmeId: string;
}

/** Invites a person into an enrolling programme, opening with the sponsor's words. */
export function invitationCard(t: Translate, programme: Programme): AdaptiveCardJson {
  const language = languageOfTranslate(t);
  const { sponsor } = programmeText(programme, language);
  return expandCard<InvitationCardData>(template, {
    title: t('onboarding.invitation.title', { programme: asCardText(programme.name) }),
    intro: t('onboarding.invitation.intro', {
      meetings: programme.meetingsTarget,
      start: formatCalendarDate(programme.startDate, language),
      end: formatCalendarDate(programme.endDate, language),
    }),
    sponsorIntro: sponsor
      ? t('onboarding.invitation.sponsorIntro', {
          name: asCardText(sponsor.name),
          role: sponsor.role ? `, ${asCardText(sponsor.role)}` : '',
        })
      : '',
    sponsorText: sponsor ? t('onboarding.invitation.quote', { text: asCardText(sponsor.text) }) : '',
    next: t('onboarding.invitation.next'),
    start: t('onboarding.invitation.start'),
    programmeId: programme.id,
  });
}
