import type { Logger } from '../logger';
import type { BroadcastFanOut } from '../services/broadcasts/broadcast-fan-out';
import type { BroadcastDelivery } from '../services/broadcasts/broadcast-ports';
import type { BroadcastReports } from './broadcast-reports';
import type { BroadcastWorker } from './broadcast-worker';

/**
 * The running parts of broadcasting in one instance: fan-outs started in the background, the
 * delivery queue's worker, the scheduler pass and the report refresher. Background fan-outs are
 * tracked so a stopping instance waits for them before its worker stops.
 */
export class BroadcastJobs {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    readonly worker: BroadcastWorker,
    readonly reports: BroadcastReports,
    readonly fanOut: BroadcastFanOut,
    private readonly delivery: BroadcastDelivery,
    private readonly logger: Logger,
  ) {}

  /** Fans a queued broadcast out in the background; a scheduler tick finishes it if this instance dies first. */
  startFanOut(tenantId: string, broadcastId: string): void {
    this.track(
      this.fanOut
        .fanOut(tenantId, broadcastId)
        // The fan-out knows the counts (all pending, or as a resumed run found them): shown without reading every row.
        .then((progress) => progress && this.reports.show(progress))
        .catch((error: unknown) =>
          this.logger.error({ err: error, broadcastId }, 'broadcast fan-out failed; the scheduler resumes it'),
        ),
    );
  }

  /** One scheduler pass: due scheduled news, stalled fan-outs, reports of sending news. */
  tick(): Promise<unknown> {
    return this.fanOut.tick((progress) => this.delivery.showProgress(progress));
  }

  /** Resolves when the background fan-outs started here are done. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Lets running fan-outs finish, then the worker's deliveries in progress, so nothing is left half sent. */
  async stop(): Promise<void> {
    await this.idle();
    await this.worker.stop();
  }

  private track(work: Promise<unknown>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }
}
