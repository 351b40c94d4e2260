import { MessageFactory } from 'botbuilder';
import { versionsFor, type Broadcast, type DeliveryOutcome, type Recipient } from '../../domain/broadcasts';
import { languageOf } from '../../domain/language';
import { translator } from '../../i18n';
import type { ChannelSettings, BroadcastDelivery } from '../../services/broadcasts/broadcast-ports';
import type { BroadcastProgress } from '../../services/broadcasts/broadcast-fan-out';
import { BoundedCache } from '../../services/bounded-cache';
import type { ConversationAddress, ConversationDirectory } from '../../services/conversation-directory';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import type { ProactiveSender, SendOutcome } from '../proactive';
import { newsCard } from './news.card';
import { reportCard } from './report.cards';
import type { SubjectCardMakers } from './subject-cards';

/** Cards kept: one per language of the few broadcasts being sent at once, with room to spare. */
const CARDS_KEPT = { maxEntries: 50, maxAgeMs: Number.POSITIVE_INFINITY };

/**
 * Sends each recipient's card through the proactive sender (rate limits, retries) and keeps the
 * report card current. News gets its news card; a broadcast with a `subject` gets the card its
 * feature's maker draws for that recipient (see `SubjectCardMakers`).
 */
export class TeamsBroadcastDelivery implements BroadcastDelivery {
  /** Each broadcast has one card per language; expanding the template once each, not once per recipient. */
  private readonly cards = new BoundedCache<AdaptiveCardJson>(CARDS_KEPT, () => Date.now());

  constructor(
    private readonly directory: ConversationDirectory,
    private readonly channels: ChannelSettings,
    private readonly proactive: ProactiveSender,
    private readonly subjectCards?: SubjectCardMakers,
  ) {}

  async deliver(broadcast: Broadcast, recipient: Recipient): Promise<DeliveryOutcome> {
    const reference = recipient.conversation ?? (await this.addressOf(broadcast, recipient))?.reference;
    if (!reference) return { status: 'not-reachable', reason: 'no-conversation', attempts: 0 };
    const card = broadcast.subject
      ? await this.subjectCards?.cardFor({ ...broadcast, subject: broadcast.subject }, recipient)
      : this.newsCardFor(broadcast, recipient);
    // No card means the item is gone or its feature is not wired here: nothing is sent, and HR's report says so.
    if (!card) return { status: 'failed', reason: 'rejected', attempts: 0 };
    return deliveryOutcome(await this.proactive.send(reference, MessageFactory.attachment(cardAttachment(card))));
  }

  /**
   * Replaces a channel post of this broadcast with another card (a practice withdrawn since).
   * False when it was never posted or the channel cannot be reached any more.
   */
  async replacePost(broadcast: Broadcast, recipient: Recipient, card: AdaptiveCardJson): Promise<boolean> {
    if (recipient.kind !== 'channel' || !recipient.activityId) return false;
    const reference = (await this.addressOf(broadcast, recipient))?.reference;
    if (!reference) return false;
    const message = MessageFactory.attachment(cardAttachment(card));
    return (await this.proactive.update(reference, recipient.activityId, message)).status === 'sent';
  }

  private newsCardFor(broadcast: Broadcast, recipient: Recipient): AdaptiveCardJson {
    const versions = versionsFor(broadcast.content, recipient.language);
    const key = `${broadcast.id}|${versions.join(',')}`;
    let card = this.cards.get(key);
    if (!card) {
      card = newsCard(broadcast.content, versions);
      this.cards.set(key, card);
    }
    return card;
  }

  async showProgress({ broadcast, counts }: BroadcastProgress): Promise<void> {
    const report = broadcast.report;
    if (!report) return;
    const timeZone = (await this.directory.findPerson(broadcast.tenantId, broadcast.createdBy))?.timeZone ?? 'UTC';
    const card = reportCard(translator(languageOf(report.locale)), { broadcast, counts, timeZone });
    await this.proactive.update(report.reference, report.activityId, MessageFactory.attachment(cardAttachment(card)));
  }

  private async addressOf(broadcast: Broadcast, recipient: Recipient): Promise<ConversationAddress | undefined> {
    if (recipient.kind === 'person') return this.directory.findPerson(broadcast.tenantId, recipient.target);
    const channel = (await this.channels.channels(broadcast.tenantId, broadcast.programmeId)).get(
      recipient.target as 'news' | 'community',
    );
    return channel && this.directory.findConversation(broadcast.tenantId, 'channel', channel.conversationId);
  }
}

/** What a send's outcome means for the recipient's row; ambiguous failures are named as such. */
export function deliveryOutcome(outcome: SendOutcome): DeliveryOutcome {
  const { attempts } = outcome;
  if (outcome.status === 'sent') return { status: 'sent', attempts, activityId: outcome.activityId };
  if (outcome.status === 'not-reachable')
    return {
      status: 'not-reachable',
      reason: outcome.httpStatus === 403 ? 'app-removed' : 'conversation-not-found',
      httpStatus: outcome.httpStatus,
      attempts,
    };
  const httpStatus = outcome.httpStatus;
  if (outcome.reason === 'timeout') return { status: 'failed', reason: 'outcome-unknown-timeout', attempts };
  if (outcome.ambiguous) return { status: 'failed', reason: 'outcome-unknown-server-error', httpStatus, attempts };
  if (httpStatus === 429) return { status: 'failed', reason: 'throttled', httpStatus, attempts };
  return {
    status: 'failed',
    reason: httpStatus === 412 || (httpStatus ?? 0) >= 500 ? 'teams-unavailable' : 'rejected',
    httpStatus,
    attempts,
  };
}
