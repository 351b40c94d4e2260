import pino from 'pino';
import { loadConfig } from '../../bot/src/config';
import { composeTandem, type BroadcastTuning, type Tandem, type TestHooks } from '../../bot/src/compose';
import type { Clock } from '../../bot/src/domain/clock';
import type { TabAuthenticator } from '../../bot/src/http/auth/tab-identity';
import type { UpcomingBriefings } from '../../bot/src/services/mentor-kit/upcoming-briefings';
import { testConnectionString, uniqueTablePrefix } from './test-storage';

export interface TestTandem {
  url: string;
  tandem: Tandem;
  /** The composition root's test seam: services, jobs and storage that tests drive or read directly. */
  hooks: TestHooks;
  tablePrefix: string;
  /** POSTs an activity to /api/messages as Teams would; returns the HTTP status and JSON body (invoke responses). */
  send(activity: Record<string, unknown>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** A clock tests can set and move. */
export class TestClock implements Clock {
  constructor(private current: Date = new Date('2026-03-02T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * Starts the real server in-process on a free port, against the run's Azurite with its own
 * table prefix. Logs are silent unless TEST_LOG_LEVEL is set.
 */
export async function startTestTandem(
  options: {
    env?: Record<string, string>;
    clock?: Clock;
    tablePrefix?: string;
    tabAuth?: TabAuthenticator;
    broadcastTuning?: BroadcastTuning;
    /**
     * `running` (the default): the notice worker runs as in production, so notices arrive shortly
     * after the click that caused them. `stopped`: nothing sends them until the test drains the
     * queue (`hooks.notices.drain()`) or starts the worker, e.g. to stop a server in between.
     */
    noticeWorker?: 'running' | 'stopped';
    /** The briefings the mentor kit shows (a small fake of the port); none when unset. */
    upcomingBriefings?: UpcomingBriefings;
  } = {},
): Promise<TestTandem> {
  const tablePrefix = options.tablePrefix ?? uniqueTablePrefix();
  const config = loadConfig({
    NODE_ENV: 'test',
    TABLE_PREFIX: tablePrefix,
    AZURE_STORAGE_CONNECTION_STRING: testConnectionString(),
    ...options.env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const connectionString =
    config.storage.mode === 'connection-string' ? config.storage.connectionString : testConnectionString();
  const { tandem, testHooks: hooks } = composeTandem({
    config,
    logger,
    storage: { kind: 'connection-string', connectionString },
    clock: options.clock ?? new TestClock(),
    tabAuth: options.tabAuth,
    broadcastTuning: {
      reportIntervalMs: 50,
      ...options.broadcastTuning,
      worker: { idlePollMs: 20, ...options.broadcastTuning?.worker },
    },
    noticeTuning: { idlePollMs: 20 },
    upcomingBriefings: options.upcomingBriefings,
  });
  const url = await tandem.listen(0, '127.0.0.1');
  if (options.noticeWorker !== 'stopped') hooks.notices.start();
  return {
    url,
    tandem,
    hooks,
    tablePrefix,
    async send(activity) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    stop: () => tandem.close(),
  };
}
