import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger';

/** What a queue worker gives the receive loop it shares with the other workers. */
export interface QueueReceiveLoop<M> {
  /** False once the worker stops: the loop ends after its current step. */
  running(): boolean;
  /** Messages being handled at once, at most. */
  maxInFlight: number;
  /** The handlings still running (the worker adds and removes them). */
  inFlight: ReadonlySet<Promise<void>>;
  receive(count: number): Promise<M[]>;
  /** Starts handling one message; the worker tracks it in `inFlight`. */
  handle(message: M): void;
  /** Pause between receives when the queue is empty. */
  idlePollMs: number;
  logger: Logger;
  /** Logged when the queue cannot be read (the loop keeps going). */
  unreadable: string;
}

/**
 * Receives while there is room, waits for a handling to end when there is none, sleeps when
 * the queue is empty. A queue that cannot be read is logged and tried again after the pause.
 */
export async function runQueueReceiveLoop<M>(loop: QueueReceiveLoop<M>): Promise<void> {
  while (loop.running()) {
    const room = loop.maxInFlight - loop.inFlight.size;
    if (room <= 0) {
      await Promise.race(loop.inFlight);
      continue;
    }
    let received: M[] = [];
    try {
      received = await loop.receive(room);
    } catch (error) {
      loop.logger.error({ err: error }, loop.unreadable);
    }
    if (received.length === 0) {
      await sleep(loop.idlePollMs, undefined, { ref: false });
      continue;
    }
    for (const message of received) loop.handle(message);
  }
}
