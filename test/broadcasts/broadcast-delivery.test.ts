import { FakeConnector } from '../harness/fake-connector';
import { startTestTandem, TestClock, type TestTandem } from '../harness/test-server';
import { uniqueTablePrefix } from '../harness/test-storage';
import { RecipientTableRepository } from '../../bot/src/storage/recipient.table-repository';
import { ShardTallyTableRepository } from '../../bot/src/storage/shard-tally.table-repository';
import { combineShardCounts, countDeliveries } from '../../bot/src/domain/broadcasts';
import { TEAMS_CONVERSATION_LIMITS } from '../../bot/src/teams/conversation-throttle';
import {
  aProgramme,
  hrActor,
  newsPerConversation,
  participants,
  queueNews,
  type Participant,
} from './support/news-setup';

const HR = '5d2f0c1e-0000-4000-8000-0000000000a1';
const hr = hrActor(HR);
const waitUntil = async (condition: () => Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('delivering a broadcast: throttled, retried, never lost, never doubled', () => {
  let connector: FakeConnector;
  const servers: TestTandem[] = [];
  const start = async (
    tablePrefix: string,
    env: Record<string, string> = {},
    worker: { maxInFlight?: number } = {},
  ) => {
    // Report cards are refreshed once a second per instance: two instances stay within the HR chat's 8 per 2 s.
    const server = await startTestTandem({
      tablePrefix,
      clock: new TestClock(new Date()),
      env: { TANDEM_BOOTSTRAP_ADMINS: HR, PROACTIVE_TIMEOUT_SECONDS: '5', ...env },
      broadcastTuning: { reportIntervalMs: 1000, worker },
    });
    servers.push(server);
    return server;
  };
  const statuses = async (server: TestTandem, broadcastId: string) =>
    new RecipientTableRepository(server.hooks.store).list(broadcastId);
  /** Done means every recipient row exists and is final (the broadcast is marked done only then). */
  const allFinal = (server: TestTandem, broadcastId: string) => async () =>
    (await server.hooks.broadcasts.fanOut.progress(hr.tenantId, broadcastId))?.broadcast.status === 'done';

  beforeEach(async () => {
    connector = await new FakeConnector().start();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    await connector.stop();
  });

  test('faults of every kind end sent or correctly failed, each person gets at most one message, no limit is exceeded', async () => {
    // Long enough that only the hanging request times out, even on a machine starved by parallel tests.
    const server = await start(uniqueTablePrefix(), {
      TENANT_RATE_PER_SECOND: '40',
      PROACTIVE_TIMEOUT_SECONDS: '5',
    });
    connector.enforceLimits({ perConversation: [...TEAMS_CONVERSATION_LIMITS], global: { points: 50, seconds: 1 } });
    const programmeId = await aProgramme(server.hooks, hr);
    const people = await participants(server.hooks, connector, programmeId, 60, { reachable: (i) => i !== 7 });
    const path = (p: Participant) =>
      new RegExp(encodeURIComponent(p.conversationId).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    connector.inject({ status: 429, retryAfterSeconds: 1, path: path(people[0]!) });
    connector.inject({ status: 429, path: path(people[1]!), times: 2 });
    connector.inject({ status: 503, path: path(people[2]!) });
    connector.inject({ status: 502, path: path(people[3]!), times: 10 });
    connector.inject({ status: 403, path: path(people[4]!) });
    connector.inject({ status: 404, path: path(people[5]!) });
    connector.inject({ status: 200, hang: true, path: path(people[6]!) });
    connector.inject({ status: 500, path: path(people[8]!) });

    const broadcastId = await queueNews(server.hooks, hr, programmeId, connector);
    server.hooks.broadcasts.startFanOut(hr.tenantId, broadcastId);
    server.hooks.broadcasts.worker.start();
    await waitUntil(allFinal(server, broadcastId));

    const rows = new Map((await statuses(server, broadcastId)).map((r) => [r.target, r]));
    const row = (p: Participant) => rows.get(p.aadObjectId)!;
    expect(rows.size).toBe(60);
    expect([0, 1, 2].map((i) => row(people[i]!).status)).toEqual(['sent', 'sent', 'sent']);
    expect(row(people[3]!)).toMatchObject({
      status: 'failed',
      reason: 'teams-unavailable',
      httpStatus: 502,
      attempts: 5,
    });
    expect(row(people[4]!)).toMatchObject({ status: 'not-reachable', reason: 'app-removed', httpStatus: 403 });
    expect(row(people[5]!)).toMatchObject({
      status: 'not-reachable',
      reason: 'conversation-not-found',
      httpStatus: 404,
    });
    expect(row(people[6]!)).toMatchObject({ status: 'failed', reason: 'outcome-unknown-timeout', attempts: 1 });
    expect(row(people[7]!)).toMatchObject({ status: 'not-reachable', reason: 'no-conversation', attempts: 0 });
    expect(row(people[8]!)).toMatchObject({
      status: 'failed',
      reason: 'outcome-unknown-server-error',
      httpStatus: 500,
      attempts: 1,
    });
    // Everyone else got it: listing the exceptions makes a failure say who and why.
    const notSent = [...rows.values()]
      .filter((r) => r.status !== 'sent')
      .map((r) => r.reason)
      .sort();
    expect(notSent).toEqual([
      'app-removed',
      'conversation-not-found',
      'no-conversation',
      'outcome-unknown-server-error',
      'outcome-unknown-timeout',
      'teams-unavailable',
    ]);

    const received = newsPerConversation(connector);
    expect([...received.values()].every((n) => n === 1)).toBe(true);
    // Everyone marked sent got it once, plus the one whose answer never came (it did arrive: that is why it is not re-sent).
    expect(received.size).toBe(55);
    expect(connector.violations).toEqual([]);
    // The workers' shard tallies came to what the rows say.
    const tallied = combineShardCounts(
      await new ShardTallyTableRepository(server.hooks.store).ofBroadcast(broadcastId),
      60,
    );
    expect(tallied).toEqual(countDeliveries([...rows.values()].map((r) => r.status)));
  });

  test('each person reads their own language', async () => {
    const server = await start(uniqueTablePrefix(), { TENANT_RATE_PER_SECOND: '200' });
    const programmeId = await aProgramme(server.hooks, hr);
    const people = await participants(server.hooks, connector, programmeId, 6);
    const broadcastId = await queueNews(server.hooks, hr, programmeId, connector);
    server.hooks.broadcasts.startFanOut(hr.tenantId, broadcastId);
    server.hooks.broadcasts.worker.start();
    await waitUntil(allFinal(server, broadcastId));
    for (const person of people) {
      const [card] = connector.messages(person.conversationId).map((m) => JSON.stringify(m.attachments[0].content));
      expect(card).toContain(person.language === 'de' ? 'Auftakt' : 'Kick-off');
      expect(card).not.toContain(person.language === 'de' ? 'Kick-off' : 'Auftakt');
    }
  });

  test('a send waiting out a retry does not hold back the rest of its shard', async () => {
    // Twelve people fit one shard; four in flight means the throttled one shares its chunk with others.
    const server = await start(uniqueTablePrefix(), { TENANT_RATE_PER_SECOND: '200' }, { maxInFlight: 4 });
    const programmeId = await aProgramme(server.hooks, hr);
    await participants(server.hooks, connector, programmeId, 12);
    const broadcastId = await queueNews(server.hooks, hr, programmeId, connector);
    connector.inject({ status: 429, retryAfterSeconds: 2, path: /1person-/ });
    server.hooks.broadcasts.startFanOut(hr.tenantId, broadcastId);
    server.hooks.broadcasts.worker.start();
    await waitUntil(allFinal(server, broadcastId));

    const news = connector.calls.filter(
      (call) => call.kind === 'send' && call.body?.attachments && /1person-/.test(call.conversationId ?? ''),
    );
    const throttled = news.find((call) => call.status === 429)!;
    const retried = news.find((call) => call.status < 300 && call.conversationId === throttled.conversationId)!;
    const others = news.filter((call) => call.status < 300 && call.conversationId !== throttled.conversationId);
    expect(others).toHaveLength(11);
    expect(retried.at - throttled.at).toBeGreaterThanOrEqual(1900);
    // Everyone else got the news while that one waited out its two seconds.
    expect(Math.max(...others.map((call) => call.at))).toBeLessThan(retried.at);
  });

  test('an instance stopped mid-broadcast leaves nothing half done; a new instance on the same storage finishes without loss or duplicates', async () => {
    const tablePrefix = uniqueTablePrefix();
    const first = await start(tablePrefix, { TENANT_RATE_PER_SECOND: '40' });
    const programmeId = await aProgramme(first.hooks, hr);
    const people = await participants(first.hooks, connector, programmeId, 80);
    const broadcastId = await queueNews(first.hooks, hr, programmeId, connector);
    first.hooks.broadcasts.startFanOut(hr.tenantId, broadcastId);
    first.hooks.broadcasts.worker.start();
    await connector.waitFor(() => newsPerConversation(connector).size >= 20, 10_000);
    await first.stop();
    const sentByFirst = newsPerConversation(connector).size;
    expect(sentByFirst).toBeLessThan(80);

    const second = await start(tablePrefix, { TENANT_RATE_PER_SECOND: '40' });
    second.hooks.broadcasts.worker.start();
    await waitUntil(allFinal(second, broadcastId));
    const rows = await statuses(second, broadcastId);
    expect(rows.filter((r) => r.status !== 'sent').map((r) => [r.status, r.reason, r.claimedBy])).toEqual([]);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(80);
    expect(new Set(rows.map((r) => r.claimedBy)).size).toBe(2);
    const received = newsPerConversation(connector);
    expect(people.map((p) => received.get(p.conversationId))).toEqual(people.map(() => 1));
  });

  test("the report counts from the shards' tallies while sending; only the rows can mark a broadcast done, and the scheduler's refresh counts them", async () => {
    const server = await start(uniqueTablePrefix());
    const programmeId = await aProgramme(server.hooks, hr);
    await participants(server.hooks, connector, programmeId, 40);
    const broadcastId = await queueNews(server.hooks, hr, programmeId, connector);
    const fanOut = server.hooks.broadcasts.fanOut;
    await fanOut.fanOut(hr.tenantId, broadcastId);
    const recipients = new RecipientTableRepository(server.hooks.store);
    const tallies = new ShardTallyTableRepository(server.hooks.store);
    const rows = await recipients.list(broadcastId);
    // No shard tallied yet: everything pending, without counting the rows.
    expect((await fanOut.progress(hr.tenantId, broadcastId))!.counts).toMatchObject({
      pending: rows.length,
      total: rows.length,
    });
    // A tally saying more than the rows (it cannot happen: a tally follows its rows) still does not finish the broadcast.
    await tallies.record(broadcastId, 0, countDeliveries(rows.map(() => 'sent' as const)));
    const checked = (await fanOut.progress(hr.tenantId, broadcastId))!;
    expect(checked.broadcast.status).toBe('sending');
    expect(checked.counts).toMatchObject({ pending: rows.length, sent: 0 });
    // The rows are all delivered but one shard's tally was left behind (its worker died in between).
    for (const row of rows) await recipients.write({ ...row, status: 'sent', attempts: 1 });
    await tallies.record(
      broadcastId,
      0,
      countDeliveries(rows.filter((row) => row.shard === 0).map(() => 'pending' as const)),
    );
    expect((await fanOut.progress(hr.tenantId, broadcastId))!.broadcast.status).toBe('sending');
    await server.hooks.broadcasts.tick();
    const done = (await fanOut.progress(hr.tenantId, broadcastId))!;
    expect(done.broadcast.status).toBe('done');
    expect(done.counts).toMatchObject({ sent: rows.length, pending: 0, total: rows.length });
  });

  test('a delivery left "sending" by a crashed instance is closed as unknown after its lease, never sent again', async () => {
    const tablePrefix = uniqueTablePrefix();
    const server = await start(tablePrefix);
    const programmeId = await aProgramme(server.hooks, hr);
    const [person] = await participants(server.hooks, connector, programmeId, 1);
    const broadcastId = await queueNews(server.hooks, hr, programmeId, connector);
    await server.hooks.broadcasts.fanOut.fanOut(hr.tenantId, broadcastId);
    // The crash: a worker claimed the row and died before recording the outcome; its queue message comes back.
    const recipients = new RecipientTableRepository(server.hooks.store);
    // One recipient: one shard, number 0.
    const stored = (await recipients.get(broadcastId, 0, `person:${person!.aadObjectId}`))!;
    await recipients.write({
      ...stored.value,
      status: 'sending',
      claimedBy: 'instance-dead',
      claimedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    });
    server.hooks.broadcasts.worker.start();
    await waitUntil(allFinal(server, broadcastId));
    expect((await recipients.get(broadcastId, 0, `person:${person!.aadObjectId}`))!.value).toMatchObject({
      status: 'failed',
      reason: 'outcome-unknown-interrupted',
    });
    expect(connector.messages(person!.conversationId)).toHaveLength(0);
  });

  test('a row another instance is still sending is left to it: the rest of the shard goes out, the shard comes back, and only after the lease is that row closed as unknown', async () => {
    const clock = new TestClock(new Date());
    // Queue messages reappear after a second here, so the shard is looked at again quickly.
    const server = await startTestTandem({
      tablePrefix: uniqueTablePrefix(),
      clock,
      env: { TANDEM_BOOTSTRAP_ADMINS: HR },
      broadcastTuning: { reportIntervalMs: 1000, worker: { invisibleForMs: 1000 } },
    });
    servers.push(server);
    const programmeId = await aProgramme(server.hooks, hr);
    const [busy, ...others] = await participants(server.hooks, connector, programmeId, 3);
    const broadcastId = await queueNews(server.hooks, hr, programmeId, connector);
    await server.hooks.broadcasts.fanOut.fanOut(hr.tenantId, broadcastId);
    const recipients = new RecipientTableRepository(server.hooks.store);
    const key = `person:${busy!.aadObjectId}`;
    // Three recipients: one shard, number 0. Another instance claimed this row a moment ago.
    const stored = (await recipients.get(broadcastId, 0, key))!;
    await recipients.write({
      ...stored.value,
      status: 'sending',
      claimedBy: 'instance-alive',
      claimedAt: clock.now().toISOString(),
    });
    server.hooks.broadcasts.worker.start();
    await connector.waitFor(() => newsPerConversation(connector).size >= 2, 10_000);
    // The message came back at least once meanwhile; the row is still within its lease.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await recipients.get(broadcastId, 0, key))!.value).toMatchObject({
      status: 'sending',
      claimedBy: 'instance-alive',
    });
    expect((await server.hooks.broadcasts.fanOut.progress(hr.tenantId, broadcastId))!.broadcast.status).toBe('sending');
    clock.advance(16 * 60_000);
    await waitUntil(allFinal(server, broadcastId));
    expect((await recipients.get(broadcastId, 0, key))!.value).toMatchObject({
      status: 'failed',
      reason: 'outcome-unknown-interrupted',
    });
    expect(connector.messages(busy!.conversationId)).toHaveLength(0);
    expect(others.map((p) => connector.messages(p.conversationId).length)).toEqual([1, 1]);
  });

  test('two instances in parallel share the work without duplicates, within the limits', async () => {
    const tablePrefix = uniqueTablePrefix();
    // Both take their tokens from the tenant's one budget in storage; each works on at most 4 shards at once.
    const [a, b] = [
      await start(tablePrefix, { TENANT_RATE_PER_SECOND: '40' }, { maxInFlight: 4 }),
      await start(tablePrefix, { TENANT_RATE_PER_SECOND: '40' }, { maxInFlight: 4 }),
    ];
    connector.enforceLimits({ perConversation: [...TEAMS_CONVERSATION_LIMITS], global: { points: 50, seconds: 1 } });
    const programmeId = await aProgramme(a.hooks, hr);
    // 300 people make 5 shards: more than one instance takes at once, so both get work.
    const people = await participants(a.hooks, connector, programmeId, 300);
    const broadcastId = await queueNews(a.hooks, hr, programmeId, connector);
    // Both fan out (a Send-now double click on two instances): the second adds only duplicate queue messages.
    a.hooks.broadcasts.startFanOut(hr.tenantId, broadcastId);
    await a.hooks.broadcasts.idle();
    await b.hooks.broadcasts.fanOut.fanOut(hr.tenantId, broadcastId);
    a.hooks.broadcasts.worker.start();
    b.hooks.broadcasts.worker.start();
    await waitUntil(allFinal(a, broadcastId), 50_000);
    const rows = await statuses(a, broadcastId);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(new Set(rows.map((r) => r.claimedBy)).size).toBe(2);
    const received = newsPerConversation(connector);
    expect(people.map((p) => received.get(p.conversationId))).toEqual(people.map(() => 1));
    expect(connector.violations).toEqual([]);
  }, 60_000);
});
