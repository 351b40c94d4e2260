import pino from 'pino';
import { BroadcastReports } from '../../bot/src/jobs/broadcast-reports';
import type { BroadcastDelivery } from '../../bot/src/services/broadcasts/broadcast-ports';
import type { BroadcastFanOut, BroadcastProgress } from '../../bot/src/services/broadcasts/broadcast-fan-out';

/** A fan-out whose count takes `countMs` of fake time, and a delivery that notes when each report was shown. */
function reportsWithCountOf(countMs: number, intervalMs: number) {
  const shownAt: number[] = [];
  const progress = { broadcast: { id: 'b1' }, counts: { total: 1 } } as unknown as BroadcastProgress;
  const fanOut = {
    progress: () => new Promise((resolve) => setTimeout(() => resolve(progress), countMs)),
  } as unknown as BroadcastFanOut;
  const delivery = { showProgress: async () => void shownAt.push(Date.now()) } as unknown as BroadcastDelivery;
  const clock = { now: () => new Date() };
  return { reports: new BroadcastReports(fanOut, delivery, pino({ level: 'silent' }), intervalMs, clock), shownAt };
}

/** Runs a refresh to its end, moving the fake time on by the count it waits for. */
async function refreshNow(reports: BroadcastReports, countMs: number): Promise<void> {
  const done = reports.refresh('t', 'b1');
  await jest.advanceTimersByTimeAsync(countMs);
  await done;
}

describe('broadcast reports', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2027-01-10T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  test('while sending, a count that takes long stretches the time to the next refresh (a twentieth at most goes to counting)', async () => {
    // A count of 100 ms: the next refresh comes 2 s (twenty counts) after the touch, not after the 10 ms interval.
    const { reports, shownAt } = reportsWithCountOf(100, 10);
    await refreshNow(reports, 100);
    const touchedAt = Date.now();
    reports.touch('t', 'b1');
    await jest.advanceTimersByTimeAsync(1999);
    expect(shownAt).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1 + 100);
    expect(shownAt).toHaveLength(2);
    expect(shownAt[1]! - touchedAt).toBe(2000 + 100);
    await reports.flush();
  });

  test('once the instance has nothing left to send, a stretched refresh comes after the short interval', async () => {
    const { reports, shownAt } = reportsWithCountOf(100, 10);
    await refreshNow(reports, 100);
    reports.touch('t', 'b1');
    const quietAt = Date.now();
    reports.quiet();
    // Stretched, the refresh would come 2 s (20 counts of 100 ms) after the touch; brought forward, after 10 ms and one count.
    await jest.advanceTimersByTimeAsync(10 + 100);
    expect(shownAt).toHaveLength(2);
    expect(shownAt[1]! - quietAt).toBe(10 + 100);
    await reports.flush();
  });

  test('flush shows a pending refresh at once', async () => {
    const { reports, shownAt } = reportsWithCountOf(100, 10);
    reports.touch('t', 'b1');
    const flushed = reports.flush();
    await jest.advanceTimersByTimeAsync(100);
    await flushed;
    expect(shownAt).toHaveLength(1);
  });
});
