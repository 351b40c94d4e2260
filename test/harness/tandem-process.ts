import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** A real Tandem server in a process of its own, started as `npm start` does (bot/src/index.ts). */
export interface TandemProcess {
  url: string;
  /** The last log lines it wrote (JSON, pino), for a failing test to show. */
  readonly log: string[];
  /** SIGTERM, as App Service stops an instance: started deliveries finish, then it exits. */
  stop(): Promise<void>;
}

/** What an instance needs to join the others: the shared storage and tables, the tenant's rate, quick ticks. */
export function instanceEnv(options: {
  tablePrefix: string;
  connectionString: string;
  rate: number;
  admin: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    AZURE_STORAGE_CONNECTION_STRING: options.connectionString,
    TABLE_PREFIX: options.tablePrefix,
    TANDEM_BOOTSTRAP_ADMINS: options.admin,
    TENANT_RATE_PER_SECOND: String(options.rate),
    TENANT_RATE_MAX_INSTANCES: '3',
    REMINDER_TICK_SECONDS: '1',
    BROADCAST_TICK_SECONDS: '2',
    MOMENTUM_SWEEP_MINUTES: '0',
    RETENTION_INTERVAL_MINUTES: '0',
  };
}

const INDEX = path.join(__dirname, '../../bot/src/index.ts');
const STOP_GRACE_MS = 15_000;

/**
 * Starts `bot/src/index.ts` under tsx in a child process with this environment on top of the
 * test's, on a free port, and resolves once it listens. Each process has its own memory, event
 * loop and token line, as separate instances in production do; only storage is shared.
 */
export async function startTandemProcess(env: Record<string, string>, startTimeoutMs = 60_000): Promise<TandemProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', INDEX], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (line: string) => {
    log.push(line);
    if (log.length > 200) log.shift();
  };
  createInterface({ input: child.stderr! }).on('line', keep);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "listening" within ${startTimeoutMs} ms:\n${log.join('\n')}`)),
      startTimeoutMs,
    );
    child.once('exit', (code) => reject(new Error(`Tandem exited with ${code} before listening:\n${log.join('\n')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      const url = listeningUrl(line);
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
  });
  return { url, log, stop: () => stop(child) };
}

/** The server logs its URL at level info once it listens. */
function listeningUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: string; url?: string };
    return entry.msg === 'Tandem is listening' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
