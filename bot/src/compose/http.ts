import type { Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { BotTokenVerifier } from '../http/auth/bot-token';
import { TabAuthenticator } from '../http/auth/tab-identity';
import { registerBroadcastCsvRoute } from '../http/broadcast-csv.route';
import { healthCheck } from '../http/health';
import { registerGoodPracticeRoutes } from '../http/good-practices.route';
import { registerJourneyRoutes } from '../http/journey.route';
import { registerDashboardRoutes } from '../http/dashboard.route';
import { registerMeRoute } from '../http/me.route';
import { registerMeetingIcsRoute } from '../http/meeting-ics.route';
import { registerMyDataRoute } from '../http/my-data.route';
import { registerProposalCsvRoute } from '../http/proposal-csv.route';
import { createHttpServer } from '../http/server';
import type { Clock } from '../domain/clock';
import { StorageError } from '../storage/storage-errors';
import type { TableStore } from '../storage/table-store';
import type { Services } from './services';
import type { TeamsApp, TeamsConnection } from './teams';

interface HttpDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: TableStore;
  services: Services;
  connection: TeamsConnection;
  app: TeamsApp;
  /** Overrides how tab tokens are checked (tests bring their own signing keys). */
  tabAuth?: TabAuthenticator;
}

/** The HTTP server: the bot endpoint, health, the tab's files and API, and the signed downloads. */
export function composeHttpServer(deps: HttpDeps): Server {
  const { config, logger, connection, app } = deps;
  const tabAuth = deps.tabAuth ?? new TabAuthenticator(config.tabAuth);
  if (tabAuth.developmentMode) {
    logger.warn(
      'Tab API in DEVELOPMENT identity mode (no AAD_APP_CLIENT_ID): requests name their user in a header. Local runs only.',
    );
  }
  const tokens =
    config.bot.mode === 'local'
      ? undefined
      : new BotTokenVerifier({ appId: config.bot.appId, openIdMetadataUrl: config.botOpenIdMetadataUrl });
  return createHttpServer({
    logger,
    bot: {
      tokens,
      runActivity: (activity, claims) =>
        connection.adapter.runChecked(activity, claims, (context) => app.run(context).then(() => undefined)),
    },
    knownErrors: (error) => (error instanceof StorageError && error.reason === 'unavailable' ? 503 : undefined),
    checkHealth: healthCheck(deps.store),
    tabDirectory: config.tabDir,
    registerApiRoutes: (http) => registerApiRoutes(http, deps.services, tabAuth, deps.clock),
  });
}

/** Every route is handed the services it needs; none builds one. */
function registerApiRoutes(http: Server, services: Services, auth: TabAuthenticator, clock: Clock): void {
  const { links } = services;
  registerMyDataRoute(http, { links, privacy: services.privacy });
  registerProposalCsvRoute(http, { links, matching: services.matching });
  registerBroadcastCsvRoute(http, { links, broadcasts: services.broadcasts });
  registerMeetingIcsRoute(http, { links, meetings: services.meetings, now: () => clock.now() });
  registerMeRoute(http, { auth, onboarding: services.onboarding });
  registerJourneyRoutes(http, { auth, journeys: services.journeys, overview: services.overview });
  registerDashboardRoutes(http, { auth, dashboards: services.dashboards, overview: services.overview, links });
  registerGoodPracticeRoutes(http, { auth, library: services.practiceLibrary, sharing: services.practiceSharing });
}
