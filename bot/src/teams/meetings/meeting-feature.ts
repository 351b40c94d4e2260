import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AvailabilitySlot } from '../../domain/participant/availability';
import type { Profile } from '../../domain/participant/profile';
import type { Logger } from '../../logger';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MeetingService } from '../../services/meetings/meeting-service';
import type { PollService } from '../../services/polls/poll-service';
import type { PollMessages } from '../polls/poll-message';
import { programmeRef } from '../card-data';
import type { PairMessenger } from '../pair-messenger';
import { languageFor, tenantOf, translatorFor } from '../turn-info';
import type { DownloadLinks } from '../../services/privacy/download-links';
import type { Language } from '../../domain/language';
import type { Meeting } from '../../domain/meetings';
import type { AdaptiveCardJson } from '../cards/card-template';
import { meetingCard, type MeetingCardInput } from './meeting.cards';

/** What the meeting handlers need. */
export interface MeetingFeatureDeps {
  meetings: MeetingService;
  matching: MatchingService;
  messenger: PairMessenger;
  links: DownloadLinks;
  logger: Logger;
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

/** The signed .ics link of a planned meeting, valid until it ends; none for meetings no longer planned. */
export async function calendarUrlOf(deps: Pick<MeetingFeatureDeps, 'links'>, tenantId: string, meeting: Meeting, language: Language): Promise<string | undefined> {
  if (meeting.status !== 'planned') return undefined;
  return deps.links.calendarLink({ tenantId, programmeId: meeting.programmeId, pairId: meeting.pairId, meetingId: meeting.id, language }, new Date(meeting.endsAt));
}

/** The meeting card as the person acting in this turn reads it, with the calendar link. */
export async function meetingCardFor(deps: Pick<MeetingFeatureDeps, 'links'>, context: TurnContext, input: Omit<MeetingCardInput, 'calendarUrl'>): Promise<AdaptiveCardJson> {
  const calendarUrl = await calendarUrlOf(deps, tenantOf(context), input.meeting, languageFor(context));
  return meetingCard(translatorFor(context), { ...input, calendarUrl });
}

/** Slots both people marked: the first meeting is suggested on one of them. */
export function sharedSlots(people: readonly Profile[]): AvailabilitySlot[] {
  const [first, second] = people;
  return first && second ? first.availability.filter((slot) => second.availability.includes(slot)) : [];
}
