import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { JOURNEY } from '../../harness/journey-fixture';
import { check, type BenchContext, type Figure } from '../lib/figure';
import { startJourneyServer, type JourneyServer } from '../lib/journey-server';
import { PAIRS_PER_PROGRAMME, seedManyProgrammes } from '../lib/many-pairs';
import { round2 } from '../lib/percentiles';

/** The load, and a quarter of it to show the latency when the server is not saturated. */
const RATES = [200, 50];
/** Cold pairs: the rate issue 21 sets the cold target for (p99 ≤ 100 ms at 100/s), and half of it. */
const COLD_RATES = [100, 50];
const SECONDS = 10;
/** Unmeasured load before the warm figures: a server that has run for a while has its code compiled (JIT). */
const WARM_UP_SECONDS = 3;
/** Connections of the cold runs: rate × a second, so a late answer never delays the next request. */
const COLD_CONNECTIONS = 100;
/** The cold runs get a few more pairs than requests, so no pair is asked for twice. */
const SPARE_PAIRS = 1.1;

/**
 * The journey of a pair chat, as the pinned tab asks for it (an SSO token on every request),
 * at a steady rate on loopback: latency percentiles. Target p99 ≤ 50 ms at 200/s.
 * - `journey-api`: one pair asked again and again (a pinned tab's refreshes: the warm path,
 *   the pair row with its revision in one query, the rest from the cache, the token already
 *   verified), after a short unmeasured warm-up;
 * - `journey-api-cold`: every request for another pair with another member's token (nothing
 *   cached: chat index, every read, a full token check), the worst case; the pairs are spread
 *   over programmes of PAIRS_PER_PROGRAMME.
 */
export async function journeyApi(context: BenchContext): Promise<Figure[]> {
  const journey = await startJourneyServer(context);
  try {
    const figures: Figure[] = [];
    await warm(journey, RATES[0]!, WARM_UP_SECONDS);
    for (const rate of RATES) figures.push(await warm(journey, rate));
    for (const rate of COLD_RATES) figures.push(await cold(journey, rate, context));
    return figures;
  } finally {
    await journey.stop();
  }
}

async function warm({ server, issuer }: JourneyServer, rate: number, seconds = SECONDS): Promise<Figure> {
  const token = await issuer.sign({ oid: JOURNEY.mentee });
  const url = `${server.url}/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`;
  const probe = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  check(probe.status === 200, () => `journey answered ${probe.status}`);
  // The load comes from a worker thread, so generating it does not steal the server's event loop.
  const result = await autocannon({
    url,
    connections: 10,
    overallRate: rate,
    duration: seconds,
    workers: 1,
    headers: { authorization: `Bearer ${token}` },
  });
  return figureOf('journey-api', rate, seconds, result, { pairs: 1 });
}

async function cold(
  { server, issuer, programmeId }: JourneyServer,
  rate: number,
  context: BenchContext,
): Promise<Figure> {
  const count = Math.ceil(rate * SECONDS * SPARE_PAIRS);
  context.log(
    `journey-api: seeding ${count} pairs (${PAIRS_PER_PROGRAMME} per programme) for the cold run at ${rate}/s`,
  );
  const pairs = await seedManyProgrammes(server, programmeId, count, `cold${rate}`);
  const targets = await Promise.all(
    pairs.map(async (p) => ({
      path: `/api/journey/chat/${encodeURIComponent(p.chatId)}?lang=de`,
      token: await issuer.sign({ oid: p.memberId }),
    })),
  );
  const probe = await fetch(`${server.url}${targets.at(-1)!.path}`, {
    headers: { authorization: `Bearer ${targets.at(-1)!.token}` },
  });
  check(probe.status === 200, () => `journey of a seeded pair answered ${probe.status}`);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-'));
  try {
    const file = path.join(directory, 'targets.json');
    await writeFile(file, JSON.stringify(targets.slice(0, -1)));
    process.env.TANDEM_BENCH_JOURNEY_TARGETS = file; // the worker thread inherits the environment
    const result = await autocannon({
      url: server.url,
      // Enough connections that slow answers never hold back the offered rate (an open load).
      connections: COLD_CONNECTIONS,
      overallRate: rate,
      duration: SECONDS,
      workers: 1,
      requests: [{ method: 'GET', setupRequest: path.join(__dirname, '../lib/journey-targets.js') }],
    });
    check(
      result.requests.total < targets.length,
      () => `${result.requests.total} requests for ${targets.length - 1} pairs: some pairs were asked twice`,
    );
    return figureOf('journey-api-cold', rate, SECONDS, result, {
      offered: rate * SECONDS,
      pairs: result.requests.total,
      pairs_per_programme: Math.min(count, PAIRS_PER_PROGRAMME),
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

function figureOf(name: string, rate: number, seconds: number, result: Result, extra: Record<string, number>): Figure {
  check(result.non2xx === 0 && result.errors === 0, () => `${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    figure: name,
    rate_per_s: rate,
    seconds,
    requests: result.requests.total,
    ...extra,
    p50_ms: result.latency.p50,
    p90_ms: result.latency.p90,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    target_p99_ms: name === 'journey-api-cold' ? 100 : 50,
    // The other work on these two cores shows in the tails.
    load_avg_1m: round2(os.loadavg()[0] ?? 0),
  };
}
