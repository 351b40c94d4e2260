import {
  claimRecipient,
  countDeliveries,
  expireRecipient,
  settleRecipient,
  TRANSACTION_MAX_ROWS,
  type Broadcast,
  type Recipient,
  type RecipientStatus,
} from '../domain/broadcasts';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import { QueueConsumer } from './queue-consumer';
import type {
  BroadcastRepository,
  DeliveryQueue,
  BroadcastDelivery,
  QueuedDelivery,
  RecipientRepository,
  ShardTallies,
} from '../services/broadcasts/broadcast-ports';
import { BoundedCache } from '../services/bounded-cache';
import type { Versioned } from '../services/versioned';
import type { BroadcastReports } from './broadcast-reports';

export interface BroadcastWorkerOptions {
  /**
   * Rows claimed and not yet sent, at once in this instance (the token bucket sets the real
   * pace). It also bounds what a crash can leave unknown without any attempt made.
   */
  maxInFlight: number;
  /** How long a received message stays hidden from other workers; it reappears if we die. */
  invisibleForMs: number;
  /** A `sending` row older than this belonged to a worker that died (longer than any send with its retries). */
  leaseMs: number;
  /** Pause between receives when the queue is empty. */
  idlePollMs: number;
}

/**
 * What this worker knows of one shard: each row's status as read, with its own changes since.
 * Recorded as the shard's tally after every change, for the live report.
 */
interface ShardView {
  broadcastId: string;
  shard: number;
  statuses: Map<string, RecipientStatus>;
  /** Tally writes one after the other, each with the view as it is when it starts: the last write carries the last change. */
  recorded: Promise<void>;
}

/** Shards worked on at once (the rows in flight are shared among them). */
const SHARDS_AT_ONCE = 10;

/**
 * Consumes the fan-out queue, one message per shard of a broadcast. For each: read the shard's
 * rows (the truth); close rows a dead worker left `sending` past their lease as unknown, never
 * re-sent; then, in chunks, claim pending rows together with their ETags (pending → sending),
 * send, and record each chunk's outcomes together; finally delete the message. A row that
 * another worker claimed first is left to it, and the message for a shard someone is still
 * sending comes back after its timeout. Any number of instances can run this side by side.
 */
export class BroadcastWorker {
  private readonly consumer: QueueConsumer<QueuedDelivery>;
  /** A broadcast's content never changes once queued, so each instance reads it once. */
  private readonly contents = new BoundedCache<Broadcast>({ maxEntries: 100, maxAgeMs: Number.POSITIVE_INFINITY }, () =>
    Date.now(),
  );

  constructor(
    private readonly deps: {
      queue: DeliveryQueue;
      recipients: RecipientRepository;
      tallies: Pick<ShardTallies, 'record'>;
      broadcasts: BroadcastRepository;
      delivery: BroadcastDelivery;
      reports: BroadcastReports;
      clock: Clock;
      logger: Logger;
    },
    private readonly instanceId: string,
    private readonly options: BroadcastWorkerOptions,
  ) {
    this.consumer = new QueueConsumer({
      maxInFlight: Math.max(1, Math.min(SHARDS_AT_ONCE, options.maxInFlight)),
      receive: (count) => deps.queue.receive(count, options.invisibleForMs),
      handle: (message) => this.handle(message),
      idlePollMs: options.idlePollMs,
      logger: deps.logger,
      unreadable: 'broadcast queue could not be read',
      failed: 'broadcast delivery failed; the message returns after its timeout',
      onQuiet: () => deps.reports.quiet(),
    });
  }

  start(): void {
    this.consumer.start();
  }

  /** Stops taking work and waits for the shards in progress, so no claimed row is left half done. */
  async stop(): Promise<void> {
    await this.consumer.stop();
    await this.deps.reports.flush();
  }

  /** One queue message: one shard, start to finish. */
  async handle(message: QueuedDelivery): Promise<void> {
    const { job } = message;
    const broadcast = await this.broadcast(job.tenantId, job.broadcastId);
    if (!broadcast) return this.deps.queue.complete(message);
    const rows = await this.deps.recipients.shard(job.broadcastId, job.shard);
    const view: ShardView = {
      broadcastId: job.broadcastId,
      shard: job.shard,
      statuses: new Map(rows.map((row) => [row.value.key, row.value.status])),
      recorded: Promise.resolve(),
    };
    const busyElsewhere = await this.closeExpired(
      job.tenantId,
      rows.filter((row) => row.value.status === 'sending'),
      view,
    );
    const pending = rows.filter((row) => row.value.status === 'pending');
    // Stopping: hand the rest of the shard back at once, so another instance need not wait for the timeout.
    if (!(await this.deliverShard(broadcast, pending, view))) return this.deps.queue.release(message);
    // Rows another worker is still sending: keep the message, so the shard is looked at again if that worker dies.
    if (!busyElsewhere) await this.deps.queue.complete(message);
  }

  /**
   * Sends the shard's pending rows in chunks, each claimed and recorded together. The next chunk
   * starts as soon as half the shard's share of the sends is free, not when the last chunk is
   * recorded: a chunk waits for its slowest send, often one waiting out a retry's back-off, and
   * the rest of the shard should not wait with it. Rows claimed and not yet sent stay within the
   * share, so a crash still leaves at most `maxInFlight` rows unknown before any attempt.
   * False when the worker stopped before the end.
   */
  private async deliverShard(
    broadcast: Broadcast,
    pending: Array<Versioned<Recipient>>,
    view: ShardView,
  ): Promise<boolean> {
    const chunks = new Set<Promise<void>>();
    let failure: unknown;
    let unsent = 0;
    let progress = signal();
    const sentOne = () => {
      unsent -= 1;
      progress.fire();
    };
    while (pending.length > 0 && this.consumer.running && failure === undefined) {
      const share = this.shardShare();
      if (unsent > share / 2) {
        await Promise.race([progress.fired, ...chunks]);
        progress = signal();
        continue;
      }
      const chunk = pending.splice(0, share - unsent);
      unsent += chunk.length;
      const work: Promise<void> = this.deliverChunk(broadcast, chunk, view, sentOne)
        .catch((error: unknown) => void (failure ??= error))
        .finally(() => chunks.delete(work));
      chunks.add(work);
    }
    await Promise.all(chunks);
    // A chunk that could not be claimed or recorded: the message comes back after its timeout.
    if (failure !== undefined) throw failure;
    return pending.length === 0;
  }

  /**
   * This shard's share of the rows in flight: with many shards open, each keeps the bucket
   * busy with a part; the last shards of a broadcast take bigger parts, so its end is as fast.
   */
  private shardShare(): number {
    return Math.max(
      1,
      Math.min(TRANSACTION_MAX_ROWS, Math.floor(this.options.maxInFlight / Math.max(1, this.consumer.handling))),
    );
  }

  /** Closes the `sending` rows whose lease ran out; true when some are still within theirs (another worker's). */
  private async closeExpired(
    tenantId: string,
    sending: ReadonlyArray<Versioned<Recipient>>,
    view: ShardView,
  ): Promise<boolean> {
    const now = this.deps.clock.now();
    let busy = false;
    let closed = false;
    for (const row of sending) {
      const expired = expireRecipient(row.value, now, this.options.leaseMs);
      if (!expired.ok) busy = true;
      else if ((await this.deps.recipients.update(expired.value, row.etag)) === 'written') {
        view.statuses.set(row.value.key, expired.value.status);
        closed = true;
      }
    }
    if (closed) await this.recordTally(tenantId, view);
    return busy;
  }

  /** Records the shard's tally and asks for a report refresh. A tally that cannot be written only lags: the rows are the truth. */
  private async recordTally(tenantId: string, view: ShardView): Promise<void> {
    view.recorded = view.recorded.then(async () => {
      try {
        await this.deps.tallies.record(view.broadcastId, view.shard, countDeliveries(view.statuses.values()));
      } catch (error) {
        this.deps.logger.warn(
          { err: error, broadcastId: view.broadcastId, shard: view.shard },
          'could not record a shard tally; the report lags until the next one',
        );
      }
    });
    await view.recorded;
    this.deps.reports.touch(tenantId, view.broadcastId);
  }

  /** Claims a chunk of pending rows, sends to each, records the outcomes; `sentOne` hears of each row done (sent or lost to another worker). */
  private async deliverChunk(
    broadcast: Broadcast,
    chunk: ReadonlyArray<Versioned<Recipient>>,
    view: ShardView,
    sentOne: () => void,
  ): Promise<void> {
    const claimed = await this.claim(chunk);
    for (let lost = chunk.length - claimed.length; lost > 0; lost -= 1) sentOne();
    const settled = await Promise.all(
      claimed.map(async (recipient) => {
        const outcome = await this.deps.delivery.deliver(broadcast, recipient);
        sentOne();
        return settleRecipient(recipient, outcome, this.deps.clock.now());
      }),
    );
    if (settled.length === 0) return;
    await this.deps.recipients.writeAll(settled);
    settled.forEach((recipient) => view.statuses.set(recipient.key, recipient.status));
    await this.recordTally(broadcast.tenantId, view);
  }

  /**
   * All rows in one transaction; if any changed since they were read (another worker claimed
   * it), each row on its own, so the rows still pending are not lost for this round.
   */
  private async claim(chunk: ReadonlyArray<Versioned<Recipient>>): Promise<Recipient[]> {
    const now = this.deps.clock.now();
    const claims = chunk.flatMap((row) => {
      const claimed = claimRecipient(row.value, this.instanceId, now);
      return claimed.ok ? [{ value: claimed.value, etag: row.etag }] : [];
    });
    if ((await this.deps.recipients.claimAll(claims)) === 'written') return claims.map((claim) => claim.value);
    const won: Recipient[] = [];
    for (const claim of claims)
      if ((await this.deps.recipients.update(claim.value, claim.etag)) === 'written') won.push(claim.value);
    return won;
  }

  private async broadcast(tenantId: string, broadcastId: string): Promise<Broadcast | undefined> {
    const cached = this.contents.get(broadcastId);
    if (cached) return cached;
    const found = (await this.deps.broadcasts.get(tenantId, broadcastId))?.value;
    if (found) this.contents.set(broadcastId, found);
    return found;
  }
}

/** A one-shot wake-up: `fired` resolves on the first `fire()`. */
function signal(): { fired: Promise<void>; fire: () => void } {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire };
}
