import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import { DueEntryDispatcher } from '../jobs/due-dispatch';
import { startIntervalJob, type IntervalJob } from '../jobs/interval-job';
import { ReminderScheduler } from '../jobs/reminder-scheduler';
import type { Logger } from '../logger';
import { MomentumService } from '../services/meetings/momentum-service';
import { TeamsMeetingNotifier } from '../teams/meetings/meeting-notifier';
import { TeamsNudgeNotifier } from '../teams/meetings/momentum-nudges';
import { TeamsPollNotifier } from '../teams/polls/poll-notifier';
import type { ProactiveSender } from '../teams/proactive';
import type { SubjectCardMakers } from '../teams/broadcasts/subject-cards';
import { composeBroadcastJobs, type BroadcastTuning } from './broadcasts';
import { composeNoticeWorker } from './notices';
import type { NoticeWorkerOptions } from '../jobs/notice-worker';
import type { Services } from './services';
import type { Repositories } from './storage';
import type { Messengers } from './teams';

interface JobDeps {
  repos: Repositories;
  services: Services;
  messengers: Messengers;
  proactive: ProactiveSender;
  /** The features' card makers for broadcasts that carry their own items. */
  subjectCards: SubjectCardMakers;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Names this instance in its claims, so logs and delivery rows show which one did the work. */
  instanceId: string;
  broadcastTuning?: BroadcastTuning;
  /** The bot's id, which introductions name in their chat links. */
  botAppId: string;
  noticeTuning?: Partial<NoticeWorkerOptions>;
}

/** The background work: broadcasts, notices, due reminders and polls, the momentum sweep, retention; started by the server's own process. */
export function composeJobs(deps: JobDeps) {
  const { repos, services, messengers, proactive, config, clock, logger } = deps;
  const { matching, meetings, polls } = services;
  const broadcasts = composeBroadcastJobs({
    repos,
    fanOut: services.broadcastFanOut,
    proactive,
    subjectCards: deps.subjectCards,
    config,
    clock,
    logger,
    instanceId: deps.instanceId,
    tuning: deps.broadcastTuning,
  });
  const notifier = new DueEntryDispatcher(
    new TeamsMeetingNotifier(matching, messengers.messenger),
    new TeamsPollNotifier({ polls, matching, messenger: messengers.messenger, messages: messengers.pollMessages }),
  );
  const reminders = new ReminderScheduler(repos.dueIndex, meetings, notifier, clock, logger, deps.instanceId);
  const nudges = new TeamsNudgeNotifier(matching, meetings, messengers.messenger, logger);
  const momentum = new MomentumService(repos.programmes, repos.pairs, repos.meetings, nudges, clock);
  const notices = composeNoticeWorker({
    ...deps,
    messenger: messengers.messenger,
    tuning: deps.noticeTuning,
  });
  const timers: IntervalJob[] = [];
  const every = (name: string, ms: number, tick: () => Promise<unknown>) => {
    if (ms > 0) timers.push(startIntervalJob(name, ms, tick, logger));
  };
  return {
    broadcasts,
    reminders,
    momentum,
    notices,
    /** Starts the queue workers and the interval jobs the configuration turns on (0 = never). */
    start(): void {
      broadcasts.worker.start();
      notices.start();
      every('notices', config.noticeSweepSeconds * 1000, () => services.notices.sweep());
      every('broadcasts', config.broadcast.tickSeconds * 1000, () => broadcasts.tick());
      every('reminders', config.reminderTickSeconds * 1000, () => reminders.tick());
      every('momentum', config.momentumSweepMinutes * 60_000, () => momentum.sweep());
      every('retention', config.retentionIntervalMinutes * 60_000, () => services.retention.run());
    },
    /** Stops the interval jobs; the queue workers stop with `broadcasts.stop()` and `notices.stop()`. */
    stopTimers(): void {
      timers.forEach((job) => job.stop());
    },
  };
}

export type Jobs = ReturnType<typeof composeJobs>;
