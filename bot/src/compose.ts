import type { Server } from 'restify';
import type { Config } from './config';
import type { Clock } from './domain/clock';
import { healthCheck } from './http/health';
import { createHttpServer } from './http/server';
import type { Logger } from './logger';
import type { ConversationDirectory } from './services/conversation-directory';
import { ConversationAddressTableRepository } from './storage/conversation-address.table-repository';
import { TableStore } from './storage/table-store';
import { botAppIdOf, createAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';
import { ConversationThrottle } from './teams/conversation-throttle';
import { ProactiveSender } from './teams/proactive';

export interface TandemDeps {
  config: Config;
  logger: Logger;
  /** The storage account to use (a real one, or the embedded Azurite). */
  connectionString: string;
  clock: Clock;
}

/** The assembled application: everything wired, nothing listening yet. */
export interface Tandem {
  server: Server;
  store: TableStore;
  directory: ConversationDirectory;
  proactive: ProactiveSender;
  /** Starts listening; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Wires configuration → storage → services → Teams app → HTTP server. */
export function composeTandem(deps: TandemDeps): Tandem {
  const { config, logger, clock } = deps;
  const store = new TableStore({ connectionString: deps.connectionString, tablePrefix: config.tablePrefix });
  const directory = new ConversationAddressTableRepository(store);

  const adapter = createAdapter(config.bot);
  const botAppId = botAppIdOf(config.bot);
  const app = createTeamsApp({ adapter, botAppId, directory, clock, logger });
  const proactive = new ProactiveSender(adapter, {
    botAppId,
    throttle: new ConversationThrottle(),
    logger,
    maxAttempts: config.proactiveMaxAttempts,
  });

  const server = createHttpServer({
    logger,
    handleBotActivity: (req, res) => adapter.process(req, res, (context) => app.run(context).then(() => undefined)),
    checkHealth: healthCheck(store),
    tabDirectory: config.tabDir,
  });

  return {
    server,
    store,
    directory,
    proactive,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
