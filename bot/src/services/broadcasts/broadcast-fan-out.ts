import {
  combineShardCounts,
  countDeliveries,
  finishBroadcast,
  isDue,
  isFinished,
  isStalled,
  pendingRecipient,
  queueBroadcast,
  shardCountFor,
  shardOf,
  startSending,
  type Broadcast,
  type DeliveryCounts,
  type RecipientPlan,
} from '../../domain/broadcasts';
import type { Clock } from '../../domain/clock';
import type { ConversationDirectory } from '../conversation-directory';
import type { Versioned } from '../versioned';
import type { BroadcastService } from './broadcast-service';
import type { BroadcastRepository, DeliveryQueue, RecipientRepository, ShardTallies } from './broadcast-ports';

/** How long a queued broadcast may take to fan out before another instance takes it over. */
export const FAN_OUT_LEASE_MS = 2 * 60_000;

/** A broadcast with its delivery counts, for the live report. */
export interface BroadcastProgress {
  broadcast: Broadcast;
  counts: DeliveryCounts;
}

/**
 * Turns a queued broadcast into per-recipient rows, spread over shards, and one queue message
 * per shard. Every step is safe to repeat: rows already written keep their status (and their
 * shard: a recipient's shard is a hash of its key), and a second message for a shard finds
 * its rows no longer pending. So a fan-out cut short by a crash is simply run again (by the
 * scheduler job) until the broadcast is marked `sending`.
 */
export class BroadcastFanOut {
  constructor(
    private readonly service: BroadcastService,
    private readonly broadcasts: BroadcastRepository,
    private readonly recipients: RecipientRepository,
    private readonly tallies: Pick<ShardTallies, 'ofBroadcast'>,
    private readonly queue: DeliveryQueue,
    private readonly directory: Pick<ConversationDirectory, 'personalChats'>,
    private readonly clock: Clock,
  ) {}

  /**
   * Fans out a queued broadcast. Returns its progress as the fan-out knows it (so the report can
   * show the total at once, without counting every row), or undefined when it was not queued.
   */
  async fanOut(tenantId: string, broadcastId: string): Promise<BroadcastProgress | undefined> {
    const found = await this.broadcasts.get(tenantId, broadcastId);
    if (!found || found.value.status !== 'queued') return undefined;
    const plans = await this.service.recipientsOf(found.value);
    const sharded = await this.withShards(found, plans.length);
    if (!sharded) return undefined;
    const shards = sharded.value.shards!;
    const existing = new Map((await this.recipients.statuses(broadcastId)).map((row) => [row.key, row.status]));
    const fresh = plans.filter((plan) => !existing.has(plan.key));
    const conversations = await this.conversationsOf(tenantId, fresh);
    const now = this.clock.now();
    await this.recipients.createAll(
      fresh.map((plan) =>
        pendingRecipient(
          broadcastId,
          plan,
          {
            shard: shardOf(plan.key, shards),
            conversation: plan.kind === 'person' ? conversations.get(plan.target) : undefined,
          },
          now,
        ),
      ),
    );
    const pendingShards = new Set(
      plans
        .filter((plan) => (existing.get(plan.key) ?? 'pending') === 'pending')
        .map((plan) => shardOf(plan.key, shards)),
    );
    await this.queue.enqueue(
      [...pendingShards].sort((a, b) => a - b).map((shard) => ({ tenantId, broadcastId, shard })),
    );
    const sending = await this.markSending(sharded, plans.length);
    return { broadcast: sending, counts: countDeliveries(plans.map((plan) => existing.get(plan.key) ?? 'pending')) };
  }

  /**
   * The scheduler's tick: starts due scheduled broadcasts, restarts stalled fan-outs, and
   * refreshes sending ones (so a broadcast whose last worker died still gets its summary).
   */
  async tick(
    onProgress: (progress: BroadcastProgress) => Promise<void>,
  ): Promise<{ started: number; resumed: number; refreshed: number }> {
    const now = this.clock.now();
    const report = { started: 0, resumed: 0, refreshed: 0 };
    for (const stored of await this.broadcasts.active()) {
      const b = stored.value;
      if (isDue(b, now) || isStalled(b, now, FAN_OUT_LEASE_MS)) {
        // Claim with the ETag, so of several instances only one fans out (a repeat would be harmless, only wasteful).
        const queued =
          b.status === 'scheduled'
            ? queueBroadcast(b, now)
            : { ok: true as const, value: { ...b, queuedAt: now.toISOString() } };
        if (!queued.ok || (await this.broadcasts.update(queued.value, stored.etag)) !== 'written') continue;
        report[b.status === 'scheduled' ? 'started' : 'resumed'] += 1;
        await this.fanOut(b.tenantId, b.id);
      } else if (b.status === 'sending') {
        // Counting the rows: the backstop for a tally left behind (a worker that died between its rows and its tally).
        const progress = await this.progress(b.tenantId, b.id, { exact: true });
        if (progress) await onProgress(progress);
        report.refreshed += 1;
      }
    }
    return report;
  }

  /**
   * The deliveries' counts; marks the broadcast done when nothing is left. While it is sending,
   * the shards' tallies are enough to show progress (a few hundred rows instead of every one);
   * once they show nothing left, or when `exact` is asked for, the rows are counted, since a
   * tally may lag behind them.
   */
  async progress(
    tenantId: string,
    broadcastId: string,
    options: { exact?: boolean } = {},
  ): Promise<BroadcastProgress | undefined> {
    const found = await this.broadcasts.get(tenantId, broadcastId);
    if (!found) return undefined;
    let broadcast = found.value;
    if (broadcast.status === 'sending' && broadcast.total !== undefined && !options.exact) {
      const tallied = combineShardCounts(await this.tallies.ofBroadcast(broadcastId), broadcast.total);
      if (!isFinished(tallied)) return { broadcast, counts: tallied };
    }
    const counts = countDeliveries((await this.recipients.statuses(broadcastId)).map((row) => row.status));
    if (broadcast.status === 'sending' && isFinished(counts)) {
      const done = finishBroadcast(broadcast, this.clock.now());
      // Losing this race means another instance finished it at the same moment: either write is right.
      if ((await this.broadcasts.update(done, found.etag)) === 'written') broadcast = done;
      else broadcast = (await this.broadcasts.get(tenantId, broadcastId))?.value ?? done;
    }
    return { broadcast, counts };
  }

  /** The broadcast with its shard count, chosen now if this is its first fan-out; undefined if it left the queued state meanwhile. */
  private async withShards(found: Versioned<Broadcast>, recipients: number): Promise<Versioned<Broadcast> | undefined> {
    const current = await this.changeWhileQueued(found, (b) =>
      b.shards ? undefined : { ...b, shards: shardCountFor(recipients) },
    );
    return current?.value.status === 'queued' && current.value.shards ? current : undefined;
  }

  /** Each person's personal chat, read for the whole tenant at once instead of once per send. */
  private async conversationsOf(
    tenantId: string,
    plans: readonly RecipientPlan[],
  ): Promise<Map<string, Record<string, unknown>>> {
    if (!plans.some((plan) => plan.kind === 'person')) return new Map();
    return new Map((await this.directory.personalChats(tenantId)).map((chat) => [chat.ownerId, chat.reference]));
  }

  /** Marks the broadcast sending (unless another instance did); returns it as it now stands. */
  private async markSending(found: Versioned<Broadcast>, total: number): Promise<Broadcast> {
    return (await this.changeWhileQueued(found, (b) => startSending(b, total)))?.value ?? found.value;
  }

  /**
   * Writes a change to a broadcast that is still queued, with its ETag; on a conflict (another
   * instance fanning out too) re-reads and tries again. `change` answers undefined when there is
   * nothing to change. Returns the broadcast as stored afterwards.
   */
  private async changeWhileQueued(
    found: Versioned<Broadcast>,
    change: (broadcast: Broadcast) => Broadcast | undefined,
  ): Promise<Versioned<Broadcast> | undefined> {
    const { tenantId, id } = found.value;
    let current: Versioned<Broadcast> | undefined = found;
    for (let attempt = 0; attempt < 3 && current?.value.status === 'queued'; attempt++) {
      const changed = change(current.value);
      if (!changed) return current;
      const written = (await this.broadcasts.update(changed, current.etag)) === 'written';
      current = await this.broadcasts.get(tenantId, id);
      if (written) break;
    }
    return current;
  }
}
