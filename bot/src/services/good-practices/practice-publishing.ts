import type { Audience } from '../../domain/broadcasts';
import type { Clock } from '../../domain/clock';
import type { GoodPractice, PracticeChannel } from '../../domain/good-practices/good-practice';
import { publishPractice } from '../../domain/good-practices/practice-curation';
import { practiceDecidedPlan } from '../../domain/notices/notice-plans';
import { fail, type Result } from '../../domain/result';
import type { SubjectBroadcasts } from '../broadcasts/subject-broadcasts';
import type { NoticeOutbox } from '../notices/notice-ports';
import type { Actor } from '../versioned';
import type { GoodPracticeRepository } from './good-practice-ports';
import type { CurationFailure, PracticeCurationService } from './practice-curation-service';
import type { StableIds } from './shared-learnings';

/** The broadcast subject kind of a published practice: its card maker is registered under this name. */
export const GOOD_PRACTICE_SUBJECT = 'goodPractice';

export type PublishingFailure = CurationFailure | 'no-channel';

/** The one broadcast that posts a practice: its id from the practice, so it is queued once and found again. */
export function practiceBroadcastId(ids: StableIds, programmeId: string, practiceId: string): string {
  return ids(`good-practice|publish|${programmeId}|${practiceId}`);
}

/** Which channel each choice posts to, in the broadcast's audience names. */
const AUDIENCE_OF: Record<PracticeChannel, Audience> = { news: 'channel', community: 'community' };

/**
 * Publishing an approved practice: it is posted as a good-practice card to the news and/or the
 * community channel through the broadcast fan-out (a broadcast per practice, its id from the
 * practice, so a double click or two admins queue it once), then marked published by ETag and
 * its author told (with the way to the library) through the notice outbox.
 */
export class PracticePublishing {
  constructor(
    private readonly curation: PracticeCurationService,
    private readonly practices: Pick<GoodPracticeRepository, 'get'>,
    private readonly broadcasts: Pick<SubjectBroadcasts, 'queue'>,
    private readonly notices: Pick<NoticeOutbox, 'record'>,
    private readonly ids: StableIds,
    private readonly clock: Clock,
  ) {}

  /** Publishes to the chosen channels; returns the practice and the broadcast to start. */
  async publish(
    actor: Actor,
    programmeId: string,
    practiceId: string,
    channels: readonly PracticeChannel[],
  ): Promise<Result<{ practice: GoodPractice; broadcastId: string }, PublishingFailure>> {
    const found = await this.curation.practice(actor, programmeId, practiceId);
    if (!found.ok) return found;
    // Checked before anything is queued: only an approved practice, to at least one channel.
    const allowed = publishPractice(found.value.practice, channels, this.clock.now());
    if (!allowed.ok) return allowed;
    const broadcastId = practiceBroadcastId(this.ids, programmeId, practiceId);
    const queued = await this.broadcasts.queue(actor, {
      broadcastId,
      programmeId,
      subject: { kind: GOOD_PRACTICE_SUBJECT, id: practiceId },
      titles: { de: found.value.practice.title, en: found.value.practice.title },
      audience: channels.map((channel) => AUDIENCE_OF[channel]),
    });
    if (!queued.ok) return fail(queued.reason === 'missing-channel' ? 'no-channel' : 'busy');
    const published = await this.curation.decide(actor, programmeId, practiceId, (practice) =>
      publishPractice(practice, channels, this.clock.now()),
    );
    if (!published.ok) return published;
    await this.notices.record(practiceDecidedPlan(actor.tenantId, published.value));
    return { ok: true, value: { practice: published.value, broadcastId } };
  }

  /**
   * The practice a broadcast of this kind carries, while it is approved or published (the fan-out
   * may start between queueing and marking it published); withdrawn or deleted ones are not drawn.
   */
  async posted(programmeId: string, practiceId: string): Promise<GoodPractice | undefined> {
    const practice = (await this.practices.get(programmeId, practiceId))?.value;
    return practice?.status === 'published' || practice?.status === 'approved' ? practice : undefined;
  }
}
