import path from 'node:path';
import { mkdir } from 'node:fs/promises';

/** The emulator's well-known development account (public, documented by Microsoft). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface EmbeddedAzuriteOptions {
  /** Folder for the emulator's files; omit to keep everything in memory (tests). */
  dataDir?: string;
  tablePort: number;
  queuePort: number;
  host?: string;
}

export interface EmbeddedAzurite {
  connectionString: string;
  tablePort: number;
  queuePort: number;
  stop(): Promise<void>;
}

/**
 * Starts Azurite's table and queue services inside this process. In-process (rather than
 * a child process) means no orphaned emulator when the server is killed, and a start in
 * milliseconds for tests. Telemetry is switched off explicitly: Azurite reports usage by default.
 */
export async function startEmbeddedAzurite(options: EmbeddedAzuriteOptions): Promise<EmbeddedAzurite> {
  const host = options.host ?? '127.0.0.1';
  const inMemory = options.dataDir === undefined;
  const dir = options.dataDir ? path.resolve(options.dataDir) : '';
  if (dir) await mkdir(dir, { recursive: true });

  // Loaded lazily: production never starts the emulator, and it is a dev dependency.
  const { AzuriteTelemetryClient } = await import('azurite/dist/src/common/Telemetry');
  AzuriteTelemetryClient.init(dir, false, undefined);
  const { default: TableServer } = await import('azurite/dist/src/table/TableServer');
  const { default: TableConfiguration } = await import('azurite/dist/src/table/TableConfiguration');
  const { default: QueueServer } = await import('azurite/dist/src/queue/QueueServer');
  const { default: QueueConfiguration } = await import('azurite/dist/src/queue/QueueConfiguration');

  const tableConfig = new TableConfiguration(
    host, options.tablePort, undefined, path.join(dir, '__azurite_db_table__.json'),
    false, false, undefined, undefined, false, true, '', '', '', undefined, false, inMemory,
  );
  const queueConfig = new QueueConfiguration(
    host, options.queuePort, undefined, path.join(dir, '__azurite_db_queue__.json'),
    path.join(dir, '__azurite_db_queue_extent__.json'),
    [{ locationId: 'Default', locationPath: path.join(dir, '__queuestorage__'), maxConcurrency: 1 }],
    false, undefined, false, undefined, false, true, '', '', '', undefined, false, inMemory,
  );
  const tables = new TableServer(tableConfig);
  const queues = new QueueServer(queueConfig);
  await tables.start();
  await queues.start();

  const tablePort = portOf(tables.getHttpServerAddress());
  const queuePort = portOf(queues.getHttpServerAddress());
  return {
    connectionString: azuriteConnectionString(host, tablePort, queuePort),
    tablePort,
    queuePort,
    async stop() {
      await Promise.allSettled([tables.close(), queues.close()]);
    },
  };
}

/** A connection string for an Azurite listening on the given ports. */
export function azuriteConnectionString(host: string, tablePort: number, queuePort: number): string {
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${DEV_ACCOUNT}`,
    `AccountKey=${DEV_KEY}`,
    `TableEndpoint=http://${host}:${tablePort}/${DEV_ACCOUNT}`,
    `QueueEndpoint=http://${host}:${queuePort}/${DEV_ACCOUNT}`,
  ].join(';');
}

function portOf(address: string): number {
  const port = Number(new URL(address).port);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`Azurite reported an unusable address: ${address}`);
  return port;
}
