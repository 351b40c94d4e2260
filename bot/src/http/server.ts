import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../logger';
import { registerBotEndpoint, type BotEndpointDeps } from './bot-endpoint';
import type { HealthReport } from './health';
import { handleErrors, refuse, type KnownErrors } from './http-errors';

export interface HttpServerDeps {
  logger: Logger;
  /** The Bot Framework endpoint's token check and turn (kept abstract so http/ never imports botbuilder). */
  bot: BotEndpointDeps;
  /** Failures of other layers the error handler answers with their own status (e.g. storage down: 503). */
  knownErrors?: KnownErrors;
  checkHealth(): Promise<HealthReport>;
  tabDirectory: string;
  /** Registers the tab API's routes under /api/ (each feature brings its own). */
  registerApiRoutes?: (server: Server) => void;
}

/**
 * One restify server for everything: the bot endpoint, the tab's files and its JSON API,
 * and the health probe App Service and load balancers poll.
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  const server = restify.createServer({ name: 'tandem' });
  registerBotEndpoint(server, deps.bot);

  server.get('/healthz', async (_req: Request, res: Response) => {
    const report = await deps.checkHealth();
    res.send(report.status === 'ok' ? 200 : 503, report);
  });

  server.get('/tab', async (_req: Request, res: Response) => {
    res.header('Location', '/tab/');
    res.send(301);
  });
  server.get('/tab/*', restify.plugins.serveStaticFiles(path.resolve(deps.tabDirectory)));

  // The tab API lives under /api/; features add their routes. Unknown ones answer in JSON.
  deps.registerApiRoutes?.(server);
  server.get('/api/*', async (_req: Request, res: Response) => {
    refuse(res, 404);
  });

  handleErrors(server, deps.logger, deps.knownErrors);
  return server;
}
