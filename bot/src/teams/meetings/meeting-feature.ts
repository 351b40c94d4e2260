import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AvailabilitySlot } from '../../domain/participant/availability';
import type { Profile } from '../../domain/participant/profile';
import type { Translate } from '../../i18n';
import type { Logger } from '../../logger';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MeetingService, MeetingServiceFailure } from '../../services/meetings/meeting-service';
import type { PollService } from '../../services/polls/poll-service';
import type { PollMessages } from '../polls/poll-message';
import { cardActions, type OnCardAction } from '../cards/card-action';
import type { PairMessenger } from '../pair-messenger';
import type { DownloadLinks } from '../../services/privacy/download-links';
import type { MeetingMessages } from './meeting-messages';

export { meetingRef, pairRef, type ActingMember } from '../pair-member';

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

/** What the meeting cards refuse with: the service's reasons, and the cards' own readings of bad input. */
export type MeetingRefusal = MeetingServiceFailure | 'invalid-time' | 'invalid-join-link';

/** A sentence for every refusal: a new reason without one does not compile. */
const MEETING_REFUSALS = {
  'not-found': 'meetings.failures.not-found',
  'not-your-pair': 'meetings.failures.not-your-pair',
  busy: 'meetings.failures.busy',
  'invalid-input': 'errors.turnFailed',
  'in-the-past': 'meetings.failures.in-the-past',
  'after-programme-end': 'meetings.failures.after-programme-end',
  'target-reached': 'meetings.failures.target-reached',
  'already-planned': 'meetings.failures.already-planned',
  overlaps: 'meetings.failures.overlaps',
  'not-planned': 'meetings.failures.not-planned',
  'same-time': 'meetings.failures.same-time',
  'already-checked-in': 'meetings.failures.already-checked-in',
  'not-started-yet': 'meetings.failures.not-started-yet',
  'invalid-time': 'meetings.failures.invalid-time',
  'invalid-join-link': 'meetings.failures.invalid-join-link',
} as const satisfies Record<MeetingRefusal, string>;

/** A meeting refusal in the reader's words. */
export function meetingRefusalText(t: Translate, reason: MeetingRefusal): string {
  return t(MEETING_REFUSALS[reason]);
}

/** Registers the meeting cards' verbs: their refusals read as {@link meetingRefusalText}. */
export function meetingActions(
  app: Application<TurnState>,
  deps: Pick<MeetingFeatureDeps, 'logger'>,
): OnCardAction<MeetingRefusal> {
  return cardActions<MeetingRefusal>(app, { logger: deps.logger, refusals: meetingRefusalText });
}

/** Slots both people marked: the first meeting is suggested on one of them. */
export function sharedSlots(people: readonly Profile[]): AvailabilitySlot[] {
  const [first, second] = people;
  return first && second ? first.availability.filter((slot) => second.availability.includes(slot)) : [];
}
