import type { TableClient } from '@azure/data-tables';
import { listEntities } from './entity-operations';
import { statusOf, StorageError } from './storage-errors';

/** A row of a table of an older layout, as the one-time moves read it. */
export interface LegacyRow {
  partitionKey: string;
  rowKey: string;
  json: string;
}

/** Every row of a table of an older layout; none when the deployment never had that table. */
export async function legacyRows(table: TableClient): Promise<LegacyRow[]> {
  try {
    return await listEntities<{ json: string }, LegacyRow>(table, 'all', (row) => row as LegacyRow);
  } catch (error) {
    if (error instanceof StorageError && statusOf(error.cause) === 404) return [];
    throw error;
  }
}
