import type { Clock } from '../../domain/clock';
import { pendingNotices, type Notice, type NoticeBatch } from '../../domain/notices/notice';
import type { NoticePlan } from '../../domain/notices/notice-plans';
import type { NoticeJob, NoticeOutbox, NoticeQueue, NoticeRepository } from './notice-ports';

/**
 * The notice outbox: what follows a click is stored with it and sent by the notice worker.
 * Rows are created first (idempotent: their ids come from the action), then one queue message
 * per batch. A crash between the two leaves pending rows without a message; the sweep finds
 * them once they are older than the lease and queues them again. A second message for a batch
 * costs nothing: the worker sends only rows it claims from pending.
 */
export class NoticeService implements NoticeOutbox {
  constructor(
    private readonly notices: NoticeRepository,
    private readonly queue: NoticeQueue,
    private readonly clock: Clock,
    /** A stable UUID from a seed (stable-id.ts). */
    private readonly stableId: (seed: string) => string,
    /** How long a pending notice may wait for its message before the sweep queues it again. */
    private readonly leaseMs: number,
  ) {}

  /** Records a plan's notices; its batch id comes from the plan's seed (the action as stored). */
  async record(plan: NoticePlan | undefined): Promise<void> {
    if (!plan) return;
    const batch: NoticeBatch = { ...plan.batch, actionId: this.stableId(plan.seed) };
    const rows = pendingNotices(batch, this.clock.now());
    if (rows.length === 0) return;
    await this.notices.createAll(rows);
    await this.queue.enqueue(jobsOf(rows));
  }

  /** Queues again every batch with a notice pending longer than the lease; returns how many. */
  async sweep(): Promise<number> {
    const stale = await this.notices.pendingBefore(new Date(this.clock.now().getTime() - this.leaseMs));
    await this.queue.enqueue(stale);
    return stale.length;
  }

  ofProgramme(tenantId: string, programmeId: string): Promise<Notice[]> {
    return this.notices.ofProgramme(tenantId, programmeId);
  }
}

/** One job per batch. */
function jobsOf(rows: readonly Notice[]): NoticeJob[] {
  const jobs = new Map<string, NoticeJob>();
  for (const { tenantId, programmeId, batchId } of rows) jobs.set(batchId, { tenantId, programmeId, batchId });
  return [...jobs.values()];
}
