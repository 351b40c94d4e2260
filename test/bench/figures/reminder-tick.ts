import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { TableClient, type TransactionAction } from '@azure/data-tables';
import pino from 'pino';
import { dueRowKey, hourPartitionOf } from '../../../bot/src/domain/meetings/due-index';
import type { DueEntry, Meeting } from '../../../bot/src/domain/meetings';
import { ReminderScheduler } from '../../../bot/src/jobs/reminder-scheduler';
import type { MeetingNotifier } from '../../../bot/src/services/meetings/meeting-ports';
import { azuriteConnectionString } from '../../../bot/src/storage/embedded-azurite';
import { encodeKey } from '../../../bot/src/storage/key-encoding';
import { DueIndexTableRepository } from '../../../bot/src/storage/meeting.table-repositories';
import { TableStore } from '../../../bot/src/storage/table-store';
import { check, type BenchContext, type Figure } from '../lib/figure';
import { round2 } from '../lib/percentiles';
import { RequestCountingProxy } from '../lib/request-counting-proxy';

const FUTURE = 100_000;
const DUE = 50;
const HOUR = 3_600_000;

/**
 * One scheduler tick with 100,000 future reminder entries stored and 50 due: wall time and the
 * Table Storage requests it makes, counted by a proxy in front of Azurite. The index is
 * partitioned by hour, so the tick should read only the current hour, whatever lies ahead.
 */
export async function reminderTick(context: BenchContext): Promise<Figure[]> {
  const prefix = `bench${randomUUID().slice(0, 8).replace(/-/g, '')}`;
  const now = new Date('2027-03-01T10:30:00Z');
  const store = new TableStore({
    connection: { kind: 'connection-string', connectionString: context.azurite.connectionString },
    tablePrefix: prefix,
  });
  const table: TableClient = await store.table('dueIndex');
  const entry = (i: number, dueAt: number): DueEntry => ({
    kind: 'reminder',
    programmeId: 'p',
    pairId: `pair${i}`,
    meetingId: `m${i}`,
    leadMinutes: 60,
    dueAt: new Date(dueAt).toISOString(),
    startsAt: new Date(dueAt + HOUR).toISOString(),
    revision: 0,
  });

  const seeded = performance.now();
  // Future entries spread over the next ~4 months; due ones in the current hour, before now.
  const entries = [
    ...Array.from({ length: FUTURE }, (_, i) => entry(i, now.getTime() + HOUR + (i % 2900) * HOUR + (i % 59) * 1000)),
    ...Array.from({ length: DUE }, (_, i) => entry(FUTURE + i, now.getTime() - (i + 1) * 1000)),
  ];
  await writeInBatches(table, entries);
  context.log(`reminder tick: seeded ${entries.length} index entries in ${Math.round(performance.now() - seeded)} ms`);

  const proxy = await new RequestCountingProxy({ host: '127.0.0.1', port: context.azurite.tablePort }).start();
  try {
    const proxied = new TableStore({
      connection: {
        kind: 'connection-string',
        connectionString: azuriteConnectionString('127.0.0.1', proxy.port, context.azurite.queuePort),
      },
      tablePrefix: prefix,
    });
    const index = new DueIndexTableRepository(proxied);
    // Steady state: the previous tick ran a minute ago (a first tick ever looks back 48 hours).
    await index.saveTick(new Date(now.getTime() - 60_000));
    const sent: DueEntry[] = [];
    const notifier: MeetingNotifier = { notify: async (due) => (sent.push(due), 'sent') };
    const dueById = new Map(entries.slice(FUTURE).map((e) => [e.meetingId, e]));
    const meetings = {
      meeting: async (_p: string, pairId: string, meetingId: string) => meetingFor(dueById.get(meetingId), pairId),
    };
    const scheduler = new ReminderScheduler(
      index,
      meetings,
      notifier,
      { now: () => now },
      pino({ level: 'silent' }),
      'bench',
    );
    proxy.requests.length = 0;
    const started = performance.now();
    const report = await scheduler.tick();
    const ms = performance.now() - started;
    check(
      sent.length === DUE && report.read === DUE,
      () => `expected ${DUE} reminders sent, got ${sent.length} (read ${report.read})`,
    );
    const byMethod = (method: string) => proxy.requests.filter((r) => r.method === method).length;
    return [
      {
        figure: 'reminder-tick',
        stored_future: FUTURE,
        due: DUE,
        sent: sent.length,
        ms: round2(ms),
        table_requests: proxy.requests.length,
        requests_per_due: round2(proxy.requests.length / DUE),
        reads: byMethod('GET'),
        writes: byMethod('PATCH') + byMethod('PUT') + byMethod('MERGE') + byMethod('POST'),
      },
    ];
  } finally {
    await proxy.stop();
  }
}

/** A planned meeting matching the due entry, as the meetings table would return it (not measured). */
function meetingFor(due: DueEntry | undefined, pairId: string): Meeting | undefined {
  if (!due) return undefined;
  return {
    id: due.meetingId,
    programmeId: 'p',
    pairId,
    number: 1,
    startsAt: due.startsAt,
    endsAt: new Date(Date.parse(due.startsAt) + HOUR).toISOString(),
    durationMinutes: 60,
    timeZone: 'Europe/Berlin',
    format: 'online',
    status: 'planned',
    history: [],
    createdBy: 'x',
    createdAt: due.dueAt,
  };
}

/** Entity-group transactions: up to 100 entities of one partition at a time. */
async function writeInBatches(table: TableClient, entries: readonly DueEntry[]): Promise<void> {
  const byPartition = new Map<string, DueEntry[]>();
  for (const e of entries) {
    const partition = hourPartitionOf(new Date(e.dueAt));
    byPartition.set(partition, [...(byPartition.get(partition) ?? []), e]);
  }
  const batches: TransactionAction[][] = [];
  for (const [partition, list] of byPartition) {
    for (let i = 0; i < list.length; i += 100) {
      batches.push(
        list
          .slice(i, i + 100)
          .map((e) => [
            'upsert',
            { partitionKey: partition, rowKey: encodeKey(dueRowKey(e)), entry: JSON.stringify(e) },
          ]),
      );
    }
  }
  for (let i = 0; i < batches.length; i += 8)
    await Promise.all(batches.slice(i, i + 8).map((actions) => table.submitTransaction(actions)));
}
