import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { BroadcastReports } from '../../bot/src/jobs/broadcast-reports';
import type { NewsDelivery } from '../../bot/src/services/broadcasts/broadcast-ports';
import type { BroadcastFanOut, BroadcastProgress } from '../../bot/src/services/broadcasts/broadcast-fan-out';

/** A fan-out whose count takes `countMs`, and a delivery that notes when each report was shown. */
function reportsWithCountOf(countMs: number, intervalMs: number) {
  const shownAt: number[] = [];
  const progress = { broadcast: { id: 'b1' }, counts: { total: 1 } } as unknown as BroadcastProgress;
  const fanOut = { progress: async () => (await sleep(countMs), progress) } as unknown as BroadcastFanOut;
  const delivery = { showProgress: async () => void shownAt.push(Date.now()) } as unknown as NewsDelivery;
  return { reports: new BroadcastReports(fanOut, delivery, pino({ level: 'silent' }), intervalMs), shownAt };
}

describe('broadcast reports', () => {
  test('while sending, a count that takes long stretches the time to the next refresh (a twentieth at most goes to counting)', async () => {
    // A count of 100 ms: the next refresh comes 2 s (twenty counts) after the touch, not after the 10 ms interval.
    const { reports, shownAt } = reportsWithCountOf(100, 10);
    await reports.refresh('t', 'b1');
    const touchedAt = Date.now();
    reports.touch('t', 'b1');
    await sleep(1000);
    expect(shownAt).toHaveLength(1);
    await reports.flush();
    expect(shownAt).toHaveLength(2);
    expect(shownAt[1]! - touchedAt).toBeGreaterThanOrEqual(1000);
  });

  test('once the instance has nothing left to send, a stretched refresh comes after the short interval', async () => {
    const { reports, shownAt } = reportsWithCountOf(100, 10);
    await reports.refresh('t', 'b1');
    reports.touch('t', 'b1');
    const quietAt = Date.now();
    reports.quiet();
    // Stretched, the refresh would come 2 s (20 counts of 100 ms) after the touch; brought forward, after 10 ms and one count.
    await sleep(1000);
    expect(shownAt).toHaveLength(2);
    expect(shownAt[1]! - quietAt).toBeLessThan(1000);
    await reports.flush();
  });
});
