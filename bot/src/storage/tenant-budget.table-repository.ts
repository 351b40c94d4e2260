import type { TableClient } from '@azure/data-tables';
import type { BudgetLedger } from '../domain/tenant-budget/budget-ledger';
import type { TenantBudgetLedgers } from '../services/tenant-budget/tenant-budget-ports';
import type { Versioned } from '../services/versioned';
import { createEntity, readEntity, updateEntityIfMatch } from './entity-operations';
import { encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

/** Slot numbers pass 2^31 (milliseconds / 25), so they are stored as text rather than as Int32. */
interface LedgerRow {
  fromSlot: string;
  /** Taken tokens per slot from `fromSlot` on, comma-separated: about a second of slots, well under a kilobyte. */
  taken: string;
}

const ROW_KEY = 'ledger';

/**
 * The tenant budget ledger: one row per tenant (the partition), written only with its ETag.
 * Counts of tokens, nobody's data: nothing to export or erase for a person.
 */
export class TenantBudgetTableRepository implements TenantBudgetLedgers {
  static readonly TABLE = 'tenantBudgets';

  constructor(private readonly store: TableStore) {}

  async read(tenantId: string): Promise<Versioned<BudgetLedger> | undefined> {
    const row = await readEntity<LedgerRow>(await this.table(), encodeKey(tenantId), ROW_KEY);
    if (!row) return undefined;
    const taken = row.taken ? row.taken.split(',').map(Number) : [];
    return { value: { fromSlot: Number(row.fromSlot), taken }, etag: row.etag };
  }

  async write(
    tenantId: string,
    ledger: BudgetLedger,
    etag: string | undefined,
  ): Promise<{ status: 'written'; etag: string } | { status: 'conflict' }> {
    const entity = {
      partitionKey: encodeKey(tenantId),
      rowKey: ROW_KEY,
      fromSlot: String(ledger.fromSlot),
      taken: ledger.taken.join(','),
    } satisfies LedgerRow & { partitionKey: string; rowKey: string };
    const table = await this.table();
    if (etag === undefined) {
      const created = await createEntity(table, entity);
      return created.status === 'created' ? { status: 'written', etag: created.etag } : { status: 'conflict' };
    }
    const updated = await updateEntityIfMatch(table, entity, etag);
    // `not-found` (the row is gone, e.g. a cleared table) is a conflict too: the caller reads again and creates it.
    return updated.status === 'written' ? updated : { status: 'conflict' };
  }

  private table(): Promise<TableClient> {
    return this.store.table(TenantBudgetTableRepository.TABLE);
  }
}
