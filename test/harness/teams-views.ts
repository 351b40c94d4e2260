import type { ConnectorCall, FakeConnector } from './fake-connector';

/** Teams refreshes a card automatically for every member of a conversation up to this size; above it only for `refresh.userIds`. */
export const AUTOMATIC_REFRESH_MAX_MEMBERS = 60;

type Card = Record<string, any>;

/** A message of a conversation as one person sees it. */
export interface SeenMessage {
  /** The message's activity id (what an `Action.Execute` on it carries as `replyToId`). */
  id: string;
  /** The activity as the bot last posted or updated it (the version everyone shares). */
  activity: Record<string, any>;
  /** The card this person sees: their own invoke answer or refresh, else the shared card. */
  card?: Card;
  /** The message's text (cards have none or a fallback). */
  text: string;
}

/** The card an `Action.Execute` answered to one person, on one message. */
interface PrivateAnswer {
  conversationId: string;
  messageId: string;
  userId: string;
  card: Card;
  /** How many connector calls had been made when the answer arrived: a later update of the message replaces it. */
  afterCall: number;
}

interface Posted {
  id: string;
  activity: Record<string, any>;
  /** Index of the connector call that last posted or updated it. */
  lastWrite: number;
}

/**
 * What the fake Teams clients show. Every message has one version everyone sees: what the bot
 * posted or last updated through the Bot Connector. A person who pressed an `Action.Execute`
 * button sees the card answered to them instead, until the bot updates the message again. A
 * card with `refresh` is fetched again by a viewer's client (see `shouldRefresh`), and that
 * answer is again only theirs.
 */
export class TeamsViews {
  private readonly answers: PrivateAnswer[] = [];

  constructor(private readonly connector: FakeConnector) {}

  /** Records the card an invoke answered to `userId` on message `messageId`. */
  recordAnswer(conversationId: string, messageId: string, userId: string, card: Card): void {
    this.answers.push({
      conversationId: baseId(conversationId),
      messageId,
      userId,
      card,
      afterCall: this.connector.calls.length,
    });
  }

  /** The messages of a conversation as `userId` holds them now, oldest first, without refreshing anything. */
  held(userId: string, conversationId: string): SeenMessage[] {
    return this.posted(baseId(conversationId)).map((message) => {
      const mine = this.answers
        .filter(
          (a) =>
            a.conversationId === baseId(conversationId) &&
            a.messageId === message.id &&
            a.userId === userId &&
            a.afterCall > message.lastWrite,
        )
        .at(-1);
      return {
        id: message.id,
        activity: message.activity,
        card: mine?.card ?? sharedCard(message.activity),
        text: String(message.activity.text ?? ''),
      };
    });
  }

  /** True when this viewer's client fetches the card again by itself (Teams' rule for automatic refresh). */
  shouldRefresh(userId: string, conversationId: string, card: Card | undefined): boolean {
    if (!card?.refresh?.action) return false;
    const members = this.connector.membersOf(baseId(conversationId));
    if (members.length > AUTOMATIC_REFRESH_MAX_MEMBERS) return (card.refresh.userIds ?? []).includes(userId);
    return members.length === 0 || members.some((m) => m.id === userId);
  }

  /** The latest message `userId` holds whose card has an `Action.Execute` with this verb (the button they would press). */
  messageWithVerb(userId: string, conversationId: string, verb: string): SeenMessage | undefined {
    return this.held(userId, conversationId)
      .filter((message) => executeActionsOf(message.card).some((a) => a.verb === verb))
      .at(-1);
  }

  /** Messages the bot posted in a conversation, with their last version, in order of posting. */
  private posted(conversationId: string): Posted[] {
    const messages = new Map<string, Posted>();
    this.connector.calls.forEach((call, index) => {
      if (call.status >= 300) return;
      const target = targetOf(call);
      if (!target || target.conversationId !== conversationId) return;
      if (call.kind === 'delete') messages.delete(target.activityId);
      else if (call.kind === 'update') {
        const known = messages.get(target.activityId);
        if (known) messages.set(target.activityId, { ...known, activity: call.body ?? {}, lastWrite: index });
      } else if (target.activity.type === 'message')
        messages.set(target.activityId, { id: target.activityId, activity: target.activity, lastWrite: index });
    });
    return [...messages.values()];
  }
}

/** The `Action.Execute` buttons of a card a person can press (the `refresh` action is the client's, not a button). */
export function executeActionsOf(card: Card | undefined): Array<Record<string, any>> {
  const found: Array<Record<string, any>> = [];
  const visit = (value: unknown, key?: string) => {
    if (key === 'refresh' || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item));
    const object = value as Record<string, any>;
    if (object.type === 'Action.Execute') found.push(object);
    Object.entries(object).forEach(([k, v]) => visit(v, k));
  };
  visit(card);
  return found;
}

function targetOf(
  call: ConnectorCall,
): { conversationId: string; activityId: string; activity: Record<string, any> } | undefined {
  if (call.kind === 'create-conversation') {
    const activity = call.body?.activity as Record<string, any> | undefined;
    if (!activity || !call.created?.conversationId || !call.created.activityId) return undefined;
    return { conversationId: baseId(call.created.conversationId), activityId: call.created.activityId, activity };
  }
  const activityId = call.kind === 'send' || call.kind === 'reply' ? call.created?.activityId : call.activityId;
  if (!activityId || !call.conversationId) return undefined;
  return { conversationId: baseId(call.conversationId), activityId, activity: call.body ?? {} };
}

function sharedCard(activity: Record<string, any>): Card | undefined {
  return activity.attachments?.find(
    (a: { contentType: string }) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  )?.content;
}

/** A channel thread's id carries `;messageid=…`; the conversation is the channel. */
function baseId(conversationId: string): string {
  return conversationId.split(';')[0]!;
}
