import os from 'node:os';
import { JOURNEY } from '../../harness/journey-fixture';
import { check, type BenchContext, type Figure } from '../lib/figure';
import { startJourneyServer, type JourneyServer } from '../lib/journey-server';
import { PAIRS_PER_PROGRAMME, seedManyProgrammes } from '../lib/many-pairs';
import { round2 } from '../lib/percentiles';
import { steadyLoad, type SteadyLoadOrder, type SteadyLoadResult } from '../lib/steady-load';

/** The load, and a quarter of it to show the latency when the server is not saturated. */
const RATES = [200, 50];
/** Cold pairs: the rate issue 21 sets the cold target for (p99 ≤ 100 ms at 100/s), and half of it. */
const COLD_RATES = [100, 50];
const SECONDS = 10;
/** Unmeasured load before the warm figures: a server that has run for a while has its code compiled (JIT). */
const WARM_UP_SECONDS = 3;
/** The cold runs get a few more pairs than requests, so no pair is asked for twice. */
const SPARE_PAIRS = 1.1;

/**
 * The journey of a pair chat, as the pinned tab asks for it (an SSO token on every request),
 * offered at a steady rate on loopback (evenly spaced, an open load: see steady-load.ts):
 * latency percentiles, counted from the moment each request was due.
 * - `journey-api`: one pair asked again and again (a pinned tab's refreshes: the warm path,
 *   the pair's revision row read, the rest from the cache, the token already verified), after
 *   a short unmeasured warm-up. Target p99 ≤ 50 ms at 200/s.
 * - `journey-api-cold`: every request for another pair with another member's token (nothing of
 *   the pair cached: the chat index, the revision row with its snapshot, a full token check),
 *   the worst case; the pairs are spread over programmes of PAIRS_PER_PROGRAMME. Target
 *   p99 ≤ 100 ms at 100/s.
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
  const target = {
    path: `/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`,
    headers: { authorization: `Bearer ${token}` },
  };
  const probe = await fetch(`${server.url}${target.path}`, { headers: target.headers });
  check(probe.status === 200, () => `journey answered ${probe.status}`);
  const result = await steadyLoad({ url: server.url, rate, seconds, targets: [target] });
  return figureOf('journey-api', { rate, seconds }, result, { pairs: 1 });
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
  const targets: SteadyLoadOrder['targets'] = await Promise.all(
    pairs.map(async (p) => ({
      path: `/api/journey/chat/${encodeURIComponent(p.chatId)}?lang=de`,
      headers: { authorization: `Bearer ${await issuer.sign({ oid: p.memberId })}` },
    })),
  );
  // The last pair is the probe; the run asks for each of the others once.
  const probe = targets.pop()!;
  const answer = await fetch(`${server.url}${probe.path}`, { headers: probe.headers });
  check(answer.status === 200, () => `journey of a seeded pair answered ${answer.status}`);
  const order = { url: server.url, rate, seconds: SECONDS, targets };
  check(rate * SECONDS <= targets.length, () => `${rate * SECONDS} requests for ${targets.length} pairs`);
  const result = await steadyLoad(order);
  return figureOf('journey-api-cold', order, result, {
    pairs: result.requests,
    pairs_per_programme: Math.min(count, PAIRS_PER_PROGRAMME),
  });
}

function figureOf(
  name: string,
  { rate, seconds }: Pick<SteadyLoadOrder, 'rate' | 'seconds'>,
  result: SteadyLoadResult,
  extra: Record<string, number>,
): Figure {
  check(result.failed === 0, () => `${result.failed} of ${result.requests} requests failed`);
  return {
    figure: name,
    rate_per_s: rate,
    seconds,
    load: 'steady',
    requests: result.requests,
    ...extra,
    p50_ms: round2(result.latency.p50),
    p95_ms: round2(result.latency.p95),
    p99_ms: round2(result.latency.p99),
    max_ms: round2(result.latency.max),
    target_p99_ms: name === 'journey-api-cold' ? 100 : 50,
    // How late the load sent its last request: about 0 when it kept pace.
    send_lag_ms: round2(result.sendLagMs),
    // The other work on these two cores shows in the tails.
    load_avg_1m: round2(os.loadavg()[0] ?? 0),
  };
}
