import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import { BroadcastJobs } from '../jobs/broadcast-jobs';
import { BroadcastReports } from '../jobs/broadcast-reports';
import { BroadcastWorker, type BroadcastWorkerOptions } from '../jobs/broadcast-worker';
import type { Logger } from '../logger';
import type { BroadcastFanOut } from '../services/broadcasts/broadcast-fan-out';
import { TeamsBroadcastDelivery } from '../teams/broadcasts/broadcast-delivery';
import type { ProactiveSender } from '../teams/proactive';
import type { SubjectCardMakers } from '../teams/broadcasts/subject-cards';
import type { Repositories } from './storage';

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

interface BroadcastJobDeps {
  repos: Repositories;
  fanOut: BroadcastFanOut;
  proactive: ProactiveSender;
  /** The features' card makers for broadcasts that carry their own items. */
  subjectCards: SubjectCardMakers;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Named in the worker's claims, so delivery rows show which instance sent them. */
  instanceId: string;
  tuning?: BroadcastTuning;
}

/** The broadcast feature's running parts: delivery through Teams, the report refresher, the queue worker. */
export function composeBroadcastJobs({
  repos,
  fanOut,
  proactive,
  subjectCards,
  config,
  clock,
  logger,
  instanceId,
  tuning,
}: BroadcastJobDeps): BroadcastJobs {
  const delivery = new TeamsBroadcastDelivery(repos.directory, repos.newsChannels, proactive, subjectCards);
  const reports = new BroadcastReports(fanOut, delivery, logger, tuning?.reportIntervalMs ?? 2000);
  const worker = new BroadcastWorker(
    {
      queue: repos.deliveryQueue,
      recipients: repos.recipients,
      tallies: repos.tallies,
      broadcasts: repos.broadcasts,
      delivery,
      reports,
      clock,
      logger,
    },
    instanceId,
    {
      // Half a second's worth of sends: enough to keep the bucket busy, few enough that a stopping instance finishes them quickly.
      maxInFlight: Math.max(4, Math.ceil(config.tenantRate.perSecond / 2)),
      ...WORKER_DEFAULTS,
      ...tuning?.worker,
    },
  );
  return new BroadcastJobs(worker, reports, fanOut, delivery, logger);
}
