import type { Server } from 'restify';
import type { Config } from './config';
import type { Clock } from './domain/clock';
import { healthCheck } from './http/health';
import { registerMyDataRoute } from './http/my-data.route';
import { registerProposalCsvRoute } from './http/proposal-csv.route';
import { registerBroadcastCsvRoute } from './http/broadcast-csv.route';
import { TenantTokenBucket } from './teams/tenant-throttle';
import { registerMeRoute } from './http/me.route';
import { registerJourneyRoutes } from './http/journey.route';
import { JourneyService } from './services/journey/journey-service';
import { OverviewService } from './services/journey/overview-service';
import type { JourneyExtras } from './services/journey/journey-extras';
import { journeyCaches } from './services/journey/journey-caches';
import { PairRevisionTableRepository } from './storage/pair-revision.table-repository';
import { TabAuthenticator } from './http/auth/tab-identity';
import { SignedDownloadLinks } from './http/signed-download-links';
import { createHttpServer } from './http/server';
import type { Logger } from './logger';
import type { ConversationDirectory } from './services/conversation-directory';
import { AdminAccess } from './services/programmes/admin-access';
import { ProgrammeService } from './services/programmes/programme-service';
import { OnboardingService } from './services/onboarding/onboarding-service';
import { PrivacyService } from './services/privacy/privacy-service';
import { conversationData, newsDeliveryData, enrolmentData, feedbackData, meetingData, pairingData, programmeParticipationData } from './services/privacy/personal-data-sources';
import { FeedbackService } from './services/feedback/feedback-service';
import { FeedbackTableRepository, GoodPracticeTableRepository } from './storage/feedback.table-repositories';
import { PairMessenger } from './teams/pair-messenger';
import { registerMeetingIcsRoute } from './http/meeting-ics.route';
import { MomentumService } from './services/meetings/momentum-service';
import { TeamsNudgeNotifier } from './teams/meetings/momentum-nudges';
import { EnrolmentService } from './services/enrolment/enrolment-service';
import { EnrolmentTableRepository } from './storage/enrolment.table-repository';
import { MatchingService } from './services/matching/matching-service';
import { NewPartnerService } from './services/matching/new-partner-service';
import { PairTableRepository, ProposalTableRepository } from './storage/pairing.table-repositories';
import { utcOffsetsAt } from './domain/matching/utc-offsets';
import { randomUUID } from 'node:crypto';
import { stableUuid } from './stable-id';
import { MeetingService } from './services/meetings/meeting-service';
import { DueIndexTableRepository, MeetingTableRepository } from './storage/meeting.table-repositories';
import { ReminderScheduler } from './jobs/reminder-scheduler';
import { TeamsMeetingNotifier } from './teams/meetings/meeting-notifier';
import { ConversationAddressTableRepository } from './storage/conversation-address.table-repository';
import { ProgrammeTableRepository } from './storage/programme.table-repository';
import { ProfileTableRepository } from './storage/profile.table-repository';
import { ConsentRefusalTableLog } from './storage/consent-refusal.table-log';
import { TableStore } from './storage/table-store';
import type { StorageConnection } from './storage/storage-connection';
import { botAppIdOf, createAdapter, createConnectorClients } from './teams/adapter';
import { createTeamsApp, type TandemServices } from './teams/app';
import { ConversationThrottle } from './teams/conversation-throttle';
import { ProactiveSender } from './teams/proactive';
import { RetentionService } from './services/retention/retention-service';
import { startIntervalJob, type IntervalJob } from './jobs/interval-job';
import { composeBroadcasts, type BroadcastTuning, type Broadcasts } from './compose-broadcasts';
import { PollService } from './services/polls/poll-service';
import { AgendaService } from './services/polls/agenda-service';
import { pollData } from './services/polls/poll-personal-data';
import { PollTableRepository } from './storage/poll.table-repository';
import { PollMessages } from './teams/polls/poll-message';
import { MeetingMessages } from './teams/meetings/meeting-messages';
import { ObservedMeetingRepository } from './services/meetings/observed-meeting-repository';
import { TeamsPollNotifier } from './teams/polls/poll-notifier';
import { DueEntryDispatcher } from './jobs/due-dispatch';

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
  /** The open topic poll for the journey tab, until the topic-poll feature provides it (tests set one). */
}

/** The assembled application: everything wired, nothing listening yet. */
export interface Tandem {
  server: Server;
  store: TableStore;
  directory: ConversationDirectory;
  proactive: ProactiveSender;
  services: TandemServices;
  /** The reminder scheduler (tests tick it with their own clock). */
  reminders: ReminderScheduler;
  /** The broadcast queue worker, scheduler tick and report refresher (tests drive them directly). */
  broadcasts: Broadcasts;
  /** Keeps posted poll cards current (tests wait for it to be idle). */
  pollMessages: PollMessages;
  /** The momentum guard's sweep (tests run it with their own clock). */
  momentum: MomentumService;
  /** Starts the background jobs (the server's own process only; tests drive jobs directly). */
  startJobs(): void;
  /** Resolves when the chat-message updates this instance has scheduled have run (shutdown, and tests before they look). */
  idle(): Promise<void>;
  /** Starts listening; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Wires configuration → storage → services → Teams app → HTTP server. */
export function composeTandem(deps: TandemDeps): Tandem {
  const { config, logger, clock } = deps;
  const store = new TableStore({ connection: deps.storage, tablePrefix: config.tablePrefix });
  const directory = new ConversationAddressTableRepository(store);
  // Programme and profile edits bump no pair revision: this instance's own edits clear its journey cache.
  const journeyCache = journeyCaches(clock);
  const forgetJourneys = () => journeyCache.data.clear();
  const programmeRepository = new ProgrammeTableRepository(store, forgetJourneys);
  const profileRepository = new ProfileTableRepository(store, forgetJourneys);
  // Every repository of pair data bumps the pair's revision after its writes (see pair-revisions.ts).
  const pairRevisions = new PairRevisionTableRepository(store);
  const refusals = new ConsentRefusalTableLog(store);
  const enrolmentRepository = new EnrolmentTableRepository(store);
  const proposalRepository = new ProposalTableRepository(store);
  const dueIndex = new DueIndexTableRepository(store);
  const pollRepository = new PollTableRepository(store, pairRevisions);
  const pairRepository = new PairTableRepository(store, pairRevisions);
  // The pair chat's meeting messages follow every meeting write (see MeetingMessages below).
  const meetingRepository = new ObservedMeetingRepository(new MeetingTableRepository(store, pairRevisions));
  const feedbackRepository = new FeedbackTableRepository(store, pairRevisions);
  const goodPractices = new GoodPracticeTableRepository(store);
  const access = new AdminAccess(config.bootstrapAdmins);
  const tabAuth = deps.tabAuth ?? new TabAuthenticator(config.tabAuth);
  if (tabAuth.developmentMode) logger.warn('Tab API in DEVELOPMENT identity mode (no AAD_APP_CLIENT_ID): requests name their user in a header. Local runs only.');
  const links = new SignedDownloadLinks(config.publicUrl, config.linkSecret, () => clock.now());
  const programmeService = new ProgrammeService(programmeRepository, access, clock);
  const matching = new MatchingService(programmeService, programmeRepository, profileRepository, proposalRepository, pairRepository, clock, utcOffsetsAt);
  const meetingService = new MeetingService(programmeRepository, pairRepository, meetingRepository, dueIndex, clock, stableUuid);
  const newPartners = new NewPartnerService(programmeService, programmeRepository, profileRepository, pairRepository, clock, utcOffsetsAt);
  const polls = new PollService(programmeRepository, pairRepository, profileRepository, meetingRepository, pollRepository, clock);

  // Each instance names itself in its claims, so logs and delivery rows show which one did the work.
  const instanceId = `instance-${randomUUID().slice(0, 8)}`;
  const news = composeBroadcasts({ store, storage: deps.storage, config, clock, logger, programmes: programmeService, profiles: profileRepository, directory, instanceId, tuning: deps.broadcastTuning });
  const privacy = new PrivacyService(
    [...programmeParticipationData(programmeRepository, profileRepository, refusals), enrolmentData(programmeRepository, enrolmentRepository), meetingData(programmeRepository, pairRepository, meetingRepository), pairingData(programmeRepository, pairRepository, proposalRepository, { now: () => clock.now(), newId: randomUUID }), ...feedbackData(programmeRepository, feedbackRepository, goodPractices), pollData(programmeRepository, pollRepository), conversationData(directory), newsDeliveryData(news.recipients)],
    clock,
  );
  const retention = new RetentionService(programmeRepository, profileRepository, refusals, enrolmentRepository, { pairs: pairRepository, proposals: proposalRepository }, clock, config.retentionDays, {
    perPair: [meetingRepository, pollRepository],
    perAuthor: [feedbackRepository, goodPractices],
    perProgramme: [news.retention],
  });
  const services = {
    broadcasts: news.service,
    broadcastFanOut: news.fanOut,
    access,
    programmes: programmeService,
    matching,
    newPartners,
    meetings: meetingService,
    polls,
    agendas: new AgendaService(programmeRepository, pairRepository, meetingRepository, clock),
    feedback: new FeedbackService(programmeRepository, pairRepository, meetingRepository, feedbackRepository, goodPractices, clock),
    onboarding: new OnboardingService(programmeRepository, profileRepository, refusals, enrolmentRepository, clock),
    enrolment: new EnrolmentService(programmeRepository, enrolmentRepository, profileRepository, clock),
    privacy,
    links,
    retention,
  };

  const adapter = createAdapter(config.bot);
  const botAppId = botAppIdOf(config.bot);
  const connectorClients = createConnectorClients(config.bot);
  const proactive = new ProactiveSender(connectorClients, {
    throttle: new ConversationThrottle(),
    logger,
    maxAttempts: config.proactiveMaxAttempts,
    tenantThrottle: new TenantTokenBucket(config.broadcast.ratePerSecond),
    attemptTimeoutMs: config.proactiveTimeoutMs,
  });
  const broadcasts = news.start(proactive);
  const messenger = new PairMessenger(directory, proactive);
  const pollMessages = new PollMessages({ polls, matching, directory, proactive, logger });
  const meetingMessages = new MeetingMessages({ meetings: meetingService, matching, messenger, links, logger });
  meetingRepository.onWritten((meeting) => meetingMessages.follow(meeting));
  const app = createTeamsApp({ adapter, botAppId, directory, clock, logger, services, publicUrl: config.publicUrl, proactive, messenger, pollMessages, meetingMessages, startBroadcast: (tenantId, id) => broadcasts.startFanOut(tenantId, id) });

  const server = createHttpServer({
    logger,
    handleBotActivity: (req, res) => adapter.process(req, res, (context) => app.run(context).then(() => undefined)),
    checkHealth: healthCheck(store),
    tabDirectory: config.tabDir,
    registerApiRoutes: (http) => {
      registerMyDataRoute(http, { links, privacy });
      registerProposalCsvRoute(http, { links, matching });
      registerBroadcastCsvRoute(http, { links, broadcasts: news.service });
      registerMeetingIcsRoute(http, { links, meetings: meetingService, now: () => clock.now() });
      registerMeRoute(http, { auth: tabAuth, onboarding: services.onboarding });
      // The journey tab reads what the pair's features stored; poll and learnings join through JourneyExtras.
      const journeyStores = { programmes: programmeRepository, pairs: pairRepository, profiles: profileRepository, meetings: meetingRepository, revisions: pairRevisions };
      // The pair's data as stored (private notes included, so it can be cached per pair); the journey service filters it per viewer.
      const journeyExtras: JourneyExtras = {
        feedback: (programmeId, pairId) => feedbackRepository.forPair(programmeId, pairId),
        poll: (programmeId, pairId) => polls.openPollOf(programmeId, pairId),
      };
      const journeys = new JourneyService(journeyStores, access, clock, journeyExtras, journeyCache);
      registerJourneyRoutes(http, { auth: tabAuth, journeys, overview: new OverviewService(journeyStores, access, clock) });
    },
  });

  const jobs: IntervalJob[] = [];
  const notifier = new DueEntryDispatcher(new TeamsMeetingNotifier(matching, messenger), new TeamsPollNotifier({ polls, matching, directory, proactive, messages: pollMessages }));
  const momentum = new MomentumService(programmeRepository, pairRepository, meetingRepository, new TeamsNudgeNotifier(matching, meetingService, messenger, logger), clock);
  const reminders = new ReminderScheduler(dueIndex, meetingService, notifier, clock, logger, instanceId);
  return {
    server,
    store,
    directory,
    proactive,
    services,
    reminders,
    broadcasts,
    pollMessages,
    momentum,
    startJobs() {
      broadcasts.worker.start();
      if (config.broadcast.tickSeconds > 0) jobs.push(startIntervalJob('broadcasts', config.broadcast.tickSeconds * 1000, () => broadcasts.tick(), logger));
      if (config.reminderTickSeconds > 0) jobs.push(startIntervalJob('reminders', config.reminderTickSeconds * 1000, () => reminders.tick(), logger));
      if (config.momentumSweepMinutes > 0) jobs.push(startIntervalJob('momentum', config.momentumSweepMinutes * 60_000, () => momentum.sweep(), logger));
      if (config.retentionIntervalMinutes > 0) {
        jobs.push(startIntervalJob('retention', config.retentionIntervalMinutes * 60_000, () => retention.run(), logger));
      }
    },
    idle: async () => {
      await Promise.all([pollMessages.idle(), meetingMessages.idle()]);
    },
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`);
        });
      }),
    close: async () => {
      jobs.forEach((job) => job.stop());
      await Promise.all([pollMessages.idle(), meetingMessages.idle()]); // chat-message updates still gathering changes finish first
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Deliveries in progress finish and are recorded, so a stopped instance leaves nothing half sent.
      await broadcasts.stop();
      connectorClients.close();
    },
  };
}
