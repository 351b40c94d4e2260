import { MessageFactory } from 'botbuilder';
import { languageOf } from '../../domain/language';
import type { Meeting } from '../../domain/meetings';
import type { Profile } from '../../domain/participant/profile';
import { translator } from '../../i18n';
import type { Logger } from '../../logger';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MeetingService } from '../../services/meetings/meeting-service';
import type { DownloadLinks } from '../../services/privacy/download-links';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { GatheredUpdates } from '../gathered-updates';
import { isComplete, type CompletePair, type PairMessenger } from '../pair-messenger';
import { calendarUrlOf } from './meeting-calendar';
import { meetingCard } from './meeting.cards';

/** Changes of one meeting within this time become one update of its chat message. */
export const MEETING_UPDATE_GATHER_MS = 250;

export interface MeetingMessagesDeps {
  meetings: MeetingService;
  matching: MatchingService;
  messenger: PairMessenger;
  links: DownloadLinks;
  logger: Logger;
}

/**
 * The meeting's message in the pair chat follows the meeting: whoever plans, moves, cancels,
 * links, checks in or decides its topic (a poll, on any instance's job), the message is updated
 * for both members. The version everyone shares is written for the mentee; its `refresh` makes
 * each member's client fetch {@link cardFor} them, in their own language and time zone.
 */
export class MeetingMessages {
  private readonly updates: GatheredUpdates;

  constructor(
    private readonly deps: MeetingMessagesDeps,
    gatherMs: number = MEETING_UPDATE_GATHER_MS,
  ) {
    this.updates = new GatheredUpdates(deps.logger, gatherMs);
  }

  /** The card of a meeting as `reader` sees it, with the calendar link and refresh for both members. */
  async cardFor(full: CompletePair, meeting: Meeting, reader: Profile, notice?: string): Promise<AdaptiveCardJson> {
    const people = [full.mentor, full.mentee];
    const [calendarUrl, userIds] = await Promise.all([
      calendarUrlOf(this.deps.links, full.pair.tenantId, meeting, languageOf(reader.locale)),
      this.deps.messenger.teamsUserIds(full.pair.tenantId, people),
    ]);
    return meetingCard(translator(languageOf(reader.locale)), {
      meeting,
      target: full.programme.meetingsTarget,
      people,
      calendarUrl,
      userIds,
      notice,
    });
  }

  /**
   * Shows a newly planned meeting in the pair chat: in the message it was planned from (the
   * form or plan card, which both then see turn into the meeting), else in a new message.
   */
  async show(full: CompletePair, meeting: Meeting, plannedFrom?: string): Promise<boolean> {
    if (plannedFrom) {
      await this.deps.meetings.rememberMessage(meeting, plannedFrom);
      return true;
    }
    const sent = await this.deps.messenger.toPairChat(full, await this.message(full, meeting));
    if (sent?.status === 'sent' && sent.activityId) await this.deps.meetings.rememberMessage(meeting, sent.activityId);
    return sent?.status === 'sent';
  }

  /** The meeting was written: its message, if it has one, is updated shortly (changes close together are gathered). */
  follow(meeting: Meeting): void {
    if (!meeting.messageId) return;
    this.updates.schedule(`${meeting.programmeId}|${meeting.pairId}|${meeting.id}`, () => this.update(meeting), {
      meetingId: meeting.id,
    });
  }

  /** Resolves when every scheduled update has run (tests, shutdown). */
  idle(): Promise<void> {
    return this.updates.idle();
  }

  private async update(written: Meeting): Promise<void> {
    const [full, meeting] = await Promise.all([
      this.deps.matching.pairWithPeopleForJob(written.programmeId, written.pairId),
      this.deps.meetings.meeting(written.programmeId, written.pairId, written.id),
    ]);
    if (!isComplete(full) || !meeting?.messageId) return;
    await this.deps.messenger.updateInPairChat(full, meeting.messageId, await this.message(full, meeting));
  }

  private async message(full: CompletePair, meeting: Meeting) {
    const card = MessageFactory.attachment(cardAttachment(await this.cardFor(full, meeting, full.mentee)));
    return () => card;
  }
}
