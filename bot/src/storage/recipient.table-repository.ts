import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Recipient, RecipientStatus } from '../domain/broadcasts';
import type { RecipientRepository } from '../services/broadcasts/broadcast-ports';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import { createEntity, listEntities, readEntity, updateEntityIfMatch, upsertEntity, type StoredEntity } from './entity-operations';
import { assertWithinEntityLimits } from './entity-limits';
import { withoutUndefined } from './json-columns';
import { decodeKey, encodeKey } from './key-encoding';
import { statusOf, unavailable } from './storage-errors';
import type { TableStore } from './table-store';

type RecipientRow = Omit<Recipient, 'broadcastId' | 'key'>;
/** Azure's limit for one entity group transaction. */
const TRANSACTION_MAX = 100;

/** Delivery rows, one partition per broadcast: the report counts a broadcast in one query. */
export class RecipientTableRepository implements RecipientRepository {
  static readonly TABLE = 'broadcastRecipients';

  constructor(private readonly store: TableStore) {}

  async createAll(recipients: readonly Recipient[]): Promise<void> {
    const table = await this.table();
    for (let start = 0; start < recipients.length; start += TRANSACTION_MAX) {
      const batch = recipients.slice(start, start + TRANSACTION_MAX).map(toRow);
      batch.forEach((entity) => assertWithinEntityLimits(entity));
      try {
        await table.submitTransaction(batch.map((entity): TransactionAction => ['create', entity]));
      } catch (error) {
        // Another instance wrote some of these rows first: create the rest one by one, keeping theirs.
        if (statusOf(error) !== 409) throw unavailable('writing broadcast recipients', error);
        for (const entity of batch) await createEntity(table, entity);
      }
    }
  }

  async get(broadcastId: string, key: string): Promise<Versioned<Recipient> | undefined> {
    const row = await readEntity<RecipientRow>(await this.table(), encodeKey(broadcastId), encodeKey(key));
    return row && { etag: row.etag, value: fromRow(row) };
  }

  async update(recipient: Recipient, etag: string): Promise<ConditionalWrite> {
    return (await updateEntityIfMatch(await this.table(), toRow(recipient), etag)).status;
  }

  async write(recipient: Recipient): Promise<void> {
    await upsertEntity(await this.table(), toRow(recipient), 'Replace');
  }

  async list(broadcastId: string): Promise<Recipient[]> {
    return listEntities<RecipientRow, Recipient>(await this.table(), { partitionKey: encodeKey(broadcastId) }, fromRow);
  }

  async statuses(broadcastId: string): Promise<Array<{ key: string; status: RecipientStatus }>> {
    return listEntities<{ status: RecipientStatus }, { key: string; status: RecipientStatus }>(await this.table(), { partitionKey: encodeKey(broadcastId) }, (row) => ({ key: decodeKey(row.rowKey ?? ''), status: row.status }), ['RowKey', 'status']);
  }

  private table(): Promise<TableClient> {
    return this.store.table(RecipientTableRepository.TABLE);
  }
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
  };
  return { partitionKey: encodeKey(r.broadcastId), rowKey: encodeKey(r.key), ...withoutUndefined(row) };
}

function fromRow(row: StoredEntity<RecipientRow>): Recipient {
  return {
    broadcastId: decodeKey(row.partitionKey ?? ''),
    key: decodeKey(row.rowKey ?? ''),
    kind: row.kind,
    target: row.target,
    displayName: row.displayName,
    language: row.language,
    status: row.status,
    reason: row.reason,
    httpStatus: row.httpStatus,
    attempts: row.attempts,
    claimedBy: row.claimedBy,
    claimedAt: row.claimedAt,
    updatedAt: row.updatedAt,
  };
}
