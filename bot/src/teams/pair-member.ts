import { z } from 'zod';
import type { Profile } from '../domain/participant/profile';
import type { MatchingService } from '../services/matching/matching-service';
import type { Actor } from '../services/versioned';
import { programmeRef } from './card-data';
import { refuse, type CardAction, type CardActionHandler, type CardAnswer } from './cards/card-action';
import { isComplete, type CompletePair } from './pair-messenger';
import { localeOf } from './turn-info';

/** Card data naming a pair, and a meeting of it; everything else on a card is form input. */
export const pairRef = programmeRef.extend({ pairId: z.string().min(3).max(140) });
export const meetingRef = pairRef.extend({ meetingId: z.string().uuid(), reason: z.string().max(300).optional() });

/** A member of a pair acting in this turn. */
export interface ActingMember {
  actor: Actor;
  full: CompletePair;
  /** Their profile, read in the language their Teams client uses now. */
  me: Profile;
}

/** The pair with both people loaded and which of them is acting; undefined for anyone else. */
export async function memberOfPair(
  matching: Pick<MatchingService, 'pairWithPeople'>,
  actor: Actor,
  locale: string | undefined,
  ref: { programmeId: string; pairId: string },
): Promise<ActingMember | undefined> {
  const full = await matching.pairWithPeople(actor.tenantId, ref.programmeId, ref.pairId);
  const me = isComplete(full) ? [full.mentor, full.mentee].find((p) => p.aadObjectId === actor.aadObjectId) : undefined;
  return me && isComplete(full) ? { actor, full, me: { ...me, locale: locale ?? me.locale } } : undefined;
}

/**
 * A card action only the pair's two members may take: anyone else is refused with
 * `not-your-pair` and changes nothing. Wraps a handler for {@link cardActions}.
 */
export function asPairMember<T extends { programmeId: string; pairId: string }, R extends string>(
  matching: Pick<MatchingService, 'pairWithPeople'>,
  handler: (action: CardAction<T>, member: ActingMember) => Promise<CardAnswer<R>>,
): CardActionHandler<T, R | 'not-your-pair'> {
  return async (action) => {
    const member = await memberOfPair(matching, action.actor, localeOf(action.context), action.data);
    return member ? handler(action, member) : refuse('not-your-pair');
  };
}
