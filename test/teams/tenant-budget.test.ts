import type { TenantBudgetLedgers } from '../../bot/src/services/tenant-budget/tenant-budget-ports';
import { TenantBudgetTableRepository } from '../../bot/src/storage/tenant-budget.table-repository';
import { busy, CountingLedgers, lineOfOneInstance } from '../harness/budget-instances';
import { achievedRate, busiestSecond } from '../harness/send-windows';
import { testTableStore, uniqueTablePrefix } from '../harness/test-storage';

const RATE = 100;
/** What each of three instances got before the budget was shared (the rate divided by the count), with room above it. */
const DIVIDED_SHARE = 0.5 * RATE;
const instance = (ledgers: TenantBudgetLedgers, maxInstances = 3) => lineOfOneInstance(ledgers, RATE, maxInstances);

/** The ledger behind a slow network: every request takes `ms` longer. */
const slowed = (inner: TenantBudgetLedgers, ms: number): TenantBudgetLedgers => {
  const later = <T>(value: Promise<T>) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
  return { read: (tenantId) => later(inner.read(tenantId)), write: (...args) => later(inner.write(...args)) };
};

/** A storage account that does not answer. */
const unreachable: TenantBudgetLedgers = {
  read: () => Promise.reject(new Error('storage unavailable')),
  write: () => Promise.reject(new Error('storage unavailable')),
};

describe('one tenant budget shared by several instances through Azurite', () => {
  const ledgersOn = (tablePrefix: string) =>
    new CountingLedgers(new TenantBudgetTableRepository(testTableStore(tablePrefix)));

  test('three busy instances together never send more than the rate in any second, and each gets a share', async () => {
    const tablePrefix = uniqueTablePrefix();
    const ledgers = [ledgersOn(tablePrefix), ledgersOn(tablePrefix), ledgersOn(tablePrefix)];
    const runs = await Promise.all(ledgers.map((ledger) => busy(instance(ledger), 3000)));
    const all = runs.flat();
    expect(busiestSecond(all)).toBeLessThanOrEqual(RATE);
    // Generous on purpose (this machine may be busy): the three share the budget rather than each taking a third.
    // How close they come to the rate is the bench's figure (npm run bench -- tenant-budget), not a test's.
    expect(achievedRate(all)).toBeGreaterThan(DIVIDED_SHARE);
    // None is starved. Not a third each: on a loaded machine one instance's timers run late and it
    // took 9.5 % in one CI run; what the budget promises is the rate, shared, not an equal split.
    for (const run of runs) expect(run.length).toBeGreaterThan(0.05 * all.length);
  });

  test('one busy instance next to two idle ones uses more than a divided share of the rate, for a few storage requests per hundred messages', async () => {
    const tablePrefix = uniqueTablePrefix();
    const [ledger, ...idle] = [ledgersOn(tablePrefix), ledgersOn(tablePrefix), ledgersOn(tablePrefix)];
    idle.forEach((other) => instance(other));
    const sent = await busy(instance(ledger!), 3000);
    expect(busiestSecond(sent)).toBeLessThanOrEqual(RATE);
    // The bench measures how close to the rate it comes (0.94 on a quiet machine); here only that it is not held to a share.
    expect(achievedRate(sent)).toBeGreaterThan(DIVIDED_SHARE);
    expect(ledger!.requests / sent.length).toBeLessThan(0.1);
  });

  test('with every storage request taking 300 ms, a busy instance keeps close to the rate once its batches reach far enough ahead, never above it', async () => {
    const ledger = slowed(ledgersOn(uniqueTablePrefix()), 300);
    const sent = await busy(instance(ledger), 4500);
    expect(busiestSecond(sent)).toBeLessThanOrEqual(RATE);
    // The first batches come late and small (its pace is not known yet); from the second second on it keeps up.
    const steady = sent.filter((at) => at >= Math.min(...sent) + 1500);
    expect(achievedRate(steady)).toBeGreaterThan(DIVIDED_SHARE);
  });

  test('with storage unreachable an instance waits until earlier tokens have expired, then sends its local share only', async () => {
    const started = Date.now();
    const sent = await busy(instance(unreachable, 4), 5500);
    // Nothing before every token handed out earlier has left every window (batches reach 2 s ahead, then 1 s).
    expect(Math.min(...sent) - started).toBeGreaterThanOrEqual(3000);
    expect(busiestSecond(sent)).toBeLessThanOrEqual(RATE / 4);
    expect(sent.length).toBeGreaterThan(RATE / 4);
  });
});
