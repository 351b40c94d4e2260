import type { Poll } from '../../domain/polls';
import type { ConversationDirectory } from '../../services/conversation-directory';

/** Someone Teams told us about in this turn: their AAD object id and Teams user id (`29:…`). */
export interface KnownUser {
  aadObjectId: string;
  id: string;
}

/**
 * The Teams user ids of the pair's two members, for the card's `refresh.userIds`: Teams only
 * refreshes a Universal Actions card automatically for the ids listed there. They come from
 * each person's personal-chat address (stored when they talked to Tandem), or from this turn.
 */
export async function memberUserIds(
  directory: ConversationDirectory,
  poll: Poll,
  known?: KnownUser,
): Promise<string[]> {
  const ids = await Promise.all(
    [poll.mentorId, poll.menteeId].map(async (aadObjectId) => {
      if (known?.aadObjectId === aadObjectId) return known.id;
      const address = await directory.findPerson(poll.tenantId, aadObjectId);
      const user = address?.reference.user as { id?: unknown } | undefined;
      return typeof user?.id === 'string' ? user.id : undefined;
    }),
  );
  return ids.filter((id): id is string => Boolean(id));
}
