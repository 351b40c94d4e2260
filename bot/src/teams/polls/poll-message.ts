import { MessageFactory } from 'botbuilder';
import type { Poll } from '../../domain/polls';
import type { Logger } from '../../logger';
import type { MatchingService } from '../../services/matching/matching-service';
import type { PollService, PollView } from '../../services/polls/poll-service';
import { cardAttachment } from '../cards/card-template';
import { GatheredUpdates } from '../gathered-updates';
import { isComplete, type CompletePair, type KnownUser, type MessageFor, type PairMessenger } from '../pair-messenger';
import { pollCard } from './poll.cards';

/** At most about four updates a second per poll, well inside Teams' 7-per-second limit of a chat. */
export const POLL_UPDATE_GATHER_MS = 250;

/**
 * Keeps the poll's chat message current for everyone: after a vote, a new option or the
 * decision, the message is replaced by the shared view, and the members' Teams clients then
 * refresh it to their own view. Updates of one poll are gathered (see {@link GatheredUpdates}).
 */
export class PollMessages {
  private readonly updates: GatheredUpdates;

  constructor(
    private readonly deps: {
      polls: PollService;
      matching: MatchingService;
      messenger: PairMessenger;
      logger: Logger;
    },
    /** How long presses are gathered before one update: a burst of votes becomes a few updates at most. */
    gatherMs: number = POLL_UPDATE_GATHER_MS,
  ) {
    this.updates = new GatheredUpdates(deps.logger, gatherMs);
  }

  /** Posts the shared view of a poll to the pair's chat (written for the mentee, like every shared card) and remembers the message. */
  async post(view: PollView, full: CompletePair): Promise<boolean> {
    const message = await this.message(view);
    const sent = await this.deps.messenger.toPairChat(full, message);
    if (sent?.status === 'sent' && sent.activityId) await this.deps.polls.rememberMessage(view.poll, sent.activityId);
    return sent?.status === 'sent';
  }

  /** Schedules an update of the poll's message; returns at once (the invoke must answer fast). */
  refresh(poll: Poll): void {
    this.updates.schedule(`${poll.programmeId}|${poll.pairId}|${poll.id}`, () => this.update(poll), {
      pollId: poll.id,
    });
  }

  /** Resolves when every scheduled update has run (tests, shutdown). */
  idle(): Promise<void> {
    return this.updates.idle();
  }

  private async update(poll: Poll): Promise<void> {
    const full = await this.deps.matching.pairWithPeopleForJob(poll.programmeId, poll.pairId);
    const view = await this.deps.polls.viewWithoutMemberCheck(poll.programmeId, poll.pairId, poll.id);
    if (!isComplete(full) || !view?.activityId) return;
    await this.deps.messenger.updateInPairChat(full, view.activityId, await this.message(view));
  }

  /** The shared view, for the messenger to write in the mentee's language; each member's client refreshes it. */
  private async message(view: PollView): Promise<MessageFor> {
    const userIds = await pollMemberIds(this.deps.messenger, view.poll);
    return (t) => MessageFactory.attachment(cardAttachment(pollCard(t, view, { userIds })));
  }
}

/** The Teams ids of a poll's two members, for its card's `refresh.userIds`. */
export function pollMemberIds(messenger: Pick<PairMessenger, 'teamsUserIds'>, poll: Poll, known?: KnownUser) {
  return messenger.teamsUserIds(poll.tenantId, [{ aadObjectId: poll.mentorId }, { aadObjectId: poll.menteeId }], known);
}
