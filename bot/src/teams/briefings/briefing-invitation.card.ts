import type { Briefing, RsvpAnswer } from '../../domain/briefings';
import type { Translate } from '../../i18n';
import { formatDateTime } from '../../i18n/format-date-time';
import { languageOfTranslate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardFact, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { briefingFacts } from './briefing-facts';
import template from './briefing-invitation.card.json';

/** What one invitee's card shows: their own answer and the count accepted, never who. */
export interface InvitationInput {
  briefing: Briefing;
  /** The reader's time zone (their profile's). */
  timeZone: string;
  accepted: number;
  mine?: RsvpAnswer;
  /** The reader: their client refreshes the card to their own state. Empty for HR's preview. */
  userIds: string[];
  /** HR's preview shows the card without answer buttons. */
  preview?: boolean;
  /** A reminder puts a line above the invitation. */
  reminder?: boolean;
}

/** What `briefing-invitation.card.json` reads. */
export interface InvitationCardData {
  labels: CardLabels;
  notice: string;
  heading: string;
  facts: CardFact[];
  agenda: string;
  materials: string;
  acceptedLine: string;
  mineLine: string;
  joinUrl: string;
  answerable: boolean;
  programmeId: string;
  briefingId: string;
  userIds: string[];
}

const MINE_KEYS = { accepted: 'briefings.invitation.mineAccepted', declined: 'briefings.invitation.mineDeclined' };

/** The invitation as one invitee sees it, in their language and time zone; HR's preview uses it too. */
export function invitationCard(t: Translate, input: InvitationInput): AdaptiveCardJson {
  const { briefing } = input;
  const when = formatDateTime(briefing.startsAt, languageOfTranslate(t), input.timeZone);
  return expandCard<InvitationCardData>(template, {
    labels: t('briefings.invitation', { returnObjects: true }),
    notice: input.reminder ? t('briefings.invitation.reminder', { when: `${when} (${input.timeZone})` }) : '',
    heading: t('briefings.invitation.heading', { title: asCardText(briefing.title) }),
    facts: briefingFacts(t, briefing, input.timeZone),
    agenda: asCardText(briefing.agenda ?? ''),
    materials: asCardText(briefing.materials ?? ''),
    acceptedLine: t('briefings.invitation.accepted', { count: input.accepted }),
    mineLine: input.preview ? '' : t(input.mine ? MINE_KEYS[input.mine] : 'briefings.invitation.mineNone'),
    joinUrl: briefing.joinUrl,
    answerable: !input.preview,
    programmeId: briefing.programmeId,
    briefingId: briefing.id,
    userIds: input.userIds,
  });
}
