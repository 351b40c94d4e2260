import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../logger';
import type { HealthReport } from './health';

export interface HttpServerDeps {
  logger: Logger;
  /** Hands a Bot Framework request to the adapter (kept abstract so http/ never imports botbuilder). */
  handleBotActivity(req: Request, res: Response): Promise<void>;
  checkHealth(): Promise<HealthReport>;
  tabDirectory: string;
  /** Registers the tab API's routes under /api/ (each feature brings its own). */
  registerApiRoutes?: (server: Server) => void;
}

/** Activities are small; a cap keeps a hostile client from making us buffer megabytes. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/**
 * One restify server for everything: the bot endpoint, the tab's files and its JSON API,
 * and the health probe App Service and load balancers poll.
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  const server = restify.createServer({ name: 'tandem' });
  const parseJson = restify.plugins.bodyParser({ maxBodySize: MAX_ACTIVITY_BYTES, mapParams: false });

  server.post('/api/messages', parseJson, async (req: Request, res: Response) => {
    await deps.handleBotActivity(req, res);
  });

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
    res.send(404, { error: 'not-found' });
  });

  server.on('restifyError', (req: Request, _res: Response, error: Error, callback: () => void) => {
    deps.logger.warn({ err: error, method: req.method, url: req.url }, 'request failed');
    callback();
  });
  return server;
}
