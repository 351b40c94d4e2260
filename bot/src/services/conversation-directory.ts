import type { ConversationScope } from '../domain/conversation-scope';

/**
 * Where and how to reach a person or a conversation later, without an incoming message.
 * `reference` is the Bot Framework conversation reference, kept opaque outside the Teams layer.
 */
export interface ConversationAddress {
  scope: ConversationScope;
  tenantId: string;
  /** The person's AAD object id for personal chats; the conversation id otherwise. */
  ownerId: string;
  conversationId: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
  /** Needed for proactive messages, which have no incoming activity to read them from. */
  locale?: string;
  timeZone?: string;
  displayName?: string;
  teamId?: string;
  updatedAt: Date;
}

/** A person's personal chat with Tandem, as much as sending to it needs. */
export type PersonalChat = Pick<ConversationAddress, 'ownerId' | 'reference'>;

/** The port for stored conversation addresses. */
export interface ConversationDirectory {
  /** Stores or refreshes an address. */
  remember(address: ConversationAddress): Promise<void>;
  /** Drops an address, e.g. when the app is uninstalled there. */
  forget(tenantId: string, scope: ConversationScope, ownerId: string): Promise<void>;
  /** The personal chat with a person, by AAD object id. */
  findPerson(tenantId: string, aadObjectId: string): Promise<ConversationAddress | undefined>;
  /**
   * Every personal chat in a tenant, in one read, as just the person and the reference: a
   * broadcast's fan-out looks up all its people at once.
   */
  personalChats(tenantId: string): Promise<PersonalChat[]>;
  /** A group chat or channel, by conversation id. */
  findConversation(
    tenantId: string,
    scope: Exclude<ConversationScope, 'personal'>,
    conversationId: string,
  ): Promise<ConversationAddress | undefined>;
}
