import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import { BoundedCache } from '../services/bounded-cache';
import type { BroadcastFanOut, BroadcastProgress } from '../services/broadcasts/broadcast-fan-out';
import type { BroadcastDelivery } from '../services/broadcasts/broadcast-ports';

/**
 * A refresh may take at most this share of the time. Reading a broadcast's shard tallies is
 * cheap; counting its rows (to confirm the end, or when asked to) reads every one of them.
 */
const MAX_REFRESH_SHARE = 0.05;

/**
 * Keeps report cards current without updating them once per message: each instance refreshes
 * a broadcast's card at most once per interval (one read of its shard tallies, one card
 * update), and once more when it sees the broadcast finish. Should a count take long (the rows
 * counted), the interval stretches so counting never costs more than a twentieth of the time.
 */
export class BroadcastReports {
  private readonly due = new Map<string, { timer: NodeJS.Timeout; tenantId: string; atMs: number }>();
  private readonly running = new Set<Promise<void>>();
  /** How long the last count of each broadcast took, in ms (only broadcasts being sent now matter). */
  private readonly lastCountMs: BoundedCache<number>;

  /** `clock` reads the time for scheduling and for timing counts; tests pass one they move along with fake timers. */
  constructor(
    private readonly fanOut: BroadcastFanOut,
    private readonly delivery: BroadcastDelivery,
    private readonly logger: Logger,
    private readonly intervalMs: number,
    private readonly clock: Clock = { now: () => new Date() },
  ) {
    this.lastCountMs = new BoundedCache<number>({ maxEntries: 100, maxAgeMs: Number.POSITIVE_INFINITY }, () =>
      this.nowMs(),
    );
  }

  /** Something changed in this broadcast: refresh its card soon. */
  touch(tenantId: string, broadcastId: string): void {
    if (this.due.has(broadcastId)) return;
    this.schedule(
      tenantId,
      broadcastId,
      Math.max(this.intervalMs, (this.lastCountMs.get(broadcastId) ?? 0) / MAX_REFRESH_SHARE),
    );
  }

  /**
   * This instance has nothing left to send: counting no longer slows sending down, so refreshes
   * stretched for a big broadcast come after the short interval. Otherwise its final summary
   * could show up to twenty counts' time after the last message went out.
   */
  quiet(): void {
    const soon = this.nowMs() + this.intervalMs;
    // A copy: rescheduling puts the entry back into the map, where the loop would meet it again.
    for (const [broadcastId, entry] of [...this.due]) {
      if (entry.atMs <= soon) continue;
      clearTimeout(entry.timer);
      this.due.delete(broadcastId);
      this.schedule(entry.tenantId, broadcastId, this.intervalMs);
    }
  }

  private schedule(tenantId: string, broadcastId: string, waitMs: number): void {
    const timer = setTimeout(() => {
      this.due.delete(broadcastId);
      const run = this.refresh(tenantId, broadcastId).finally(() => this.running.delete(run));
      this.running.add(run);
    }, waitMs);
    this.due.set(broadcastId, { timer, tenantId, atMs: this.nowMs() + waitMs });
  }

  /** Shows progress known without counting (the fan-out's). */
  async show(progress: BroadcastProgress): Promise<void> {
    await this.delivery.showProgress(progress);
  }

  /** Reads the counts now and updates the card. */
  async refresh(tenantId: string, broadcastId: string): Promise<void> {
    try {
      const startedAt = this.nowMs();
      const progress = await this.fanOut.progress(tenantId, broadcastId);
      this.lastCountMs.set(broadcastId, this.nowMs() - startedAt);
      if (progress) await this.delivery.showProgress(progress);
    } catch (error) {
      this.logger.warn({ err: error, broadcastId }, 'could not refresh a broadcast report');
    }
  }

  private nowMs(): number {
    return this.clock.now().getTime();
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
