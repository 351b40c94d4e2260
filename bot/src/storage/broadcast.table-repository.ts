import { odata, type TableClient } from '@azure/data-tables';
import type { Broadcast, BroadcastStatus } from '../domain/broadcasts';
import type { BroadcastRepository } from '../services/broadcasts/broadcast-ports';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import { createEntity, listEntities, readEntity, updateEntityIfMatch, type StoredEntity } from './entity-operations';
import { fromJsonColumn, toJsonColumn, withoutUndefined } from './json-columns';
import { decodeKey, encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

interface BroadcastRow {
  programmeId: string;
  status: BroadcastStatus;
  draft: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  scheduledFor?: string;
  queuedAt?: string;
  shards?: number;
  total?: number;
  finishedAt?: string;
  cancelledAt?: string;
  report?: string;
  /** A feature's item the broadcast carries, as `kind` and `id` (absent for news). */
  subjectKind?: string;
  subjectId?: string;
}

/** Broadcasts, one partition per tenant: `news status` lists a tenant's in one query. */
export class BroadcastTableRepository implements BroadcastRepository {
  static readonly TABLE = 'broadcasts';

  constructor(private readonly store: TableStore) {}

  async get(tenantId: string, broadcastId: string): Promise<Versioned<Broadcast> | undefined> {
    const row = await readEntity<BroadcastRow>(await this.table(), encodeKey(tenantId), encodeKey(broadcastId));
    return row && fromRow(row);
  }

  async create(broadcast: Broadcast): Promise<'created' | 'exists'> {
    return (await createEntity(await this.table(), toRow(broadcast))).status;
  }

  async update(broadcast: Broadcast, etag: string): Promise<ConditionalWrite> {
    return (await updateEntityIfMatch(await this.table(), toRow(broadcast), etag)).status;
  }

  async recent(tenantId: string, limit: number): Promise<Broadcast[]> {
    const rows = await listEntities<BroadcastRow, Broadcast>(
      await this.table(),
      { filter: odata`PartitionKey eq ${encodeKey(tenantId)} and status ne ${'draft'}` },
      (row) => fromRow(row).value,
    );
    return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  }

  async active(): Promise<Versioned<Broadcast>[]> {
    const filter = odata`status eq ${'scheduled'} or status eq ${'queued'} or status eq ${'sending'}`;
    return listEntities<BroadcastRow, Versioned<Broadcast>>(await this.table(), { filter }, fromRow);
  }

  private table(): Promise<TableClient> {
    return this.store.table(BroadcastTableRepository.TABLE);
  }
}

function toRow(b: Broadcast) {
  const row: BroadcastRow = {
    programmeId: b.programmeId,
    status: b.status,
    draft: toJsonColumn({ content: b.content, audience: b.audience })!,
    createdBy: b.createdBy,
    createdByName: b.createdByName,
    createdAt: b.createdAt,
    scheduledFor: b.scheduledFor,
    queuedAt: b.queuedAt,
    shards: b.shards,
    total: b.total,
    finishedAt: b.finishedAt,
    cancelledAt: b.cancelledAt,
    report: toJsonColumn(b.report),
    subjectKind: b.subject?.kind,
    subjectId: b.subject?.id,
  };
  return { partitionKey: encodeKey(b.tenantId), rowKey: encodeKey(b.id), ...withoutUndefined(row) };
}

function fromRow(row: StoredEntity<BroadcastRow>): Versioned<Broadcast> {
  const draft = fromJsonColumn<Pick<Broadcast, 'content' | 'audience'>>(row.draft, {
    content: { language: 'en', versions: {} },
    audience: [],
  });
  return {
    etag: row.etag,
    value: {
      id: decodeKey(row.rowKey ?? ''),
      tenantId: decodeKey(row.partitionKey ?? ''),
      programmeId: row.programmeId,
      status: row.status,
      content: draft.content,
      audience: draft.audience,
      createdBy: row.createdBy,
      createdByName: row.createdByName,
      createdAt: row.createdAt,
      scheduledFor: row.scheduledFor,
      queuedAt: row.queuedAt,
      shards: row.shards,
      total: row.total,
      finishedAt: row.finishedAt,
      cancelledAt: row.cancelledAt,
      report: fromJsonColumn(row.report, undefined),
      ...(row.subjectKind && row.subjectId ? { subject: { kind: row.subjectKind, id: row.subjectId } } : {}),
    },
  };
}
