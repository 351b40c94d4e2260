import { fork } from 'node:child_process';
import path from 'node:path';

/** The emulator's well-known development account (public, documented by Microsoft). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 30_000;

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

type ChildMessage = { type: 'ready'; tablePort: number; queuePort: number } | { type: 'failed'; message: string };

/**
 * Starts Azurite's table and queue services in a child process (see azurite-child.js for
 * why it cannot run inside the server's process). The child exits with its parent, so a
 * killed server leaves no emulator behind.
 */
export async function startEmbeddedAzurite(options: EmbeddedAzuriteOptions): Promise<EmbeddedAzurite> {
  const host = options.host ?? '127.0.0.1';
  // execArgv is cleared: the child is plain JavaScript and needs no TypeScript loader.
  const child = fork(path.join(__dirname, 'azurite-child.js'), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: [],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ports = await new Promise<{ tablePort: number; queuePort: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Azurite did not start within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    child.once('message', (message: ChildMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve(message);
      else reject(new Error(`Azurite could not start: ${message.message}`));
    });
    child.once('exit', (code) => reject(new Error(`Azurite exited during start-up (code ${code})`)));
    child.send({
      type: 'start',
      options: { host, dataDir: options.dataDir, tablePort: options.tablePort, queuePort: options.queuePort },
    });
  }).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  return {
    connectionString: azuriteConnectionString(host, ports.tablePort, ports.queuePort),
    ...ports,
    async stop() {
      if (child.exitCode === null && child.connected) child.send({ type: 'stop' });
      await exited;
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
