import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger';

/** What a queue worker tells the consumer it shares with the other workers. */
export interface QueueConsumerOptions<M> {
  /** Messages handled at once, at most. */
  maxInFlight: number;
  receive(count: number): Promise<M[]>;
  /** Handles one message, start to finish; `going()` turns false once the consumer stops. */
  handle(message: M, going: () => boolean): Promise<void>;
  /** Pause between receives when the queue is empty. */
  idlePollMs: number;
  logger: Logger;
  /** Logged when the queue cannot be read (the loop keeps going). */
  unreadable: string;
  /** Logged when a handling fails: its message returns after its invisibility timeout. */
  failed: string;
  /** Called whenever the last handling in flight ends. */
  onQuiet?: () => void;
}

/**
 * The receive loop of a queue worker (news shards, notices): receives while there is room, waits
 * for a handling to end when there is none, sleeps when the queue is empty; stopping lets the
 * handlings in progress finish, so nothing claimed is left half done.
 */
export class QueueConsumer<M> {
  private going = false;
  private loop: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: QueueConsumerOptions<M>) {}

  /** Whether the consumer is running (a handling checks it between steps). */
  get running(): boolean {
    return this.going;
  }

  /** Handlings in progress now. */
  get handling(): number {
    return this.inFlight.size;
  }

  start(): void {
    if (this.going) return;
    this.going = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.going = false;
    await this.loop;
    await Promise.all([...this.inFlight]);
  }

  private async run(): Promise<void> {
    const { options } = this;
    while (this.going) {
      const room = options.maxInFlight - this.inFlight.size;
      if (room <= 0) {
        await Promise.race(this.inFlight);
        continue;
      }
      let received: M[] = [];
      try {
        received = await options.receive(room);
      } catch (error) {
        options.logger.error({ err: error }, options.unreadable);
      }
      if (received.length === 0) {
        await sleep(options.idlePollMs, undefined, { ref: false });
        continue;
      }
      for (const message of received) this.track(options.handle(message, () => this.going));
    }
  }

  private track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => this.options.logger.error({ err: error }, this.options.failed))
      .finally(() => {
        this.inFlight.delete(tracked);
        if (this.inFlight.size === 0) this.options.onQuiet?.();
      });
    this.inFlight.add(tracked);
  }
}
