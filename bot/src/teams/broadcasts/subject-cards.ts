import type { Broadcast, BroadcastSubject } from '../../domain/broadcasts/broadcast';
import type { Recipient } from '../../domain/broadcasts';
import type { Language } from '../../domain/language';
import type { AdaptiveCardJson } from '../cards/card-template';

/** Who a feature's card is for: one person in their language, or a channel (every language). */
export interface SubjectReader {
  kind: 'person' | 'channel';
  /** The person's AAD object id, or the channel kind (`news`, `community`). */
  target: string;
  /** One language for a person; both for a channel, whose readers each read their own. */
  languages: Language[];
}

/**
 * Draws the card one recipient of a feature's broadcast gets. Registered per subject kind;
 * the broadcast worker asks it once per recipient, so a maker may give each person their own
 * card (their own answer, `refresh.userIds`), and caches what is the same for everyone itself.
 */
export interface SubjectCardMaker {
  /** The card for this reader, or undefined when the item is gone (the delivery then fails as rejected). */
  cardFor(
    broadcast: Broadcast & { subject: BroadcastSubject },
    reader: SubjectReader,
  ): Promise<AdaptiveCardJson | undefined>;
}

/**
 * The card makers of the features that broadcast their own items, by subject kind. Built
 * once at composition; each feature registers its maker there (`register('briefing', …)`),
 * before the broadcast worker starts.
 */
export class SubjectCardMakers {
  private readonly makers = new Map<string, SubjectCardMaker>();

  /** Registers the maker for a kind; a kind has one maker. */
  register(kind: string, maker: SubjectCardMaker): void {
    if (this.makers.has(kind)) throw new Error(`a card maker for broadcast subject "${kind}" is already registered`);
    this.makers.set(kind, maker);
  }

  /** The card for one recipient of a subject broadcast; undefined when no maker knows the kind or the item is gone. */
  async cardFor(
    broadcast: Broadcast & { subject: BroadcastSubject },
    recipient: Recipient,
  ): Promise<AdaptiveCardJson | undefined> {
    const maker = this.makers.get(broadcast.subject.kind);
    return maker?.cardFor(broadcast, {
      kind: recipient.kind,
      target: recipient.target,
      languages: recipient.language === 'all' ? ['de', 'en'] : [recipient.language],
    });
  }
}
