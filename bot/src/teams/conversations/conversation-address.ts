import { TurnContext } from 'botbuilder';
import type { ConversationAddress } from '../../services/conversation-directory';
import { clientInfoOf, localeOf, scopeOf, tenantOf } from '../turn-info';

interface TeamsChannelData {
  team?: { id?: string };
  channel?: { id?: string; name?: string };
}

/**
 * The address to reach this turn's conversation again later. A channel reply carries
 * `;messageid=…` in its conversation id; we store the bare channel so later posts start
 * their own thread instead of landing in someone's reply chain.
 */
export function conversationAddressOf(context: TurnContext, now: Date): ConversationAddress {
  const activity = context.activity;
  const scope = scopeOf(context);
  const conversationId = scope === 'channel' ? activity.conversation.id.split(';')[0]! : activity.conversation.id;
  const reference = TurnContext.getConversationReference(activity);
  delete reference.activityId;
  reference.conversation = { ...reference.conversation!, id: conversationId };
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const personal = scope === 'personal';
  // In a group chat or channel the reference would name whoever spoke last: personal data
  // that the chat's address does not need, and that a deletion request could not find.
  if (!personal) delete reference.user;

  return {
    scope,
    tenantId: tenantOf(context),
    ownerId: personal ? (activity.from.aadObjectId ?? activity.from.id) : conversationId,
    conversationId,
    serviceUrl: activity.serviceUrl,
    reference: reference as Record<string, unknown>,
    // A locale in a group chat is the sender's, not the chat's: only personal rows keep it.
    locale: personal ? localeOf(context) : undefined,
    timeZone: personal ? clientInfoOf(context).timeZone : undefined,
    displayName: personal
      ? activity.from.name
      : scope === 'channel'
        ? channelData.channel?.name
        : activity.conversation.name,
    teamId: channelData.team?.id,
    updatedAt: now,
  };
}
