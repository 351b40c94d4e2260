import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import { personalTabLink } from '../teams/personal-tab-link';
import { NoticeWorker, type NoticeWorkerOptions } from '../jobs/notice-worker';
import type { Logger } from '../logger';
import { TeamsNoticeDelivery } from '../teams/notices/notice-delivery';
import type { PairMessenger } from '../teams/pair-messenger';
import type { Services } from './services';
import type { Repositories } from './storage';

const WORKER_DEFAULTS: NoticeWorkerOptions = {
  maxBatches: 10,
  // Longer than a batch with all its retries usually takes; if it does take longer, the rows' claims still protect them.
  invisibleForMs: 5 * 60_000,
  leaseMs: 15 * 60_000,
  idlePollMs: 1000,
};

/** The notice worker: notices written by the Teams layer, sent through the rate-limited sender. */
export function composeNoticeWorker(deps: {
  repos: Repositories;
  services: Services;
  messenger: PairMessenger;
  botAppId: string;
  config: Pick<Config, 'publicUrl'>;
  clock: Clock;
  logger: Logger;
  instanceId: string;
  tuning?: Partial<NoticeWorkerOptions>;
}): NoticeWorker {
  const { services } = deps;
  const delivery = new TeamsNoticeDelivery({
    matching: services.matching,
    programmes: deps.repos.programmes,
    profiles: deps.repos.profiles,
    messenger: deps.messenger,
    mentorKit: services.mentorKit,
    coach: services.coach,
    botAppId: deps.botAppId,
    practices: deps.repos.goodPractices,
    libraryUrl: personalTabLink(deps.config, 'good-practices'),
  });
  return new NoticeWorker(
    { queue: deps.repos.noticeQueue, notices: deps.repos.notices, delivery, clock: deps.clock, logger: deps.logger },
    deps.instanceId,
    { ...WORKER_DEFAULTS, ...deps.tuning },
  );
}
