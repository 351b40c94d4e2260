import { startEmbeddedAzurite } from '../../bot/src/storage/embedded-azurite';

/**
 * One in-memory Azurite for the whole run, on free ports. Workers are started after this,
 * so they inherit the connection string through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const azurite = await startEmbeddedAzurite({ tablePort: 0, queuePort: 0 });
  process.env.TANDEM_TEST_STORAGE = azurite.connectionString;
  (globalThis as { __TANDEM_AZURITE__?: { stop(): Promise<void> } }).__TANDEM_AZURITE__ = azurite;
}
