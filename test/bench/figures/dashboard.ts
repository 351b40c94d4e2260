import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { azuriteConnectionString } from '../../../bot/src/storage/embedded-azurite';
import { TENANT_ID } from '../../harness/teams-activities';
import { startTestTandem, TestClock } from '../../harness/test-server';
import { testTableStore, uniqueTablePrefix } from '../../harness/test-storage';
import { check, type BenchContext, type Figure } from '../lib/figure';
import { LARGE_PROGRAMME, seedLargeProgramme } from '../lib/large-programme';
import { round2, summarize } from '../lib/percentiles';
import { RequestCountingProxy } from '../lib/request-counting-proxy';

const ADMIN = 'hr-dashboard';
const COLD_RUNS = 7;
const WARM_RUNS = 100;
/** Past the dashboard's one-minute reuse of a programme's facts: the next view reads storage again. */
const PAST_THE_CACHE_MS = 61_000;

/**
 * HR's dashboard of the large programme (1,000 pairs, 2,000 profiles, 6,000 meetings,
 * 6,000 feedback records, 300 polls) through the real HTTP API, with the storage requests of
 * each view counted by a proxy in front of Azurite.
 * - `dashboard-cold`: nothing of the programme kept on the instance (its clock moved past the
 *   cache's age). Target p95 ≤ 1.5 s with ≤ 25 storage requests.
 * - `dashboard-warm`: the facts kept, the figures computed per request. Target p95 ≤ 50 ms.
 */
export async function dashboard(context: BenchContext): Promise<Figure[]> {
  process.env.TANDEM_TEST_STORAGE = context.azurite.connectionString;
  const portOf = (endpoint: 'Table' | 'Queue') =>
    Number(new RegExp(`${endpoint}Endpoint=http://[^:]+:(\\d+)`).exec(context.azurite.connectionString)![1]);
  const proxy = await new RequestCountingProxy({ host: '127.0.0.1', port: portOf('Table') }).start();
  const tablePrefix = uniqueTablePrefix();
  const clock = new TestClock(new Date('2027-04-01T08:00:00Z'));
  const server = await startTestTandem({
    tablePrefix,
    clock,
    env: {
      TANDEM_BOOTSTRAP_ADMINS: ADMIN,
      AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString('127.0.0.1', proxy.port, portOf('Queue')),
    },
  });
  try {
    context.log(`dashboard: seeding ${LARGE_PROGRAMME.pairs} pairs`);
    const seededAt = performance.now();
    const programmeId = await seedLargeProgramme(testTableStore(tablePrefix), ADMIN);
    context.log(`dashboard: seeded in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`);
    const view = async () => {
      const before = proxy.requests.length;
      const startedAt = performance.now();
      const response = await fetch(`${server.url}/api/programmes/${programmeId}/dashboard?lang=de`, {
        headers: { 'x-tandem-dev-user': `${TENANT_ID}/${ADMIN}` },
      });
      const body = (await response.json()) as { overview?: { funnel: Array<{ stage: string; count: number }> } };
      const ms = performance.now() - startedAt;
      check(response.status === 200, () => `dashboard answered ${response.status}`);
      const confirmed = body.overview?.funnel.find((s) => s.stage === 'mentee-confirmed')?.count;
      check(confirmed === LARGE_PROGRAMME.pairs, () => `dashboard counted ${confirmed} confirmed pairs`);
      return { ms, requests: proxy.requests.length - before };
    };
    await view(); // creates the tables this instance reads and compiles the code paths
    const cold = [];
    for (let run = 0; run < COLD_RUNS; run += 1) {
      clock.advance(PAST_THE_CACHE_MS);
      cold.push(await view());
    }
    const warm = [];
    for (let run = 0; run < WARM_RUNS; run += 1) warm.push(await view());
    return [figureOf('dashboard-cold', cold, 1500), figureOf('dashboard-warm', warm, 50)];
  } finally {
    await server.stop();
    await proxy.stop();
  }
}

function figureOf(name: string, runs: ReadonlyArray<{ ms: number; requests: number }>, targetP95: number): Figure {
  const latency = summarize(runs.map((r) => r.ms));
  return {
    figure: name,
    runs: runs.length,
    ...LARGE_PROGRAMME,
    p50_ms: round2(latency.p50),
    p95_ms: round2(latency.p95),
    max_ms: round2(latency.max),
    target_p95_ms: targetP95,
    storage_requests_per_view_max: Math.max(...runs.map((r) => r.requests)),
    load_avg_1m: round2(os.loadavg()[0] ?? 0),
  };
}
