import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { PairRevisions } from '../services/pair-revisions';
import { deleteEntity, readEntity, updateEntityIfMatch, upsertEntity } from './entity-operations';
import { encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

/** Pair revision tokens: partition = programme, row = pair id, one `token` column. */
export class PairRevisionTableRepository implements PairRevisions {
  static readonly TABLE = 'pairRevisions';

  constructor(private readonly store: TableStore) {}

  async current(programmeId: string, pairId: string): Promise<string | undefined> {
    return (await readEntity<{ token: string }>(await this.table(), encodeKey(programmeId), encodeKey(pairId)))?.token;
  }

  async bump(programmeId: string, pairId: string): Promise<void> {
    // Unconditional: any new token invalidates every cached copy, whoever wrote last.
    await upsertEntity(await this.table(), this.row(programmeId, pairId), 'Replace');
  }

  async bumpIfPresent(programmeId: string, pairId: string): Promise<void> {
    // `*` matches any ETag but no missing row: a token deleted with its pair stays deleted.
    await updateEntityIfMatch(await this.table(), this.row(programmeId, pairId), '*');
  }

  async forget(programmeId: string, pairId: string): Promise<void> {
    await deleteEntity(await this.table(), encodeKey(programmeId), encodeKey(pairId));
  }

  private row(programmeId: string, pairId: string) {
    return { partitionKey: encodeKey(programmeId), rowKey: encodeKey(pairId), token: randomUUID() };
  }

  private table(): Promise<TableClient> {
    return this.store.table(PairRevisionTableRepository.TABLE);
  }
}
