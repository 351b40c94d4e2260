import type { Language } from '../../domain/language';
import { linkProblem } from '../../domain/text';
import { formatDateTime } from '../../i18n/format-date-time';
import type { Translate } from '../../i18n';
import type { MentorKit } from '../../services/mentor-kit/mentor-kit-service';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText, cardLink } from '../cards/card-text';
import { channelLink, chatLinkTo, mailLinkTo } from './teams-links';
import template from './mentor-kit.card.json';

/** A section's text and its link ('' when there is none: the button is left out). */
interface KitSection {
  text: string;
  url: string;
}

/** What `mentor-kit.card.json` reads. */
export interface MentorKitCardData {
  title: string;
  intro: string;
  labels: Record<string, string>;
  materials: Array<{ link: string }>;
  coach: KitSection & { mailUrl: string };
  community: KitSection;
  briefing: KitSection;
}

/** How a reader sees the kit: their language and the zone the briefing's time is shown in. */
export interface KitReader {
  language: Language;
  timeZone: string;
}

/** The mentor kit: briefing materials, the coach, the community channel and the next briefing. */
export function mentorKitCard(t: Translate, reader: KitReader, kit: MentorKit): AdaptiveCardJson {
  return expandCard<MentorKitCardData>(template, {
    title: t('mentorKit.card.title', { programme: asCardText(kit.programme.name) }),
    intro: t('mentorKit.card.intro'),
    labels: t('mentorKit.card.labels', { returnObjects: true }) as Record<string, string>,
    materials: kit.materials.map((material) => ({ link: cardLink(material.title, material.url) })),
    coach: coachSection(t, kit),
    community: communitySection(t, kit),
    briefing: briefingSection(t, reader, kit),
  });
}

function coachSection(t: Translate, kit: MentorKit): MentorKitCardData['coach'] {
  const { coach } = kit;
  if (!coach) return { text: t('mentorKit.card.noCoach'), url: '', mailUrl: '' };
  return {
    text: t('mentorKit.card.coach', { name: asCardText(coach.name), email: asCardText(coach.email) }),
    url: chatLinkTo(coach.email),
    mailUrl: mailLinkTo(coach.email),
  };
}

function communitySection(t: Translate, kit: MentorKit): KitSection {
  const { community } = kit;
  if (!community) return { text: t('mentorKit.card.noCommunity'), url: '' };
  const url = channelLink(kit.programme.tenantId, community);
  const text = t(url ? 'mentorKit.card.communityLinked' : 'mentorKit.card.communityUnlinked', {
    channel: asCardText(community.name),
  });
  return { text, url: url ?? '' };
}

function briefingSection(t: Translate, reader: KitReader, kit: MentorKit): KitSection {
  const briefing = kit.nextBriefing;
  if (!briefing) return { text: t('mentorKit.card.noBriefing'), url: '' };
  const text = t('mentorKit.card.briefing', {
    title: asCardText(briefing.title),
    when: formatDateTime(briefing.startsAt, reader.language, reader.timeZone),
    minutes: briefing.durationMinutes,
  });
  // The port promises https; a link that is not is shown as no button rather than a bad one.
  return { text, url: linkProblem(briefing.joinUrl) ? '' : briefing.joinUrl.trim() };
}
