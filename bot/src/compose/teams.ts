import type { Config } from '../config';
import type { TenantBudgetLedgers } from '../services/tenant-budget/tenant-budget-ports';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { ConversationDirectory } from '../services/conversation-directory';
import type { ObservedMeetingRepository } from '../services/meetings/observed-meeting-repository';
import { botAppIdOf, createAdapter, createConnectorClients } from '../teams/adapter';
import { createTeamsApp } from '../teams/app';
import { ConversationThrottle } from '../teams/conversation-throttle';
import { MeetingMessages } from '../teams/meetings/meeting-messages';
import { PairMessenger } from '../teams/pair-messenger';
import { PollMessages } from '../teams/polls/poll-message';
import { ProactiveSender } from '../teams/proactive';
import { sharedTenantThrottle } from '../teams/shared-tenant-budget';
import type { Services } from './services';

/** Teams' side of the wire: the adapter for incoming turns and the rate-limited sender for outgoing ones. */
export function composeTeamsConnection(config: Config, logger: Logger, ledgers: TenantBudgetLedgers) {
  const connectorClients = createConnectorClients(config.bot);
  const proactive = new ProactiveSender(connectorClients, {
    throttle: new ConversationThrottle(),
    logger,
    maxAttempts: config.proactiveMaxAttempts,
    tenantThrottle: sharedTenantThrottle({
      ratePerSecond: config.tenantRate.perSecond,
      maxInstances: config.tenantRate.maxInstances,
      ledgers,
      logger,
    }),
    attemptTimeoutMs: config.proactiveTimeoutMs,
  });
  return { adapter: createAdapter(config.bot), botAppId: botAppIdOf(config.bot), connectorClients, proactive };
}

export type TeamsConnection = ReturnType<typeof composeTeamsConnection>;

/** The pair chat's messages that follow stored state: meeting cards after every meeting write, poll cards after votes. */
export function composeMessengers(deps: {
  services: Services;
  directory: ConversationDirectory;
  meetings: ObservedMeetingRepository;
  proactive: ProactiveSender;
  logger: Logger;
}) {
  const { services, directory, proactive, logger } = deps;
  const messenger = new PairMessenger(directory, proactive);
  const pollMessages = new PollMessages({
    polls: services.polls,
    matching: services.matching,
    messenger,
    logger,
  });
  const meetingMessages = new MeetingMessages({
    meetings: services.meetings,
    matching: services.matching,
    messenger,
    links: services.links,
    logger,
  });
  deps.meetings.onWritten((meeting) => meetingMessages.follow(meeting));
  return {
    messenger,
    pollMessages,
    meetingMessages,
    /** Resolves when the chat-message updates this instance has scheduled have run. */
    idle: async () => {
      await Promise.all([pollMessages.idle(), meetingMessages.idle()]);
    },
  };
}

export type Messengers = ReturnType<typeof composeMessengers>;

/** The teams-ai Application with every feature, on the connection, services and messengers above. */
export function composeTeamsApp(deps: {
  connection: TeamsConnection;
  messengers: Messengers;
  services: Services;
  directory: ConversationDirectory;
  config: Config;
  clock: Clock;
  logger: Logger;
  startBroadcast(tenantId: string, broadcastId: string): void;
}) {
  const { connection, messengers } = deps;
  return createTeamsApp({
    adapter: connection.adapter,
    botAppId: connection.botAppId,
    proactive: connection.proactive,
    directory: deps.directory,
    clock: deps.clock,
    logger: deps.logger,
    services: deps.services,
    publicUrl: deps.config.publicUrl,
    teamsAppId: deps.config.teamsAppId,
    messenger: messengers.messenger,
    pollMessages: messengers.pollMessages,
    meetingMessages: messengers.meetingMessages,
    startBroadcast: deps.startBroadcast,
  });
}

export type TeamsApp = ReturnType<typeof composeTeamsApp>;
