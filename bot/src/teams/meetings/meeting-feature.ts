import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AvailabilitySlot } from '../../domain/participant/availability';
import type { Profile } from '../../domain/participant/profile';
import type { Logger } from '../../logger';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MeetingService } from '../../services/meetings/meeting-service';
import type { PollService } from '../../services/polls/poll-service';
import type { Actor } from '../../services/versioned';
import type { PollMessages } from '../polls/poll-message';
import { parseCardData, programmeRef } from '../card-data';
import { isComplete, type CompletePair, type PairMessenger } from '../pair-messenger';
import { actorOf } from '../actor';
import { localeOf, translatorFor } from '../turn-info';
import type { DownloadLinks } from '../../services/privacy/download-links';
import type { MeetingMessages } from './meeting-messages';

/** What the meeting handlers need. */
export interface MeetingFeatureDeps {
  meetings: MeetingService;
  matching: MatchingService;
  messenger: PairMessenger;
  links: DownloadLinks;
  logger: Logger;
  /** Keeps each meeting's pair-chat message current for both members. */
  meetingMessages: MeetingMessages;
  /** A cancelled meeting's open polls close without a topic, and their chat messages follow. */
  polls: Pick<PollService, 'withdrawForMeeting'>;
  pollMessages: Pick<PollMessages, 'refresh'>;
}

/** Card data naming a pair, and a meeting of it; everything else on a card is form input. */
export const pairRef = programmeRef.extend({ pairId: z.string().min(3).max(140) });
export const meetingRef = pairRef.extend({ meetingId: z.string().uuid(), reason: z.string().max(300).optional() });

/** A service failure in the reader's words (an unknown reason falls back to the generic apology). */
export function failureText(context: TurnContext, reason: string): string {
  const t = translatorFor(context);
  return t(`meetings.failures.${reason}`, { defaultValue: t('errors.turnFailed') });
}

/** A member of a pair acting in this turn. */
export interface ActingMember {
  actor: Actor;
  full: CompletePair;
  /** Their profile, read in the language their Teams client uses now. */
  me: Profile;
}

/** The pair with both people loaded and which of them is acting in this turn; undefined for anyone else. */
export async function memberOfPair(deps: Pick<MeetingFeatureDeps, 'matching'>, context: TurnContext, ref: { programmeId: string; pairId: string }): Promise<ActingMember | undefined> {
  const actor = await actorOf(context);
  const full = await deps.matching.pairWithPeople(actor.tenantId, ref.programmeId, ref.pairId);
  const me = isComplete(full) ? [full.mentor, full.mentee].find((p) => p.aadObjectId === actor.aadObjectId) : undefined;
  return me && isComplete(full) ? { actor, full, me: { ...me, locale: localeOf(context) ?? me.locale } } : undefined;
}

/**
 * The prologue of every pair action on a card: parse the client's data with its schema, check
 * that the one who pressed is a member of that pair, then `run`. Bad data and outsiders get the
 * standard answer in their language and change nothing.
 */
export async function asMember<T extends { programmeId: string; pairId: string }, R>(
  deps: Pick<MeetingFeatureDeps, 'matching'>,
  context: TurnContext,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  raw: unknown,
  run: (member: ActingMember, data: T) => Promise<R | string>,
): Promise<R | string> {
  const data = parseCardData(schema, raw);
  if (!data) return translatorFor(context)('errors.invalidCardData');
  const member = await memberOfPair(deps, context, data);
  return member ? run(member, data) : failureText(context, 'not-your-pair');
}

/** Slots both people marked: the first meeting is suggested on one of them. */
export function sharedSlots(people: readonly Profile[]): AvailabilitySlot[] {
  const [first, second] = people;
  return first && second ? first.availability.filter((slot) => second.availability.includes(slot)) : [];
}
