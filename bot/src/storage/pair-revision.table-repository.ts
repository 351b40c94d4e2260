import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { PairRevision, PairRevisions, RevisionMark } from '../services/pair-revisions';
import { fromChunkedColumns, toChunkedColumns } from './chunked-json';
import { deleteEntity, readEntity, updateEntityIfMatch, upsertEntity, type StoredEntity } from './entity-operations';
import { encodeKey } from './key-encoding';
import { PAIRS_TABLE, revisionRowKey } from './pair-rows';
import { StorageError } from './storage-errors';
import type { TableStore } from './table-store';

interface RevisionRow {
  token: string;
  /** Set by `begin`: until then a write may be in progress, and nothing is cached under the token. */
  pendingUntil?: string;
  /** The token the snapshot columns (`snapshot…`) were read under. */
  snapshotOf?: string;
}

/**
 * How long a write mark holds when its writer never settles (a crash). Far longer than a write
 * can take with the store's short retries, so the crashed write has landed or failed by then.
 */
export const WRITE_LEASE_MS = 60_000;
/** Settle attempts when other writers replace the token meanwhile. */
const SETTLE_ATTEMPTS = 3;

/**
 * Pair revision tokens (see pair-revisions.ts): the pair's revision row in the pairs table (see
 * pair-rows.ts), which also holds a snapshot of the pair's journey data under its token, so a
 * journey nobody on this instance has read yet costs point reads instead of queries.
 */
export class PairRevisionTableRepository implements PairRevisions {
  private readonly settledListeners: Array<(programmeId: string, pairId: string) => void> = [];

  constructor(
    private readonly store: TableStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Hears of every settled write (the journey refreshes its snapshot then). */
  onSettled(listener: (programmeId: string, pairId: string) => void): void {
    this.settledListeners.push(listener);
  }

  async current(programmeId: string, pairId: string): Promise<PairRevision | undefined> {
    const row = await readEntity<RevisionRow & Record<string, unknown>>(
      await this.table(),
      encodeKey(programmeId),
      revisionRowKey(pairId),
    );
    if (!row || this.inProgress(row)) return undefined;
    const snapshot = row.snapshotOf === row.token ? fromChunkedColumns('snapshot', row) : undefined;
    return { token: row.token, etag: row.etag, ...(snapshot === undefined ? {} : { snapshot }) };
  }

  async begin(programmeId: string, pairId: string, options: { ifPresent?: boolean } = {}) {
    const entity = {
      ...this.keys(programmeId, pairId),
      token: randomUUID(),
      pendingUntil: new Date(this.now().getTime() + WRITE_LEASE_MS).toISOString(),
    };
    const table = await this.table();
    if (!options.ifPresent) return { programmeId, pairId, etag: await upsertEntity(table, entity, 'Merge') };
    // `*` matches any ETag but no missing row: a token deleted with its pair stays deleted.
    const outcome = await updateEntityIfMatch(table, entity, '*', 'Merge');
    return outcome.status === 'written' ? { programmeId, pairId, etag: outcome.etag } : undefined;
  }

  async settle(mark: RevisionMark): Promise<void> {
    const table = await this.table();
    const settled = { ...this.keys(mark.programmeId, mark.pairId), token: randomUUID() };
    let etag = mark.etag;
    for (let attempt = 0; attempt < SETTLE_ATTEMPTS; attempt += 1) {
      // Replace: the mark and any snapshot (of an older token) go.
      const outcome = await updateEntityIfMatch(table, settled, etag, 'Replace');
      if (outcome.status === 'not-found') return; // deleted with its pair meanwhile
      if (outcome.status === 'written') return this.settledListeners.forEach((l) => l(mark.programmeId, mark.pairId));
      const row = await readEntity<RevisionRow>(table, settled.partitionKey, settled.rowKey);
      // Another write began after this one: its settle moves the token after both writes.
      if (!row || this.inProgress(row)) return;
      etag = row.etag;
    }
  }

  async keepSnapshot(programmeId: string, pairId: string, revision: PairRevision, snapshot: unknown): Promise<void> {
    const entity = {
      ...this.keys(programmeId, pairId),
      snapshotOf: revision.token,
      ...toChunkedColumns('snapshot', snapshot),
    };
    try {
      await updateEntityIfMatch(await this.table(), entity, revision.etag, 'Merge');
    } catch (error) {
      // A snapshot is only a shortcut: one too big for an entity is simply not kept.
      if (!(error instanceof StorageError) || error.reason === 'unavailable') throw error;
    }
  }

  async forget(programmeId: string, pairId: string): Promise<void> {
    await deleteEntity(await this.table(), encodeKey(programmeId), revisionRowKey(pairId));
  }

  private inProgress(row: StoredEntity<RevisionRow>): boolean {
    return row.pendingUntil !== undefined && row.pendingUntil > this.now().toISOString();
  }

  private keys(programmeId: string, pairId: string) {
    return { partitionKey: encodeKey(programmeId), rowKey: revisionRowKey(pairId) };
  }

  // The pair's own row is never written here: it has its own ETag, which pair updates rely on.
  private table(): Promise<TableClient> {
    return this.store.table(PAIRS_TABLE);
  }
}
