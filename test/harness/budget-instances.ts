import pino from 'pino';
import type { TenantBudgetLedgers } from '../../bot/src/services/tenant-budget/tenant-budget-ports';
import { sharedTenantThrottle } from '../../bot/src/teams/shared-tenant-budget';
import type { TenantTokenBucket } from '../../bot/src/teams/tenant-throttle';

/** Several instances' tenant lines in one process, for tests and the bench: each as its own server would build it. */

const TENANT = 'tenant-budget-test';

/** Counts the ledger's storage requests, to show what a message costs. */
export class CountingLedgers implements TenantBudgetLedgers {
  requests = 0;
  constructor(private readonly inner: TenantBudgetLedgers) {}
  read(tenantId: string) {
    this.requests += 1;
    return this.inner.read(tenantId);
  }
  write(...args: Parameters<TenantBudgetLedgers['write']>) {
    this.requests += 1;
    return this.inner.write(...args);
  }
}

/** One server instance's tenant line: its own table client, leases and budget, as each process has. */
export function lineOfOneInstance(ledgers: TenantBudgetLedgers, rate: number, maxInstances: number): TenantTokenBucket {
  return sharedTenantThrottle({ ratePerSecond: rate, maxInstances, ledgers, logger: pino({ level: 'silent' }) });
}

/** Keeps `parallel` sends waiting at the line for `ms`, like a broadcast worker; returns when each left. */
export async function busy(throttle: TenantTokenBucket, ms: number, parallel = 20): Promise<number[]> {
  const left: number[] = [];
  const until = Date.now() + ms;
  const sender = async () => {
    while (Date.now() < until) {
      await throttle.acquire(TENANT);
      left.push(Date.now());
    }
  };
  await Promise.all(Array.from({ length: parallel }, sender));
  return left;
}
