import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import type { CompletePair } from '../pair-messenger';
import template from './pair-greeting.card.json';

/** What `pair-greeting.card.json` reads. */
export interface PairGreetingCardData {
  greeting: string;
  tabHint: string;
  programmeId: string;
  pairId: string;
  userIds: string[];
}

/**
 * The greeting when Tandem joins a pair's chat, with how to pin the journey tab (Teams offers no
 * link that adds a configurable tab). Refreshed for each member into their own language.
 */
export function pairGreetingCard(
  t: Translate,
  full: CompletePair,
  view: { pairId: string; userIds: readonly string[] },
): AdaptiveCardJson {
  return expandCard<PairGreetingCardData>(template, {
    greeting: t('matching.chatBound', {
      mentor: asCardText(full.mentor.displayName),
      mentee: asCardText(full.mentee.displayName),
      programme: asCardText(full.programme.name),
    }),
    tabHint: t('matching.chatBoundTabHint'),
    programmeId: full.pair.programmeId,
    pairId: view.pairId,
    userIds: [...view.userIds],
  });
}
