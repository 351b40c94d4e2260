import { claimRecipient, expireRecipient, FINAL_STATUSES, settleRecipient, type Broadcast } from '../domain/broadcasts';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { BroadcastRepository, DeliveryQueue, QueuedDelivery, RecipientRepository } from '../services/broadcasts/broadcast-ports';
import type { BroadcastReports } from './broadcast-reports';
import type { NewsDelivery } from './news-delivery';

export interface BroadcastWorkerOptions {
  /** Deliveries in progress at once in this instance (the token bucket sets the real pace). */
  maxInFlight: number;
  /** How long a received message stays hidden from other workers; it reappears if we die. */
  invisibleForMs: number;
  /** A `sending` row older than this belonged to a worker that died (longer than any send with its retries). */
  leaseMs: number;
  /** Pause between receives when the queue is empty. */
  idlePollMs: number;
}

/**
 * Consumes the fan-out queue. For each message: read the recipient's row (the truth), claim it
 * with its ETag (pending → sending), send, record the outcome, then delete the message. A
 * message for a row already final is a duplicate and is dropped; a row another worker is
 * sending is left alone; a row left `sending` by a dead worker is closed as unknown, not re-sent.
 * Any number of instances can run this side by side.
 */
export class BroadcastWorker {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly contents = new Map<string, Broadcast>();

  constructor(
    private readonly deps: { queue: DeliveryQueue; recipients: RecipientRepository; broadcasts: BroadcastRepository; delivery: NewsDelivery; reports: BroadcastReports; clock: Clock; logger: Logger },
    private readonly instanceId: string,
    private readonly options: BroadcastWorkerOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops taking work and waits for the deliveries in progress, so none is left half done. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.all([...this.inFlight]);
    await this.deps.reports.flush();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const room = this.options.maxInFlight - this.inFlight.size;
      if (room <= 0) {
        await Promise.race(this.inFlight);
        continue;
      }
      let received: QueuedDelivery[] = [];
      try {
        received = await this.deps.queue.receive(room, this.options.invisibleForMs);
      } catch (error) {
        this.deps.logger.error({ err: error }, 'broadcast queue could not be read');
      }
      if (received.length === 0) {
        await sleep(this.options.idlePollMs);
        continue;
      }
      for (const message of received) this.track(this.handle(message));
    }
  }

  private track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => this.deps.logger.error({ err: error }, 'broadcast delivery failed; the message returns after its timeout'))
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** One queue message, start to finish. */
  async handle(message: QueuedDelivery): Promise<void> {
    const { job } = message;
    const found = await this.deps.recipients.get(job.broadcastId, job.key);
    if (!found || FINAL_STATUSES.has(found.value.status)) return this.deps.queue.complete(message);
    const now = this.deps.clock.now();
    if (found.value.status === 'sending') {
      const expired = expireRecipient(found.value, now, this.options.leaseMs);
      // Still within its lease: another worker is on it; the message comes back later if that worker dies.
      if (!expired.ok) return;
      if ((await this.deps.recipients.update(expired.value, found.etag)) === 'written') this.deps.reports.touch(job.tenantId, job.broadcastId);
      return this.deps.queue.complete(message);
    }
    const broadcast = await this.broadcast(job.tenantId, job.broadcastId);
    const claimed = claimRecipient(found.value, this.instanceId, now);
    if (!broadcast || !claimed.ok || (await this.deps.recipients.update(claimed.value, found.etag)) !== 'written') return this.deps.queue.complete(message);
    const outcome = await this.deps.delivery.deliver(broadcast, claimed.value);
    await this.deps.recipients.write(settleRecipient(claimed.value, outcome, this.deps.clock.now()));
    await this.deps.queue.complete(message);
    this.deps.reports.touch(job.tenantId, job.broadcastId);
  }

  /** A broadcast's content never changes once queued, so each instance reads it once. */
  private async broadcast(tenantId: string, broadcastId: string): Promise<Broadcast | undefined> {
    const cached = this.contents.get(broadcastId);
    if (cached) return cached;
    const found = (await this.deps.broadcasts.get(tenantId, broadcastId))?.value;
    if (found) {
      if (this.contents.size >= 100) this.contents.delete(this.contents.keys().next().value!);
      this.contents.set(broadcastId, found);
    }
    return found;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
