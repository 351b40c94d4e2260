import type { BudgetLedger } from '../../domain/tenant-budget/budget-ledger';
import type { Versioned } from '../versioned';

/**
 * Where the instances keep each tenant's budget ledger: one row per tenant, written only with
 * its ETag, so two instances can never both take the same token. Storage failures throw.
 */
export interface TenantBudgetLedgers {
  read(tenantId: string): Promise<Versioned<BudgetLedger> | undefined>;
  /** Writes the ledger if it still has `etag` (creates it when `etag` is undefined); `conflict` if another instance wrote first. */
  write(
    tenantId: string,
    ledger: BudgetLedger,
    etag: string | undefined,
  ): Promise<{ status: 'written'; etag: string } | { status: 'conflict' }>;
}
