import type { Clock } from '../domain/clock';
import { claimNotice, expireNotice, settleNotice, type Notice, type NoticeOutcome } from '../domain/notices/notice';
import type { Logger } from '../logger';
import { QueueConsumer } from './queue-consumer';
import type { NoticeDelivery, NoticeQueue, NoticeRepository, QueuedNotice } from '../services/notices/notice-ports';
import type { Versioned } from '../services/versioned';

export interface NoticeWorkerOptions {
  /** Batches worked on at once; the tenant's token bucket sets the real pace of the sends. */
  maxBatches: number;
  /** How long a received message stays hidden from other workers; it reappears if we die. */
  invisibleForMs: number;
  /** A `sending` notice older than this belonged to a worker that died (longer than any send with its retries). */
  leaseMs: number;
  /** Pause between receives when the queue is empty. */
  idlePollMs: number;
}

/** How a batch ended for this worker: done, handed back (stopping), or to be looked at again. */
type BatchEnd = 'done' | 'stopped' | 'again';

/**
 * Sends the notices that follow people's clicks, one queue message per batch. For each: read
 * the batch's rows (the truth); close rows a dead worker left `sending` past their lease as
 * unknown, never re-sent; claim each pending row with its ETag, let the delivery write it for
 * its recipient and send it (rate limits and retries are the proactive sender's), record the
 * outcome; then delete the message. Any number of instances can run this side by side.
 */
export class NoticeWorker {
  private readonly consumer: QueueConsumer<QueuedNotice>;

  constructor(
    private readonly deps: {
      queue: NoticeQueue;
      notices: NoticeRepository;
      delivery: NoticeDelivery;
      clock: Clock;
      logger: Logger;
    },
    private readonly instanceId: string,
    private readonly options: NoticeWorkerOptions,
  ) {
    this.consumer = new QueueConsumer({
      maxInFlight: options.maxBatches,
      receive: (count) => deps.queue.receive(count, options.invisibleForMs),
      handle: (message, going) => this.handle(message, going),
      idlePollMs: options.idlePollMs,
      logger: deps.logger,
      unreadable: 'notice queue could not be read',
      failed: 'notice batch failed; its message returns after its timeout',
    });
  }

  start(): void {
    this.consumer.start();
  }

  /** Stops taking work and waits for the batches in progress, so no claimed notice is left half done. */
  stop(): Promise<void> {
    return this.consumer.stop();
  }

  /**
   * Handles every message visible now, until the queue is empty; returns how many. For tests
   * and tools that drive the worker step by step instead of starting it.
   */
  async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const received = await this.deps.queue.receive(this.options.maxBatches, this.options.invisibleForMs);
      if (received.length === 0) return handled;
      await Promise.all(received.map((message) => this.handle(message, () => true)));
      handled += received.length;
    }
  }

  /** One queue message: one batch, start to finish. `going` is false once the worker stops. */
  async handle(message: QueuedNotice, going: () => boolean): Promise<void> {
    const rows = await this.deps.notices.batch(message.job);
    const ends = await Promise.all(rows.map((row) => this.settle(row, going)));
    if (ends.includes('stopped')) return this.deps.queue.release(message);
    // A notice another worker is still sending, or one whose writing failed: the message comes back after its timeout.
    if (!ends.includes('again')) await this.deps.queue.complete(message);
  }

  private async settle(row: Versioned<Notice>, going: () => boolean): Promise<BatchEnd> {
    const now = this.deps.clock.now();
    if (row.value.status === 'sending') {
      const expired = expireNotice(row.value, now, this.options.leaseMs);
      if (!expired.ok) return 'again';
      await this.deps.notices.update(expired.value, row.etag);
      return 'done';
    }
    if (row.value.status !== 'pending') return 'done';
    if (!going()) return 'stopped';
    const claimed = claimNotice(row.value, this.instanceId, now);
    if (!claimed.ok || (await this.deps.notices.update(claimed.value, row.etag)) !== 'written') return 'done';
    return this.send(claimed.value);
  }

  private async send(notice: Notice): Promise<BatchEnd> {
    let outcome: NoticeOutcome;
    try {
      outcome = await this.deps.delivery.deliver(notice);
    } catch (error) {
      // Nothing left (the delivery failed before sending, e.g. storage unavailable): pending again, for the next round.
      this.deps.logger.warn({ err: error, batchId: notice.batchId, kind: notice.subject.kind }, 'notice not sent yet');
      const { claimedBy: _by, claimedAt: _at, ...unclaimed } = notice;
      await this.deps.notices.write({
        ...unclaimed,
        status: 'pending',
        updatedAt: this.deps.clock.now().toISOString(),
      });
      return 'again';
    }
    // If this write fails the row stays `sending` and is closed as unknown after the lease: never sent twice.
    await this.deps.notices.write(settleNotice(notice, outcome, this.deps.clock.now()));
    return 'done';
  }
}
