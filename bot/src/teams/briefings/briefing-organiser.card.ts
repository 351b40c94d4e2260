import type { Briefing, RsvpCounts } from '../../domain/briefings';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardFact, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { briefingFacts } from './briefing-facts';
import template from './briefing-organiser.card.json';

/** HR's card: a draft to send or edit, then the live answers with who accepted. */
export interface OrganiserInput {
  briefing: Briefing;
  /** HR's time zone. */
  timeZone: string;
  counts?: RsvpCounts;
  acceptedNames?: string[];
  /** The admin who looks: their client refreshes the card with the current answers. */
  userIds: string[];
}

/** What `briefing-organiser.card.json` reads. */
export interface OrganiserCardData {
  labels: CardLabels;
  heading: string;
  intro: string;
  facts: CardFact[];
  sent: boolean;
  countsLine: string;
  acceptedList: string;
  programmeId: string;
  briefingId: string;
  userIds: string[];
}

/** HR's view of a briefing: the preview's review step, or, once sent, the answers as they come in. */
export function organiserCard(t: Translate, input: OrganiserInput): AdaptiveCardJson {
  const { briefing } = input;
  const sent = briefing.status === 'sent';
  const names = input.acceptedNames ?? [];
  const counts = input.counts ?? { accepted: 0, declined: 0 };
  return expandCard<OrganiserCardData>(template, {
    labels: t('briefings.organiser', { returnObjects: true }),
    heading: t('briefings.invitation.heading', { title: asCardText(briefing.title) }),
    intro: t(sent ? 'briefings.organiser.sent' : 'briefings.organiser.previewIntro'),
    facts: [
      ...briefingFacts(t, briefing, input.timeZone),
      { title: t('briefings.organiser.invitees'), value: t(`briefings.audiences.${briefing.audience}`) },
    ],
    sent,
    countsLine: t('briefings.organiser.counts', { ...counts }),
    acceptedList: names.length > 0 ? names.map(asCardText).join(', ') : t('briefings.organiser.nobodyYet'),
    programmeId: briefing.programmeId,
    briefingId: briefing.id,
    userIds: input.userIds,
  });
}
