import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AvailabilitySlot } from '../../domain/participant/availability';
import type { Profile } from '../../domain/participant/profile';
import type { Logger } from '../../logger';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MeetingService } from '../../services/meetings/meeting-service';
import { programmeRef } from '../card-data';
import type { PairMessenger } from '../pair-messenger';
import { translatorFor } from '../turn-info';

/** What the meeting handlers need. */
export interface MeetingFeatureDeps {
  meetings: MeetingService;
  matching: MatchingService;
  messenger: PairMessenger;
  logger: Logger;
}

/** Card data naming a pair, and a meeting of it; everything else on a card is form input. */
export const pairRef = programmeRef.extend({ pairId: z.string().min(3).max(140) });
export const meetingRef = pairRef.extend({ meetingId: z.string().uuid(), reason: z.string().max(300).optional() });

/** A service failure in the reader's words (an unknown reason falls back to the generic apology). */
export function failureText(context: TurnContext, reason: string): string {
  const t = translatorFor(context);
  return t(`meetings.failures.${reason}`, { defaultValue: t('errors.turnFailed') });
}

/** Slots both people marked: the first meeting is suggested on one of them. */
export function sharedSlots(people: readonly Profile[]): AvailabilitySlot[] {
  const [first, second] = people;
  return first && second ? first.availability.filter((slot) => second.availability.includes(slot)) : [];
}
