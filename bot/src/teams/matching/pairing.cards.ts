import type { Language } from '../../domain/language';
import type { Pair } from '../../domain/pairing/pair';
import { pairIdOf } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardFact } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import confirmationTemplate from './pair-confirmation.card.json';
import introductionTemplate from './introduction.card.json';
import { fitReasonText } from '../../i18n/fit-reason-text';

/** One reason a pair fits, in words. */
export interface FitReasonLine {
  text: string;
}

/** What `pair-confirmation.card.json` reads. */
export interface PairConfirmationCardData {
  title: string;
  intro: string;
  why: string;
  reasons: FitReasonLine[];
  question: string;
  yes: string;
  no: string;
  programmeId: string;
  pairId: string;
}

/** Asks the mentee (the executive) to confirm the match before anyone else hears of it. */
export function pairConfirmationCard(
  t: Translate,
  language: Language,
  programme: Programme,
  pair: Pair,
  mentor: Profile,
): AdaptiveCardJson {
  return expandCard<PairConfirmationCardData>(confirmationTemplate, {
    title: t('matching.confirm.title'),
    intro: t('matching.confirm.intro', {
      mentor: asCardText(mentor.displayName),
      department: asCardText(mentor.department),
      programme: asCardText(programme.name),
    }),
    why: t('matching.confirm.why'),
    reasons: pair.reasons.map((reason) => ({ text: asCardText(fitReasonText(t, language, programme.topics, reason)) })),
    question: t('matching.confirm.question'),
    yes: t('matching.confirm.yes'),
    no: t('matching.confirm.no'),
    programmeId: programme.id,
    pairId: pairIdOf(pair.mentorId, pair.menteeId),
  });
}

/** What `introduction.card.json` reads; an empty `chatLink` hides the open-chat button. */
export interface IntroductionCardData {
  title: string;
  facts: CardFact[];
  why: string;
  reasons: FitReasonLine[];
  next: string;
  openChat: string;
  chatLink: string;
}

/**
 * Introduces the partner to one of the two, with why they were matched and a link that opens a
 * group chat with both (and Tandem, where the bot id is known) under a recognisable name.
 */
export function introductionCard(
  t: Translate,
  language: Language,
  input: { programme: Programme; pair: Pair; reader: Profile; partner: Profile; botAppId: string },
): AdaptiveCardJson {
  const { programme, pair, reader, partner } = input;
  const topicName = (key: string) => programme.topics.find((topic) => topic.key === key)?.names[language] ?? key;
  return expandCard<IntroductionCardData>(introductionTemplate, {
    title: t('matching.intro.title', { name: asCardText(partner.displayName) }),
    facts: [
      {
        title: t('matching.intro.role'),
        value: t(partner.role === 'mentor' ? 'matching.intro.mentorRole' : 'matching.intro.menteeRole'),
      },
      { title: t('matching.intro.department'), value: asCardText(partner.department) },
      {
        title: t('matching.intro.topics'),
        value: asCardText([...partner.topics.map(topicName), partner.ownTopics].filter(Boolean).join(', ')) || '–',
      },
      { title: t('matching.intro.goals'), value: asCardText(partner.goals) || '–' },
      {
        title: t('matching.intro.availability'),
        value: partner.availability.map((slot) => t(`onboarding.slots.${slot}`)).join(', ') || '–',
      },
    ],
    why: t('matching.intro.why'),
    reasons: pair.reasons.map((reason) => ({ text: asCardText(fitReasonText(t, language, programme.topics, reason)) })),
    next: t('matching.intro.next'),
    openChat: t('matching.intro.openChat'),
    chatLink: groupChatLink(t, reader, partner, input.botAppId),
  });
}

/** Teams' deep link to a new group chat; it needs both sign-in addresses, so it is empty without them. */
export function groupChatLink(t: Translate, reader: Profile, partner: Profile, botAppId: string): string {
  if (!reader.userPrincipalName || !partner.userPrincipalName) return '';
  const [mentor, mentee] = reader.role === 'mentor' ? [reader, partner] : [partner, reader];
  const users = [mentor.userPrincipalName, mentee.userPrincipalName, ...(botAppId ? [`28:${botAppId}`] : [])].join(',');
  const topic = t('matching.intro.chatTopic', { a: firstName(mentor.displayName), b: firstName(mentee.displayName) });
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(users)}&topicName=${encodeURIComponent(topic)}`;
}

function firstName(displayName: string): string {
  return displayName.split(/\s+/)[0] ?? displayName;
}
