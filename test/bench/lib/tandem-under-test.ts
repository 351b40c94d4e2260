import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { composeTandem } from '../../../bot/src/compose';
import { loadConfig } from '../../../bot/src/config';

/** Tandem's real server, listening on loopback. */
export interface TandemUnderTest {
  /** Base URL; the bot endpoint is `${url}/api/messages`. */
  url: string;
  tablePrefix: string;
  stop(): Promise<void>;
}

/**
 * Starts the real composition (config → storage → Teams app → restify) against the given
 * storage account, with a table prefix of its own and logging off, so the figures measure
 * the bot and not the log sink.
 */
export async function startTandem(connectionString: string): Promise<TandemUnderTest> {
  const tablePrefix = `bench${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    TABLE_PREFIX: tablePrefix,
    AZURE_STORAGE_CONNECTION_STRING: connectionString,
  });
  const logger = pino({ level: 'silent' });
  const { tandem } = composeTandem({
    config,
    logger,
    storage: { kind: 'connection-string', connectionString },
    clock: { now: () => new Date() },
  });
  const url = await tandem.listen(0, '127.0.0.1');
  return { url, tablePrefix, stop: () => tandem.close() };
}
