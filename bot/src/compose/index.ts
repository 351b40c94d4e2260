import { stableUuid } from '../stable-id';
import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import type { TabAuthenticator } from '../http/auth/tab-identity';
import type { BroadcastJobs } from '../jobs/broadcast-jobs';
import type { ReminderScheduler } from '../jobs/reminder-scheduler';
import type { NoticeWorker, NoticeWorkerOptions } from '../jobs/notice-worker';
import type { Logger } from '../logger';
import type { ConversationDirectory } from '../services/conversation-directory';
import { journeyCaches } from '../services/journey/journey-caches';
import type { MomentumService } from '../services/meetings/momentum-service';
import type { StorageConnection } from '../storage/storage-connection';
import type { UpcomingBriefings } from '../services/mentor-kit/upcoming-briefings';
import { TableStore } from '../storage/table-store';
import type { PollMessages } from '../teams/polls/poll-message';
import { SubjectCardMakers } from '../teams/broadcasts/subject-cards';
import { BriefingInvitationCards } from '../teams/briefings/invitation-cards';
import { BRIEFING_SUBJECT } from '../services/briefings/briefing-service';
import { GOOD_PRACTICE_SUBJECT } from '../services/good-practices/practice-publishing';
import { personalTabLink } from '../teams/personal-tab-link';
import { practicePostMaker } from '../teams/good-practices/practice-post.card';
import { PracticeChannelPosts } from '../teams/good-practices/practice-channel-posts';
import { TeamsBroadcastDelivery } from '../teams/broadcasts/broadcast-delivery';
import type { PracticePosts } from '../services/good-practices/good-practice-ports';
import type { BroadcastTuning } from './broadcasts';
import { composeHttpServer } from './http';
import { composeJobs } from './jobs';
import { composeServices, type Services } from './services';
import { composeRepositories, migrateStorage, type Repositories } from './storage';
import { composeMessengers, composeTeamsApp, composeTeamsConnection } from './teams';

export type { BroadcastTuning } from './broadcasts';

export interface TandemDeps {
  config: Config;
  logger: Logger;
  /** The storage account to use (a real one, or the embedded Azurite). */
  storage: StorageConnection;
  clock: Clock;
  /** Overrides how tab tokens are checked (tests bring their own signing keys). */
  tabAuth?: TabAuthenticator;
  /** Broadcast worker timings (tests poll faster and refresh reports sooner). */
  broadcastTuning?: BroadcastTuning;
  /** Notice worker timings (tests poll faster). */
  noticeTuning?: Partial<NoticeWorkerOptions>;
  /** Where the mentor kit learns the next briefing session; none is ever shown when unset. */
  upcomingBriefings?: UpcomingBriefings;
}

/** The assembled application as the server process uses it: everything wired, nothing listening yet. */
export interface Tandem {
  /** Moves rows of older storage layouts, then starts listening; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Starts the background jobs (the server's own process only; tests drive jobs through TestHooks). */
  startJobs(): void;
  /** Resolves when the chat-message updates and journey snapshots this instance has started are done. */
  idle(): Promise<void>;
  /** Stops jobs and the server, letting started work (chat updates, deliveries) finish first. */
  close(): Promise<void>;
}

/**
 * TEST SEAM, not for production callers: the parts tests and benchmarks drive or read directly
 * (jobs ticked with their own clock, services called to arrange a scene, storage inspected).
 */
export interface TestHooks {
  store: TableStore;
  directory: ConversationDirectory;
  services: Services;
  reminders: ReminderScheduler;
  /** The broadcast queue worker, scheduler tick and report refresher. */
  broadcasts: BroadcastJobs;
  /** Keeps posted poll cards current. */
  pollMessages: PollMessages;
  /** The momentum guard's sweep. */
  momentum: MomentumService;
  /** The worker that sends the notices following people's clicks (its sweep is `services.notices.sweep`). */
  notices: NoticeWorker;
  /** The card makers of broadcasts that carry a feature's items. */
  subjectCards: SubjectCardMakers;
}

/** Wires storage → services → Teams → jobs → HTTP. `testHooks` are for the test harness and the demo seed (`npm run demo`). */
export function composeTandem(deps: TandemDeps): { tandem: Tandem; testHooks: TestHooks } {
  const { config, logger, clock } = deps;
  const store = new TableStore({ connection: deps.storage, tablePrefix: config.tablePrefix });
  // Programme edits move no pair revision: this instance's own edits clear its cached programmes.
  const journeyCache = journeyCaches(clock);
  const repos = composeRepositories(store, deps.storage, config.tablePrefix, () => journeyCache.programmes.clear());
  // A practice's channel posts are drawn by the Teams layer, composed after the services: bound below.
  const practicePosts = new LatePracticePosts();
  const services = composeServices({
    repos,
    config,
    clock,
    journeyCache,
    upcomingBriefings: deps.upcomingBriefings,
    practicePosts,
  });
  // Every settled write of a pair's journey data refreshes the snapshot its journey is read from.
  repos.revisions.onSettled((programmeId, pairId) => services.journeys.refreshSnapshot(programmeId, pairId));

  // The sender comes first: the messengers, the jobs and the Teams app all send through it.
  const connection = composeTeamsConnection(config, logger, repos.tenantBudgets);
  const { directory } = repos;
  const messengers = composeMessengers({
    services,
    directory,
    meetings: repos.meetings,
    proactive: connection.proactive,
    logger,
  });
  const instanceId = `instance-${randomUUID().slice(0, 8)}`;
  const subjectCards = composeSubjectCards(services, repos, config);
  practicePosts.bind(
    new PracticeChannelPosts({
      broadcasts: repos.broadcasts,
      recipients: repos.recipients,
      delivery: new TeamsBroadcastDelivery(directory, repos.newsChannels, connection.proactive),
      cards: subjectCards,
      programme: async (tenantId, programmeId) => (await repos.programmes.get(tenantId, programmeId))?.value,
      ids: stableUuid,
      logger,
    }),
  );
  const jobs = composeJobs({
    repos,
    services,
    messengers,
    proactive: connection.proactive,
    subjectCards,
    config,
    clock,
    logger,
    instanceId,
    broadcastTuning: deps.broadcastTuning,
    botAppId: connection.botAppId,
    noticeTuning: deps.noticeTuning,
  });
  const startBroadcast = (tenantId: string, broadcastId: string) => jobs.broadcasts.startFanOut(tenantId, broadcastId);
  const app = composeTeamsApp({ connection, messengers, services, directory, config, clock, logger, startBroadcast });

  const server = composeHttpServer({ config, logger, clock, store, services, connection, app, tabAuth: deps.tabAuth });
  const tandem: Tandem = {
    listen: async (port, host) => {
      await migrateStorage(store, repos, logger);
      return listen(server, port, host);
    },
    startJobs: () => jobs.start(),
    idle: async () => {
      await messengers.idle();
      await services.journeys.idle();
    },
    close: async () => {
      jobs.stopTimers();
      await messengers.idle(); // chat-message updates still gathering changes finish first
      await services.journeys.idle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Deliveries in progress finish and are recorded, so a stopped instance leaves nothing half sent.
      await Promise.all([jobs.broadcasts.stop(), jobs.notices.stop()]);
      connection.connectorClients.close();
    },
  };
  const { reminders, momentum, broadcasts, notices } = jobs;
  const { pollMessages } = messengers;
  return {
    tandem,
    testHooks: { store, directory, services, reminders, broadcasts, pollMessages, momentum, notices, subjectCards },
  };
}

function listen(server: Server, port: number, host = '0.0.0.0'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`);
    });
  });
}

/** The card makers of features that send their own cards through the broadcast fan-out, registered before the worker starts. */
function composeSubjectCards(services: Services, repos: Repositories, config: Config): SubjectCardMakers {
  const subjectCards = new SubjectCardMakers();
  subjectCards.register(BRIEFING_SUBJECT, new BriefingInvitationCards(services.rsvps));
  subjectCards.register(
    GOOD_PRACTICE_SUBJECT,
    practicePostMaker({
      posted: (programmeId, practiceId) => services.practicePublishing.posted(programmeId, practiceId),
      programme: async (tenantId, programmeId) => (await repos.programmes.get(tenantId, programmeId))?.value,
      libraryUrl: personalTabLink(config, 'good-practices'),
    }),
  );
  return subjectCards;
}

/** A practice's channel posts, bound once the Teams layer that draws them is composed (after the services). */
class LatePracticePosts implements PracticePosts {
  private target?: PracticePosts;

  bind(target: PracticePosts): void {
    this.target = target;
  }

  async refresh(tenantId: string, programmeId: string, practiceId: string): Promise<void> {
    await this.target?.refresh(tenantId, programmeId, practiceId);
  }
}
