import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { PairRevisions } from '../services/pair-revisions';
import { deleteEntity, readEntity, updateEntityIfMatch, upsertEntity } from './entity-operations';
import { encodeKey } from './key-encoding';
import { PAIRS_TABLE, revisionRowKey } from './pair-rows';
import type { TableStore } from './table-store';

/** Pair revision tokens: a `token` column on the pair's revision row in the pairs table (see pair-rows.ts). */
export class PairRevisionTableRepository implements PairRevisions {
  constructor(private readonly store: TableStore) {}

  async current(programmeId: string, pairId: string): Promise<string | undefined> {
    return (await readEntity<{ token: string }>(await this.table(), encodeKey(programmeId), revisionRowKey(pairId)))
      ?.token;
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
    await deleteEntity(await this.table(), encodeKey(programmeId), revisionRowKey(pairId));
  }

  private row(programmeId: string, pairId: string) {
    return { partitionKey: encodeKey(programmeId), rowKey: revisionRowKey(pairId), token: randomUUID() };
  }

  // The pair's own row is never written here: it has its own ETag, which pair updates rely on.
  private table(): Promise<TableClient> {
    return this.store.table(PAIRS_TABLE);
  }
}
