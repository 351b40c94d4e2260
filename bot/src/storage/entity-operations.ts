import {
  odata,
  type TableClient,
  type TableEntity,
  type TableEntityResult,
  type TransactionAction,
} from '@azure/data-tables';
import { assertWithinEntityLimits } from './entity-limits';
import { inChunks, TRANSACTION_MAX_ROWS } from '../domain/broadcasts/delivery-shards';
import { statusOf, unavailable } from './storage-errors';

export type Entity = TableEntity<Record<string, unknown>>;
export type StoredEntity<T extends object> = TableEntityResult<T> & { etag: string };

/** What a conditional write did. Conflicts are ordinary outcomes, not exceptions. */
export type WriteOutcome = { status: 'written'; etag: string } | { status: 'conflict' } | { status: 'not-found' };

export type CreateOutcome = { status: 'created'; etag: string } | { status: 'exists' };

/**
 * Every partition whose key starts with `<prefix>|` (a programme's pairs, a broadcast's shards):
 * the keys between `<prefix>|` and `<prefix>}`, as `}` follows `|`. One key-range query, so
 * Azure reads only those partitions. `prefix` is already encoded.
 */
export function partitionsUnder(prefix: string): { filter: string } {
  return { filter: odata`PartitionKey ge ${`${prefix}|`} and PartitionKey lt ${`${prefix}}`}` };
}

/** Reads one entity, or undefined when it does not exist. */
export async function readEntity<T extends object>(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<StoredEntity<T> | undefined> {
  try {
    return (await table.getEntity<T>(partitionKey, rowKey)) as StoredEntity<T>;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw unavailable('read', error);
  }
}

/** Creates an entity only if none exists with the same keys: the guard against double submits. */
export async function createEntity(table: TableClient, entity: Entity): Promise<CreateOutcome> {
  assertWithinEntityLimits(entity);
  try {
    const response = await table.createEntity(entity);
    return { status: 'created', etag: response.etag ?? '' };
  } catch (error) {
    if (statusOf(error) === 409) return { status: 'exists' };
    throw unavailable('create', error);
  }
}

/**
 * Replaces (or merges into) an entity only if it still has the given ETag. A stale ETag
 * (HTTP 412) becomes `conflict`, so the caller can re-read and decide again.
 */
export async function updateEntityIfMatch(
  table: TableClient,
  entity: Entity,
  etag: string,
  mode: 'Replace' | 'Merge' = 'Replace',
): Promise<WriteOutcome> {
  assertWithinEntityLimits(entity);
  try {
    const response = await table.updateEntity(entity, mode, { etag });
    return { status: 'written', etag: response.etag ?? '' };
  } catch (error) {
    return conditionalFailure(error, 'conditional update');
  }
}

/** Deletes an entity only if it still has the given ETag. */
export async function deleteEntityIfMatch(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
  etag: string,
): Promise<WriteOutcome> {
  try {
    await table.deleteEntity(partitionKey, rowKey, { etag });
    return { status: 'written', etag: '' };
  } catch (error) {
    return conditionalFailure(error, 'conditional delete');
  }
}

/** Writes an entity whatever is there (last writer wins): only for data one writer owns. */
export async function upsertEntity(
  table: TableClient,
  entity: Entity,
  mode: 'Replace' | 'Merge' = 'Merge',
): Promise<string> {
  assertWithinEntityLimits(entity);
  try {
    const response = await table.upsertEntity(entity, mode);
    return response.etag ?? '';
  } catch (error) {
    throw unavailable('upsert', error);
  }
}

/** Deletes an entity; deleting what is already gone is fine. */
export async function deleteEntity(table: TableClient, partitionKey: string, rowKey: string): Promise<void> {
  try {
    await table.deleteEntity(partitionKey, rowKey);
  } catch (error) {
    if (statusOf(error) !== 404) throw unavailable('delete', error);
  }
}

function conditionalFailure(error: unknown, operation: string): WriteOutcome {
  const status = statusOf(error);
  if (status === 412) return { status: 'conflict' };
  if (status === 404) return { status: 'not-found' };
  throw unavailable(operation, error);
}

/** Which entities a list or bulk delete reads: a partition, a filter, or (`'all'`, for jobs) the whole table. */
export type EntityQuery = { partitionKey: string } | { filter: string } | 'all';

/**
 * Reads every entity a query names, mapped on the way. `select` limits the columns read
 * (the keys always come back), for scans that only need a status or the keys.
 */
export async function listEntities<T extends object, R>(
  table: TableClient,
  query: EntityQuery,
  map: (row: StoredEntity<T>) => R,
  select?: string[],
): Promise<R[]> {
  const filter =
    query === 'all' ? undefined : 'filter' in query ? query.filter : odata`PartitionKey eq ${query.partitionKey}`;
  const found: R[] = [];
  try {
    for await (const row of table.listEntities<T>({ queryOptions: { filter, select } }))
      found.push(map(row as StoredEntity<T>));
  } catch (error) {
    throw unavailable(`listing ${table.tableName}`, error);
  }
  return found;
}

/** Deletes every entity a query names (reading only their keys first); what is already gone is fine. */
export async function deleteEntities(table: TableClient, query: EntityQuery): Promise<void> {
  const keys = await listEntities<object, { partitionKey: string; rowKey: string }>(
    table,
    query,
    (row) => ({ partitionKey: row.partitionKey ?? '', rowKey: row.rowKey ?? '' }),
    ['PartitionKey', 'RowKey'],
  );
  for (const { partitionKey, rowKey } of keys) await deleteEntity(table, partitionKey, rowKey);
}

/** Rows grouped by partition, at most a transaction's worth each. */
export function transactionBatches<T extends { partitionKey: string }>(rows: readonly T[]): T[][] {
  const byPartition = new Map<string, T[]>();
  for (const row of rows) {
    assertWithinEntityLimits(row);
    const partition = byPartition.get(row.partitionKey);
    if (partition) partition.push(row);
    else byPartition.set(row.partitionKey, [row]);
  }
  return [...byPartition.values()].flatMap((partition) => inChunks(partition, TRANSACTION_MAX_ROWS));
}

/**
 * Creates the rows that do not exist yet, a transaction per partition chunk; rows already there
 * (written by another instance, or by an earlier attempt of the same request) are kept as they are.
 */
export async function createMissing(
  table: TableClient,
  rows: ReadonlyArray<Entity & { partitionKey: string }>,
  what: string,
): Promise<void> {
  for (const batch of transactionBatches(rows)) {
    try {
      await table.submitTransaction(batch.map((entity): TransactionAction => ['create', entity]));
    } catch (error) {
      if (statusOf(error) !== 409) throw unavailable(what, error);
      for (const entity of batch) await createEntity(table, entity);
    }
  }
}
