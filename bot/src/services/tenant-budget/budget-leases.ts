import { EMPTY_LEDGER, takeBatch, type SlotGrant } from '../../domain/tenant-budget/budget-ledger';
import { slotAt, type BudgetPlan } from '../../domain/tenant-budget/budget-slots';
import type { Versioned } from '../versioned';
import type { BudgetLedger } from '../../domain/tenant-budget/budget-ledger';
import type { TenantBudgetLedgers } from './tenant-budget-ports';

/** A batch an instance asks for: up to `wanted` tokens in the slots `firstSlot`..`lastSlot`. */
export interface LeaseRequest {
  firstSlot: number;
  lastSlot: number;
  wanted: number;
}

/**
 * Takes batches of a tenant's tokens from the shared ledger. It writes with the ETag of the
 * ledger as this instance last saw it, without reading first: while one instance sends alone,
 * nobody else writes, so a batch costs one storage request. A conflict (another instance wrote)
 * costs a read and another try on what is really there.
 */
export class TenantBudgetLeases {
  /** The ledger as this instance last read or wrote it, per tenant. */
  private readonly known = new Map<string, Versioned<BudgetLedger> | undefined>();

  constructor(
    private readonly ledgers: TenantBudgetLedgers,
    private readonly plan: BudgetPlan,
    private readonly nowMs: () => number,
    private readonly maxAttempts = 4,
  ) {}

  /** The tokens granted, earliest first; none when nothing is free or others kept winning the race. */
  async take(tenantId: string, request: LeaseRequest): Promise<SlotGrant[]> {
    let current = this.known.has(tenantId) ? this.known.get(tenantId) : await this.reread(tenantId);
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const nowSlot = slotAt(this.plan, this.nowMs());
      const batch = takeBatch(this.plan, current?.value ?? EMPTY_LEDGER, { ...request, nowSlot });
      // The ledger only fills up: if an old copy has nothing free, the real one has nothing either.
      if (batch.granted === 0) return [];
      const written = await this.ledgers.write(tenantId, batch.ledger, current?.etag);
      if (written.status === 'written') {
        this.known.set(tenantId, { value: batch.ledger, etag: written.etag });
        return batch.grants;
      }
      current = await this.reread(tenantId);
    }
    return [];
  }

  private async reread(tenantId: string): Promise<Versioned<BudgetLedger> | undefined> {
    const current = await this.ledgers.read(tenantId);
    this.known.set(tenantId, current);
    return current;
  }
}
