import { TableServiceClient } from '@azure/data-tables';
import type { Config } from '../config';
import { azuriteConnectionString, startEmbeddedAzurite } from '../storage/embedded-azurite';
import { storageConnectionFor, type StorageConnection } from '../storage/storage-connection';

/**
 * The storage the CLI works on: the configured account; or, locally, the Azurite of a
 * running `npm start` (same ports); or, when none runs, the embedded Azurite on the same data.
 */
export async function openCliStorage(
  config: Config,
): Promise<{ connection: StorageConnection; close(): Promise<void> }> {
  if (config.storage.mode !== 'embedded-azurite')
    return { connection: storageConnectionFor(config.storage), close: async () => undefined };
  const running = azuriteConnectionString('127.0.0.1', config.storage.tablePort, config.storage.queuePort);
  if (await answers(running))
    return { connection: { kind: 'connection-string', connectionString: running }, close: async () => undefined };
  const azurite = await startEmbeddedAzurite({
    dataDir: config.storage.dataDir,
    tablePort: config.storage.tablePort,
    queuePort: config.storage.queuePort,
  });
  return {
    connection: { kind: 'connection-string', connectionString: azurite.connectionString },
    close: () => azurite.stop(),
  };
}

async function answers(connectionString: string): Promise<boolean> {
  try {
    await TableServiceClient.fromConnectionString(connectionString, {
      allowInsecureConnection: true,
      retryOptions: { maxRetries: 0 },
    })
      .listTables()
      .byPage({ maxPageSize: 1 })
      .next();
    return true;
  } catch {
    return false;
  }
}
