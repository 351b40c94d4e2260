import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger';

/**
 * Gathers the updates of one chat message: requests for the same key within `gatherMs` become
 * one update, and a request during an update runs it once more afterwards. A burst of presses
 * then costs a few updates, not one per press, which a chat's rate limit (7 a second) could not
 * carry. Each update reads its state fresh from storage, so nothing here must survive a restart.
 */
export class GatheredUpdates {
  private readonly pending = new Map<string, { again: boolean; done: Promise<void> }>();

  constructor(
    private readonly logger: Logger,
    private readonly gatherMs: number,
  ) {}

  /** Schedules `update` under `key`; returns at once (an invoke must answer fast). */
  schedule(key: string, update: () => Promise<void>, context: Record<string, unknown> = {}): void {
    const running = this.pending.get(key);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: true, done: Promise.resolve() };
    state.done = (async () => {
      while (state.again) {
        await sleep(this.gatherMs);
        state.again = false;
        await update().catch((error: unknown) =>
          this.logger.warn({ err: error, ...context }, 'a chat message could not be updated'),
        );
      }
      this.pending.delete(key);
    })();
    this.pending.set(key, state);
  }

  /** Resolves when every scheduled update has run (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending.values()].map((p) => p.done));
  }
}
