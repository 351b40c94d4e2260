import type { TableClient } from '@azure/data-tables';
import type { DeliveryCounts } from '../domain/broadcasts';
import type { ShardTallies } from '../services/broadcasts/broadcast-ports';
import { deleteEntities, listEntities, upsertEntity } from './entity-operations';
import { encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

/** Column names are identifiers, so `not-reachable` is stored as `notReachable`. */
interface TallyRow {
  total: number;
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  notReachable: number;
}

/**
 * Shard tallies, one partition per broadcast and one row per shard: the report reads a
 * broadcast's tallies (a few hundred rows at most) with one partition query, where counting its
 * delivery rows reads every one of them. Counts only, nobody's data: nothing to export or erase
 * for a person.
 */
export class ShardTallyTableRepository implements ShardTallies {
  static readonly TABLE = 'broadcastTallies';

  constructor(private readonly store: TableStore) {}

  async record(broadcastId: string, shard: number, counts: DeliveryCounts): Promise<void> {
    const row: TallyRow = {
      total: counts.total,
      pending: counts.pending,
      sending: counts.sending,
      sent: counts.sent,
      failed: counts.failed,
      notReachable: counts['not-reachable'],
    };
    await upsertEntity(
      await this.table(),
      { partitionKey: encodeKey(broadcastId), rowKey: String(shard).padStart(5, '0'), ...row },
      'Replace',
    );
  }

  async ofBroadcast(broadcastId: string): Promise<DeliveryCounts[]> {
    return listEntities<TallyRow, DeliveryCounts>(
      await this.table(),
      { partitionKey: encodeKey(broadcastId) },
      (row) => ({
        total: row.total,
        pending: row.pending,
        sending: row.sending,
        sent: row.sent,
        failed: row.failed,
        'not-reachable': row.notReachable,
      }),
    );
  }

  async deleteBroadcast(broadcastId: string): Promise<void> {
    await deleteEntities(await this.table(), { partitionKey: encodeKey(broadcastId) });
  }

  private table(): Promise<TableClient> {
    return this.store.table(ShardTallyTableRepository.TABLE);
  }
}
