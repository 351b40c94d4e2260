import {
  countDeliveries, finishBroadcast, isDue, isFinished, isStalled, pendingRecipient, queueBroadcast, startSending,
  type Broadcast, type DeliveryCounts,
} from '../../domain/broadcasts';
import type { Clock } from '../../domain/clock';
import type { Versioned } from '../versioned';
import type { BroadcastService } from './broadcast-service';
import type { BroadcastRepository, DeliveryQueue, RecipientRepository } from './broadcast-ports';

/** How long a queued broadcast may take to fan out before another instance takes it over. */
export const FAN_OUT_LEASE_MS = 2 * 60_000;

/** A broadcast with its delivery counts, for the live report. */
export interface BroadcastProgress {
  broadcast: Broadcast;
  counts: DeliveryCounts;
}

/**
 * Turns a queued broadcast into per-recipient rows and one queue message each. Every step is
 * safe to repeat: rows already written keep their status, and a second queue message for a
 * recipient finds the row no longer pending and is dropped. So a fan-out cut short by a crash
 * is simply run again (by the scheduler job) until the broadcast is marked `sending`.
 */
export class BroadcastFanOut {
  constructor(
    private readonly service: BroadcastService,
    private readonly broadcasts: BroadcastRepository,
    private readonly recipients: RecipientRepository,
    private readonly queue: DeliveryQueue,
    private readonly clock: Clock,
  ) {}

  /** Fans out a queued broadcast; returns the number of recipients, or undefined when it was not queued. */
  async fanOut(tenantId: string, broadcastId: string): Promise<number | undefined> {
    const found = await this.broadcasts.get(tenantId, broadcastId);
    if (!found || found.value.status !== 'queued') return undefined;
    const broadcast = found.value;
    const plans = await this.service.recipientsOf(broadcast);
    const existing = new Map((await this.recipients.statuses(broadcastId)).map((row) => [row.key, row.status]));
    const now = this.clock.now();
    await this.recipients.createAll(plans.filter((plan) => !existing.has(plan.key)).map((plan) => pendingRecipient(broadcastId, plan, now)));
    const stillPending = plans.filter((plan) => (existing.get(plan.key) ?? 'pending') === 'pending');
    await this.queue.enqueue(stillPending.map((plan) => ({ tenantId, broadcastId, key: plan.key })));
    await this.markSending(found, plans.length);
    return plans.length;
  }

  /**
   * The scheduler's tick: starts due scheduled broadcasts, restarts stalled fan-outs, and
   * refreshes sending ones (so a broadcast whose last worker died still gets its summary).
   */
  async tick(onProgress: (progress: BroadcastProgress) => Promise<void>): Promise<{ started: number; resumed: number; refreshed: number }> {
    const now = this.clock.now();
    const report = { started: 0, resumed: 0, refreshed: 0 };
    for (const stored of await this.broadcasts.active()) {
      const b = stored.value;
      if (isDue(b, now) || isStalled(b, now, FAN_OUT_LEASE_MS)) {
        // Claim with the ETag, so of several instances only one fans out (a repeat would be harmless, only wasteful).
        const queued = b.status === 'scheduled' ? queueBroadcast(b, now) : { ok: true as const, value: { ...b, queuedAt: now.toISOString() } };
        if (!queued.ok || (await this.broadcasts.update(queued.value, stored.etag)) !== 'written') continue;
        report[b.status === 'scheduled' ? 'started' : 'resumed'] += 1;
        await this.fanOut(b.tenantId, b.id);
      } else if (b.status === 'sending') {
        const progress = await this.progress(b.tenantId, b.id);
        if (progress) await onProgress(progress);
        report.refreshed += 1;
      }
    }
    return report;
  }

  /** Counts the deliveries; marks the broadcast done when nothing is left. */
  async progress(tenantId: string, broadcastId: string): Promise<BroadcastProgress | undefined> {
    const found = await this.broadcasts.get(tenantId, broadcastId);
    if (!found) return undefined;
    const counts = countDeliveries((await this.recipients.statuses(broadcastId)).map((row) => row.status));
    let broadcast = found.value;
    if (broadcast.status === 'sending' && isFinished(counts)) {
      const done = finishBroadcast(broadcast, this.clock.now());
      // Losing this race means another instance finished it at the same moment: either write is right.
      if ((await this.broadcasts.update(done, found.etag)) === 'written') broadcast = done;
      else broadcast = (await this.broadcasts.get(tenantId, broadcastId))?.value ?? done;
    }
    return { broadcast, counts };
  }

  private async markSending(found: Versioned<Broadcast>, total: number): Promise<void> {
    let current: Versioned<Broadcast> | undefined = found;
    for (let attempt = 0; attempt < 3 && current?.value.status === 'queued'; attempt++) {
      if ((await this.broadcasts.update(startSending(current.value, total), current.etag)) === 'written') return;
      current = await this.broadcasts.get(found.value.tenantId, found.value.id);
    }
  }
}
