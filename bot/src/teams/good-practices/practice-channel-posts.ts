import { LANGUAGES } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import type { Logger } from '../../logger';
import type { BroadcastRepository, RecipientRepository } from '../../services/broadcasts/broadcast-ports';
import type { PracticePosts } from '../../services/good-practices/good-practice-ports';
import { practiceBroadcastId } from '../../services/good-practices/practice-publishing';
import type { StableIds } from '../../services/good-practices/shared-learnings';
import type { TeamsBroadcastDelivery } from '../broadcasts/broadcast-delivery';
import type { SubjectCardMakers } from '../broadcasts/subject-cards';
import { channelLanguages, practiceWithdrawnPostCard } from './practice-post.card';

/**
 * A published practice's channel posts, drawn again after the practice changed: the practice
 * as it is now (anonymised with its author's data), or, once it is withdrawn or deleted, a note
 * that it was withdrawn in its place. The posts are found through the practice's one broadcast
 * (its delivery rows keep each channel post's message id).
 */
export class PracticeChannelPosts implements PracticePosts {
  constructor(
    private readonly deps: {
      broadcasts: Pick<BroadcastRepository, 'get'>;
      recipients: Pick<RecipientRepository, 'list'>;
      delivery: Pick<TeamsBroadcastDelivery, 'replacePost'>;
      cards: Pick<SubjectCardMakers, 'cardFor'>;
      programme(tenantId: string, programmeId: string): Promise<Programme | undefined>;
      ids: StableIds;
      logger: Logger;
    },
  ) {}

  async refresh(tenantId: string, programmeId: string, practiceId: string): Promise<void> {
    const { deps } = this;
    const where = { programmeId, practiceId };
    try {
      const broadcast = (await deps.broadcasts.get(tenantId, practiceBroadcastId(deps.ids, programmeId, practiceId)))
        ?.value;
      if (!broadcast?.subject) return;
      const subject = broadcast.subject;
      const posts = (await deps.recipients.list(broadcast.id)).filter(
        (row) => row.kind === 'channel' && row.status === 'sent' && row.activityId,
      );
      if (posts.length === 0) return;
      const programme = await deps.programme(tenantId, programmeId);
      const withdrawn = practiceWithdrawnPostCard(channelLanguages(programme ?? { languages: [] }, [...LANGUAGES]));
      for (const post of posts) {
        // The card maker draws only a practice that is still published; anything else is withdrawn.
        const card = (await deps.cards.cardFor({ ...broadcast, subject }, post)) ?? withdrawn;
        if (!(await deps.delivery.replacePost(broadcast, post, card)))
          deps.logger.warn({ ...where, channel: post.target }, 'a good practice channel post could not be replaced');
      }
    } catch (error) {
      deps.logger.error({ ...where, err: error }, 'good practice channel posts not drawn again');
    }
  }
}
