import { composeTandem, type Tandem, type TestHooks } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startEmbeddedAzurite } from '../../src/storage/embedded-azurite';
import { DemoClock } from './demo-clock';
import { ALEX, PLAYGROUND_TENANT } from './demo-people';

/** The Tandem server of the demo, in this process, on its own embedded Azurite. */
export interface DemoServer {
  url: string;
  hooks: TestHooks;
  clock: DemoClock;
  stop(): Promise<void>;
}

/**
 * Starts the real server (the same composition as `npm start`) with Alex, the Playground's
 * user, as bootstrap admin, on an embedded Azurite keeping its files in `dataDir`.
 */
export async function startDemoServer(options: { dataDir: string; port: number; quiet: boolean }): Promise<DemoServer> {
  const azurite = await startEmbeddedAzurite({ dataDir: options.dataDir, tablePort: 0, queuePort: 0 });
  const config = loadConfig({
    ...process.env,
    PORT: String(options.port),
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    TANDEM_BOOTSTRAP_ADMINS: ALEX.aadObjectId,
    LOG_LEVEL: options.quiet ? 'warn' : (process.env.LOG_LEVEL ?? 'info'),
  });
  const logger = createLogger(config.logLevel, config.env);
  const clock = new DemoClock();
  const connection = { kind: 'connection-string' as const, connectionString: azurite.connectionString };
  const { tandem, testHooks } = composeTandem({ config, logger, storage: connection, clock });
  const url = await tandem.listen(config.port);
  tandem.startJobs();
  return { url, hooks: testHooks, clock, stop: () => stopBoth(tandem, azurite) };
}

/** Whether the demo programme is already there (a `.data-demo` kept from an earlier run). */
export async function isSeeded(hooks: TestHooks): Promise<boolean> {
  const alex = {
    tenantId: PLAYGROUND_TENANT,
    aadObjectId: ALEX.aadObjectId,
    displayName: ALEX.name,
    locale: ALEX.locale,
  };
  return (await hooks.services.programmes.programmesRunBy(alex)).length > 0;
}

async function stopBoth(tandem: Tandem, azurite: { stop(): Promise<void> }): Promise<void> {
  await tandem.close();
  await azurite.stop();
}
