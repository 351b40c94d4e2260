import type { Logger } from '../logger';
import type { BroadcastFanOut } from '../services/broadcasts/broadcast-fan-out';
import type { NewsDelivery } from './news-delivery';

/**
 * Keeps report cards current without updating them once per message: each instance refreshes
 * a broadcast's card at most once per interval (one partition read of statuses, one card
 * update), and once more when it sees the broadcast finish.
 */
export class BroadcastReports {
  private readonly due = new Map<string, { timer: NodeJS.Timeout; tenantId: string }>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly fanOut: BroadcastFanOut,
    private readonly delivery: NewsDelivery,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  /** Something changed in this broadcast: refresh its card soon. */
  touch(tenantId: string, broadcastId: string): void {
    if (this.due.has(broadcastId)) return;
    const timer = setTimeout(() => {
      this.due.delete(broadcastId);
      const run = this.refresh(tenantId, broadcastId).finally(() => this.running.delete(run));
      this.running.add(run);
    }, this.intervalMs);
    this.due.set(broadcastId, { timer, tenantId });
  }

  /** Reads the counts now and updates the card. */
  async refresh(tenantId: string, broadcastId: string): Promise<void> {
    try {
      const progress = await this.fanOut.progress(tenantId, broadcastId);
      if (progress) await this.delivery.showProgress(progress);
    } catch (error) {
      this.logger.warn({ err: error, broadcastId }, 'could not refresh a broadcast report');
    }
  }

  /** Runs the pending refreshes at once (shutting down, or a test that wants the final card). */
  async flush(): Promise<void> {
    const pending = [...this.due.entries()];
    pending.forEach(([, entry]) => clearTimeout(entry.timer));
    this.due.clear();
    await Promise.all([...this.running]);
    await Promise.all(pending.map(([broadcastId, entry]) => this.refresh(entry.tenantId, broadcastId)));
  }
}
