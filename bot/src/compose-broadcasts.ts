import type { Config } from './config';
import type { Clock } from './domain/clock';
import { BroadcastReports } from './jobs/broadcast-reports';
import { BroadcastWorker, type BroadcastWorkerOptions } from './jobs/broadcast-worker';
import type { Logger } from './logger';
import { BroadcastFanOut } from './services/broadcasts/broadcast-fan-out';
import { BroadcastService } from './services/broadcasts/broadcast-service';
import { NewsDeliveryRetention } from './services/broadcasts/news-retention';
import type { ConversationDirectory } from './services/conversation-directory';
import type { ProfileRepository } from './services/onboarding/profile-repository';
import type { ProgrammeService } from './services/programmes/programme-service';
import { BroadcastTableRepository } from './storage/broadcast.table-repository';
import { DeliveryStorageQueue } from './storage/delivery.queue';
import { NewsChannelTableRepository } from './storage/news-channel.table-repository';
import { RecipientTableRepository } from './storage/recipient.table-repository';
import { ShardTallyTableRepository } from './storage/shard-tally.table-repository';
import type { StorageConnection } from './storage/storage-connection';
import type { TableStore } from './storage/table-store';
import { TeamsNewsDelivery } from './teams/broadcasts/news-delivery';
import type { ProactiveSender } from './teams/proactive';

/** Timings tests shorten; production uses the defaults. */
export interface BroadcastTuning {
  worker?: Partial<BroadcastWorkerOptions>;
  reportIntervalMs?: number;
}

const WORKER_DEFAULTS: Omit<BroadcastWorkerOptions, 'maxInFlight'> = {
  // Longer than a send with all its retries usually takes; if it does take longer, the row's lease still protects it.
  invisibleForMs: 5 * 60_000,
  leaseMs: 15 * 60_000,
  idlePollMs: 1000,
};

/** The running parts of broadcasting in one instance. */
export interface Broadcasts {
  worker: BroadcastWorker;
  reports: BroadcastReports;
  fanOut: BroadcastFanOut;
  /** Fans a queued broadcast out in the background; a scheduler tick finishes it if this instance dies first. */
  startFanOut(tenantId: string, broadcastId: string): void;
  /** One scheduler pass: due scheduled news, stalled fan-outs, reports of sending news. */
  tick(): Promise<unknown>;
  /** Resolves when background fan-outs started here are done (tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Wires the broadcast feature: repositories, queue, service and fan-out now; worker and delivery once the sender exists. */
export function composeBroadcasts(deps: {
  store: TableStore; storage: StorageConnection; config: Config; clock: Clock; logger: Logger;
  programmes: ProgrammeService; profiles: ProfileRepository; directory: ConversationDirectory; instanceId: string; tuning?: BroadcastTuning;
}) {
  const broadcasts = new BroadcastTableRepository(deps.store);
  const recipients = new RecipientTableRepository(deps.store);
  const tallies = new ShardTallyTableRepository(deps.store);
  const channels = new NewsChannelTableRepository(deps.store);
  const queue = new DeliveryStorageQueue(deps.storage, deps.config.tablePrefix);
  const service = new BroadcastService(deps.programmes, deps.profiles, channels, broadcasts, recipients, deps.clock);
  const fanOut = new BroadcastFanOut(service, broadcasts, recipients, tallies, queue, deps.directory, deps.clock);

  function start(proactive: ProactiveSender): Broadcasts {
    const delivery = new TeamsNewsDelivery(deps.directory, channels, proactive);
    const reports = new BroadcastReports(fanOut, delivery, deps.logger, deps.tuning?.reportIntervalMs ?? 2000);
    const worker = new BroadcastWorker({ queue, recipients, tallies, broadcasts, delivery, reports, clock: deps.clock, logger: deps.logger }, deps.instanceId, {
      // Half a second's worth of sends: enough to keep the bucket busy, few enough that a stopping instance finishes them quickly.
      maxInFlight: Math.max(4, Math.ceil(deps.config.broadcast.ratePerSecond / 2)),
      ...WORKER_DEFAULTS,
      ...deps.tuning?.worker,
    });
    const running = new Set<Promise<unknown>>();
    const track = (work: Promise<unknown>) => {
      running.add(work);
      void work.finally(() => running.delete(work));
    };
    return {
      worker,
      reports,
      fanOut,
      startFanOut(tenantId, broadcastId) {
        track(
          fanOut
            .fanOut(tenantId, broadcastId)
            // The fan-out knows the counts (all pending, or as a resumed run found them): shown without reading every row.
            .then((progress) => progress && reports.show(progress))
            .catch((error: unknown) => deps.logger.error({ err: error, broadcastId }, 'broadcast fan-out failed; the scheduler resumes it')),
        );
      },
      tick: () => fanOut.tick((progress) => delivery.showProgress(progress)),
      async idle() {
        while (running.size > 0) await Promise.all([...running]);
      },
      async stop() {
        await this.idle();
        await worker.stop();
      },
    };
  }
  return { service, fanOut, recipients, retention: new NewsDeliveryRetention(broadcasts, recipients, tallies), start };
}
