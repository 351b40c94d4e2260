// First: telemetry must hook into http before restify and botbuilder load it.
import './telemetry';
import { ConfigError, loadConfig, type Config } from './config';
import { composeTandem } from './compose';
import { createLogger, type Logger } from './logger';
import { startEmbeddedAzurite } from './storage/embedded-azurite';
import { storageConnectionFor, type StorageConnection } from './storage/storage-connection';

/** How to become HR in a local run, in one line (the id is the Agents Playground's own user, Alex Wilber). */
const LOCAL_ADMIN_HINT =
  'No HR admin is configured: start with TANDEM_BOOTSTRAP_ADMINS=<your AAD object id or UPN> ' +
  '(in the Agents Playground: 00000000-0000-0000-0000-0000000000020), or run `npm run demo` for a seeded programme.';

/** The composition root: configuration → storage → the app → listening, and a clean stop. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel, config.env);
  const storage = await openStorage(config, logger);
  const { tandem } = composeTandem({ config, logger, storage: storage.connection, clock: { now: () => new Date() } });

  if (config.bot.mode === 'local') {
    logger.warn(
      'LOCAL MODE: no BOT_ID set, so /api/messages accepts unauthenticated requests. Never expose this server.',
    );
    // A newcomer's first `programme` would otherwise only say that HR admins may do it.
    if (config.bootstrapAdmins.length === 0) logger.warn(LOCAL_ADMIN_HINT);
  }
  const url = await tandem.listen(config.port);
  tandem.startJobs();
  logger.info({ url, bot: `${url}/api/messages`, tab: `${url}/tab/` }, 'Tandem is listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await tandem.close();
    await storage.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Tandem cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

async function openStorage(
  config: Config,
  logger: Logger,
): Promise<{ connection: StorageConnection; stop(): Promise<void> }> {
  if (config.storage.mode !== 'embedded-azurite') {
    logger.info({ storage: config.storage.mode }, 'using the configured storage account');
    return { connection: storageConnectionFor(config.storage), stop: async () => undefined };
  }
  const azurite = await startEmbeddedAzurite({
    dataDir: config.storage.dataDir,
    tablePort: config.storage.tablePort,
    queuePort: config.storage.queuePort,
  });
  logger.info(
    { dataDir: config.storage.dataDir, tablePort: azurite.tablePort, queuePort: azurite.queuePort },
    'embedded Azurite started',
  );
  return {
    connection: { kind: 'connection-string', connectionString: azurite.connectionString },
    stop: () => azurite.stop(),
  };
}

main().catch((error: unknown) => {
  console.error('Tandem failed to start:', error);
  process.exit(1);
});
