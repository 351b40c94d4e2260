import autocannon from 'autocannon';
import { JOURNEY } from '../../harness/journey-fixture';
import { check, type BenchContext, type Figure } from '../lib/figure';
import { startJourneyServer } from '../lib/journey-server';

/** The load, and a quarter of it to show the latency when the server is not saturated. */
const RATES = [200, 50];
const SECONDS = 10;

/**
 * The journey of a pair chat, as the pinned tab asks for it (SSO token checked on every
 * request), at a steady rate on loopback: latency percentiles. Target p99 ≤ 50 ms at 200/s.
 */
export async function journeyApi(context: BenchContext): Promise<Figure[]> {
  const { server, issuer, stop } = await startJourneyServer(context);
  try {
    const token = await issuer.sign({ oid: JOURNEY.mentee });
    const url = `${server.url}/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`;
    const probe = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    check(probe.status === 200, () => `journey answered ${probe.status}`);
    const figures: Figure[] = [];
    for (const rate of RATES) {
      const result = await autocannon({ url, connections: 10, overallRate: rate, duration: SECONDS, headers: { authorization: `Bearer ${token}` } });
      check(result.non2xx === 0 && result.errors === 0, () => `${result.non2xx} non-2xx answers, ${result.errors} errors`);
      figures.push({
        figure: 'journey-api', rate_per_s: rate, seconds: SECONDS, requests: result.requests.total,
        p50_ms: result.latency.p50, p90_ms: result.latency.p90, p99_ms: result.latency.p99, max_ms: result.latency.max, target_p99_ms: 50,
      });
    }
    return figures;
  } finally {
    await stop();
  }
}
