import { writingPair } from '../../bot/src/services/pair-revisions';
import { azuriteConnectionString } from '../../bot/src/storage/embedded-azurite';
import { PairRevisionTableRepository } from '../../bot/src/storage/pair-revision.table-repository';
import { RequestCountingProxy, type ProxiedRequest } from '../bench/lib/request-counting-proxy';
import { sequentialDepth } from '../bench/lib/request-depth';
import { JOURNEY, seedJourney } from '../harness/journey-fixture';
import { TENANT_ID } from '../harness/teams-activities';
import { startTestTandem, TestClock, type TestTandem } from '../harness/test-server';
import { testConnectionString, testTableStore, uniqueTablePrefix } from '../harness/test-storage';

/** Far more than the server needs to send requests side by side, far less than jest's timeout. */
const LATENCY_MS = 40;
/** The seeded second pair, asked for first on each new instance. */
const OTHER_PAIR = 'carla~dieter';

/** The port of an endpoint in the run's Azurite connection string. */
const portOf = (endpoint: 'Table' | 'Queue') =>
  Number(new RegExp(`${endpoint}Endpoint=http://[^:]+:(\\d+)`).exec(testConnectionString())![1]);

/**
 * What a journey view costs in storage, counted by a proxy in front of Azurite that adds a
 * network's latency: a person waits for every round trip made one after another, so their
 * number is bounded, not only the total. Each case runs on a new instance (nothing cached).
 */
describe('storage round trips of a cold journey view', () => {
  let proxy: RequestCountingProxy;
  let programmeId: string;
  const tablePrefix = uniqueTablePrefix();
  const clock = new TestClock();
  const started: TestTandem[] = [];
  const instance = async () => {
    const connection = azuriteConnectionString('127.0.0.1', proxy.port, portOf('Queue'));
    const server = await startTestTandem({
      tablePrefix,
      clock,
      env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr, AZURE_STORAGE_CONNECTION_STRING: connection },
    });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    proxy = await new RequestCountingProxy({ host: '127.0.0.1', port: portOf('Table') }).start();
    const seeder = await instance();
    programmeId = await seedJourney(seeder, clock);
    await seeder.tandem.idle();
  });
  afterAll(async () => {
    for (const server of started) await server.stop();
    await proxy.stop();
  });

  const get = (server: TestTandem, path: string, user: string) =>
    fetch(`${server.url}${path}`, { headers: { 'x-tandem-dev-user': `${TENANT_ID}/${user}` } });
  /** Views of the other pair and of a chat bound to none: every table a view reads is created on first use. */
  const warmTables = async (server: TestTandem) => {
    expect((await get(server, `/api/journey/pair/${programmeId}/${OTHER_PAIR}`, JOURNEY.hr)).status).toBe(200);
    const unbound = `/api/journey/chat/${encodeURIComponent(JOURNEY.otherChatId)}`;
    expect((await get(server, unbound, JOURNEY.mentee)).status).toBe(404);
    await server.tandem.idle();
  };
  /** The storage requests one GET on a new instance made (after a view of the other pair created its tables). */
  const coldView = async (path: string, user: string) => {
    const server = await instance();
    await warmTables(server);
    proxy.requests.length = 0;
    proxy.latencyMs = LATENCY_MS;
    try {
      const response = await get(server, path, user);
      return { status: response.status, requests: [...proxy.requests] };
    } finally {
      proxy.latencyMs = 0;
    }
  };
  const queries = (requests: ProxiedRequest[]) => requests.filter((r) => r.path.includes('()?'));
  /** Which table each request read, and which row kind: `Pairs:revision` for a revision row. */
  const reads = (requests: ProxiedRequest[]) =>
    requests.map((r) => {
      const table = decodeURIComponent(r.path).replace(`/devstoreaccount1/${tablePrefix}`, '').split('(')[0]!;
      return decodeURIComponent(r.path).includes('|revision') ? `${table}:revision` : table;
    });

  test('the pair chat, as a member: 2 round trips in sequence, 2 point reads (chat index, then the revision row with its snapshot), no query', async () => {
    const cold = await coldView(`/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`, JOURNEY.mentee);
    expect(cold.status).toBe(200);
    // The programme was read (and is cached for members) by the warm-up view of the other pair of the same programme.
    expect(reads(cold.requests)).toEqual(['PairChats', 'Pairs:revision']);
    expect(sequentialDepth(cold.requests)).toBe(2);
  });

  test('the first view of a programme on an instance reads it (and its good practices) side by side with the revision row: still 2 round trips', async () => {
    const server = await instance();
    proxy.requests.length = 0;
    proxy.latencyMs = LATENCY_MS;
    try {
      const response = await get(
        server,
        `/api/journey/pair/${programmeId}/${encodeURIComponent(JOURNEY.pairId)}`,
        JOURNEY.mentor,
      );
      expect(response.status).toBe(200);
    } finally {
      proxy.latencyMs = 0;
    }
    const served = proxy.requests.filter((r) => r.method === 'GET');
    // The programme's published practices (one partition, cached per instance like the programme) join them.
    expect(reads(served).sort()).toEqual(['GoodPracticeItems', 'Pairs:revision', 'Programmes']);
    expect(sequentialDepth(served)).toBe(1);
  });

  test('one pair by id, as HR from the overview: 2 round trips in sequence (the revision row, then its programme read fresh for the admin check), no query', async () => {
    const path = `/api/journey/pair/${programmeId}/${encodeURIComponent(JOURNEY.pairId)}?lang=en`;
    const cold = await coldView(path, JOURNEY.hr);
    expect(cold.status).toBe(200);
    expect(reads(cold.requests)).toEqual(['Pairs:revision', 'Programmes']);
    expect(sequentialDepth(cold.requests)).toBe(2);
    expect(queries(cold.requests)).toEqual([]);
  });

  test('without a snapshot (a write settled on an instance that has not refreshed it yet): still 3 round trips, the tables read side by side', async () => {
    const revisions = new PairRevisionTableRepository(testTableStore(tablePrefix));
    // Both pairs, so the warm-up view also creates the tables the snapshot spares.
    for (const pairId of [JOURNEY.pairId, OTHER_PAIR])
      await writingPair(revisions, { programmeId, pairId }, async () => {});
    const cold = await coldView(`/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`, JOURNEY.mentor);
    expect(cold.status).toBe(200);
    // The snapshot is written back in the background; the answer waits for the reads only.
    const reads = cold.requests.filter((r) => r.method === 'GET');
    expect(sequentialDepth(reads)).toBe(3);
    expect(queries(reads).map((r) => r.path.split('(')[0]!.replace(`/devstoreaccount1/${tablePrefix}`, ''))).toEqual(
      expect.arrayContaining(['Meetings', 'PairFeedback', 'Polls']),
    );
  });
});
