import type { ChannelRef } from '../../services/broadcasts/broadcast-ports';

/** A one-click 1:1 chat in Teams with the person at this address (their UPN or email). */
export function chatLinkTo(email: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
}

/** A `mailto:` link to this address. */
export function mailLinkTo(email: string): string {
  return `mailto:${encodeURIComponent(email)}`;
}

/**
 * A deep link that opens a team channel; undefined for a channel set before its team's group id
 * was recorded (Teams cannot open a channel link without it).
 */
export function channelLink(tenantId: string, channel: ChannelRef): string | undefined {
  if (!channel.groupId) return undefined;
  const threadId = channel.conversationId.split(';')[0]!;
  const query = `groupId=${encodeURIComponent(channel.groupId)}&tenantId=${encodeURIComponent(tenantId)}`;
  return `https://teams.microsoft.com/l/channel/${encodeURIComponent(threadId)}/${encodeURIComponent(channel.name)}?${query}`;
}
