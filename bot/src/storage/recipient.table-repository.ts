import { deliveryTrackOf } from './delivery-track-columns';
import { type TableClient, type TransactionAction } from '@azure/data-tables';
import { personRecipientKey, shardOf, type Recipient, type RecipientStatus } from '../domain/broadcasts';
import type { RecipientRepository, ShardedBroadcast } from '../services/broadcasts/broadcast-ports';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createMissing,
  deleteEntities,
  deleteEntity,
  listEntities,
  readEntity,
  transactionBatches,
  updateEntityIfMatch,
  upsertEntity,
  type StoredEntity,
  partitionsUnder,
} from './entity-operations';
import { withoutUndefined } from './json-columns';
import { decodeKey, encodeKey } from './key-encoding';
import { StorageError, statusOf, unavailable } from './storage-errors';
import type { TableStore } from './table-store';

type RecipientRow = Omit<Recipient, 'broadcastId' | 'key' | 'shard' | 'conversation'> & { conversation?: string };

/**
 * Delivery rows, one partition per shard of a broadcast (`<broadcast>|<shard>`): a worker reads
 * and writes a shard in one request each, and the report counts a broadcast with one range query.
 */
export class RecipientTableRepository implements RecipientRepository {
  static readonly TABLE = 'broadcastRecipients';

  constructor(private readonly store: TableStore) {}

  async createAll(recipients: readonly Recipient[]): Promise<void> {
    // Another instance may have written some of these rows first: theirs are kept.
    await createMissing(await this.table(), recipients.map(toRow), 'writing broadcast recipients');
  }

  async get(broadcastId: string, shard: number, key: string): Promise<Versioned<Recipient> | undefined> {
    const row = await readEntity<RecipientRow>(await this.table(), partitionOf(broadcastId, shard), encodeKey(key));
    return row && { etag: row.etag, value: fromRow(row) };
  }

  async shard(broadcastId: string, shard: number): Promise<Versioned<Recipient>[]> {
    return listEntities<RecipientRow, Versioned<Recipient>>(
      await this.table(),
      { partitionKey: partitionOf(broadcastId, shard) },
      (row) => ({ etag: row.etag, value: fromRow(row) }),
    );
  }

  async update(recipient: Recipient, etag: string): Promise<ConditionalWrite> {
    return (await updateEntityIfMatch(await this.table(), toRow(recipient), etag)).status;
  }

  async claimAll(rows: ReadonlyArray<Versioned<Recipient>>): Promise<ConditionalWrite> {
    const [batch, ...more] = transactionBatches(rows.map((row) => ({ ...claimColumns(row.value), etag: row.etag })));
    if (more.length > 0)
      throw new StorageError('too-many-rows', 'A claim of recipients takes at most 100 rows of one shard.');
    if (!batch) return 'written';
    try {
      // A merge of the claim's columns only: the row's other columns (the conversation reference among them) stay as they are and need not travel.
      await (
        await this.table()
      ).submitTransaction(batch.map(({ etag, ...entity }): TransactionAction => ['update', entity, 'Merge', { etag }]));
      return 'written';
    } catch (error) {
      const status = statusOf(error);
      if (status === 412) return 'conflict';
      if (status === 404) return 'not-found';
      throw unavailable('claiming broadcast recipients', error);
    }
  }

  async write(recipient: Recipient): Promise<void> {
    await upsertEntity(await this.table(), toRow(recipient), 'Replace');
  }

  async writeAll(recipients: readonly Recipient[]): Promise<void> {
    const table = await this.table();
    for (const batch of transactionBatches(recipients.map(toRow))) {
      try {
        await table.submitTransaction(batch.map((entity): TransactionAction => ['upsert', entity, 'Replace']));
      } catch (error) {
        throw unavailable('recording broadcast deliveries', error);
      }
    }
  }

  async list(broadcastId: string): Promise<Recipient[]> {
    return listEntities<RecipientRow, Recipient>(await this.table(), { filter: allShardsOf(broadcastId) }, fromRow);
  }

  async ofPerson(aadObjectId: string, broadcasts: readonly ShardedBroadcast[]): Promise<Recipient[]> {
    const table = await this.table();
    const rows = await Promise.all(
      personRowKeys(aadObjectId, broadcasts).map(({ partitionKey, rowKey }) =>
        readEntity<RecipientRow>(table, partitionKey, rowKey),
      ),
    );
    return rows.flatMap((row) => (row ? [fromRow(row)] : []));
  }

  async deleteBroadcast(broadcastId: string): Promise<void> {
    await deleteEntities(await this.table(), { filter: allShardsOf(broadcastId) });
  }

  async deletePerson(aadObjectId: string, broadcasts: readonly ShardedBroadcast[]): Promise<void> {
    const table = await this.table();
    for (const { partitionKey, rowKey } of personRowKeys(aadObjectId, broadcasts))
      await deleteEntity(table, partitionKey, rowKey);
  }

  async statuses(broadcastId: string): Promise<Array<{ key: string; shard: number; status: RecipientStatus }>> {
    return listEntities<{ status: RecipientStatus }, { key: string; shard: number; status: RecipientStatus }>(
      await this.table(),
      { filter: allShardsOf(broadcastId) },
      (row) => ({
        key: decodeKey(row.rowKey ?? ''),
        shard: shardOfPartition(row.partitionKey ?? ''),
        status: row.status,
      }),
      ['PartitionKey', 'RowKey', 'status'],
    );
  }

  private table(): Promise<TableClient> {
    return this.store.table(RecipientTableRepository.TABLE);
  }
}

/** `|` never comes out of encodeKey, so it separates the broadcast from the shard number. */
function partitionOf(broadcastId: string, shard: number): string {
  return `${encodeKey(broadcastId)}|${String(shard).padStart(5, '0')}`;
}

function shardOfPartition(partitionKey: string): number {
  return Number(partitionKey.slice(partitionKey.lastIndexOf('|') + 1));
}

/** Every partition (shard) of a broadcast. */
function allShardsOf(broadcastId: string): string {
  return partitionsUnder(encodeKey(broadcastId)).filter;
}

/** Where a person's row is in each broadcast that was fanned out: the shard follows from their key. */
function personRowKeys(aadObjectId: string, broadcasts: readonly ShardedBroadcast[]) {
  const key = personRecipientKey(aadObjectId);
  return broadcasts.flatMap(({ id, shards }) =>
    shards ? [{ partitionKey: partitionOf(id, shardOf(key, shards)), rowKey: encodeKey(key) }] : [],
  );
}

function toRow(r: Recipient) {
  const row: RecipientRow = {
    kind: r.kind,
    target: r.target,
    displayName: r.displayName,
    language: r.language,
    status: r.status,
    reason: r.reason,
    httpStatus: r.httpStatus,
    attempts: r.attempts,
    claimedBy: r.claimedBy,
    claimedAt: r.claimedAt,
    updatedAt: r.updatedAt,
    conversation: r.conversation && JSON.stringify(r.conversation),
    activityId: r.activityId,
  };
  return { ...keysOf(r), ...withoutUndefined(row) };
}

function keysOf(r: Recipient) {
  return { partitionKey: partitionOf(r.broadcastId, r.shard), rowKey: encodeKey(r.key) };
}

/** What a claim changes: the rest of the row is as the fan-out wrote it. */
function claimColumns(r: Recipient) {
  const claim: Partial<RecipientRow> = {
    status: r.status,
    claimedBy: r.claimedBy,
    claimedAt: r.claimedAt,
    updatedAt: r.updatedAt,
  };
  return { ...keysOf(r), ...withoutUndefined(claim) };
}

function fromRow(row: StoredEntity<RecipientRow>): Recipient {
  return {
    broadcastId: decodeKey((row.partitionKey ?? '').slice(0, (row.partitionKey ?? '').lastIndexOf('|'))),
    shard: shardOfPartition(row.partitionKey ?? ''),
    key: decodeKey(row.rowKey ?? ''),
    kind: row.kind,
    target: row.target,
    displayName: row.displayName,
    language: row.language,
    ...deliveryTrackOf(row),
    conversation: row.conversation ? (JSON.parse(row.conversation) as Record<string, unknown>) : undefined,
    ...(row.activityId ? { activityId: row.activityId } : {}),
  };
}
