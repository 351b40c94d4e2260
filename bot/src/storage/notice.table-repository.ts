import { deliveryTrackOf } from './delivery-track-columns';
import { odata, type TableClient } from '@azure/data-tables';
import { noticeKey, type Notice, type NoticeSubject } from '../domain/notices/notice';
import type { NoticeJob, NoticeRepository } from '../services/notices/notice-ports';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createMissing,
  deleteEntities,
  listEntities,
  updateEntityIfMatch,
  upsertEntity,
  type StoredEntity,
  partitionsUnder,
} from './entity-operations';
import { withoutUndefined } from './json-columns';
import { encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

type NoticeRow = Omit<Notice, 'subject'> & { kind: Notice['subject']['kind']; subject: string };

/**
 * Notices, one partition per programme (`<tenant>|<programme>`): a batch is a row-key range
 * (`<batch>|…`) the worker reads in one query, and a programme's retention deletes its partition.
 */
export class NoticeTableRepository implements NoticeRepository {
  static readonly TABLE = 'notices';

  constructor(private readonly store: TableStore) {}

  async createAll(notices: readonly Notice[]): Promise<void> {
    // Recorded before (a double click, a retried invoke): what is there is kept, with its status.
    await createMissing(await this.table(), notices.map(toRow), 'recording notices');
  }

  async batch(job: NoticeJob): Promise<Array<Versioned<Notice>>> {
    const prefix = `${encodeKey(job.batchId)}|`;
    return listEntities<NoticeRow, Versioned<Notice>>(
      await this.table(),
      {
        filter: odata`PartitionKey eq ${partitionOf(job.tenantId, job.programmeId)} and RowKey ge ${prefix} and RowKey lt ${`${encodeKey(job.batchId)}}`}`,
      },
      (row) => ({ etag: row.etag, value: fromRow(row) }),
    );
  }

  async update(notice: Notice, etag: string): Promise<ConditionalWrite> {
    return (await updateEntityIfMatch(await this.table(), toRow(notice), etag)).status;
  }

  async write(notice: Notice): Promise<void> {
    await upsertEntity(await this.table(), toRow(notice), 'Replace');
  }

  /** A scan of the table: notices are a few per pair and leave with their programme. */
  async pendingBefore(before: Date): Promise<NoticeJob[]> {
    const found = await listEntities<NoticeRow, NoticeJob>(
      await this.table(),
      { filter: odata`status eq 'pending' and createdAt lt ${before.toISOString()}` },
      ({ tenantId, programmeId, batchId }) => ({ tenantId, programmeId, batchId }),
      ['tenantId', 'programmeId', 'batchId'],
    );
    return [...new Map(found.map((job) => [`${job.tenantId}|${job.programmeId}|${job.batchId}`, job])).values()];
  }

  async ofProgramme(tenantId: string, programmeId: string): Promise<Notice[]> {
    return listEntities(await this.table(), { partitionKey: partitionOf(tenantId, programmeId) }, fromRow);
  }

  async deleteProgramme(tenantId: string, programmeId: string): Promise<void> {
    await deleteEntities(await this.table(), { partitionKey: partitionOf(tenantId, programmeId) });
  }

  async mentioning(tenantId: string, aadObjectId: string): Promise<Notice[]> {
    const all = await listEntities(await this.table(), { filter: ofTenant(tenantId) }, fromRow);
    return all.filter(
      (notice) => notice.recipient === aadObjectId || JSON.stringify(notice.subject).includes(aadObjectId),
    );
  }

  async deleteMentioning(tenantId: string, aadObjectId: string): Promise<void> {
    const table = await this.table();
    for (const notice of await this.mentioning(tenantId, aadObjectId)) {
      const { partitionKey, rowKey } = keysOf(notice);
      await deleteEntities(table, { filter: odata`PartitionKey eq ${partitionKey} and RowKey eq ${rowKey}` });
    }
  }

  private table(): Promise<TableClient> {
    return this.store.table(NoticeTableRepository.TABLE);
  }
}

/** `|` never comes out of encodeKey, so it separates the parts of a key. */
function partitionOf(tenantId: string, programmeId: string): string {
  return `${encodeKey(tenantId)}|${encodeKey(programmeId)}`;
}

/** Every partition of a tenant. */
function ofTenant(tenantId: string): string {
  return partitionsUnder(encodeKey(tenantId)).filter;
}

function keysOf(notice: Notice) {
  return {
    partitionKey: partitionOf(notice.tenantId, notice.programmeId),
    rowKey: `${encodeKey(notice.batchId)}|${encodeKey(noticeKey(notice))}`,
  };
}

function toRow(notice: Notice) {
  const { subject, ...rest } = notice;
  const row: NoticeRow = { ...rest, kind: subject.kind, subject: JSON.stringify(subject) };
  return { ...keysOf(notice), ...withoutUndefined(row) };
}

function fromRow(row: StoredEntity<NoticeRow>): Notice {
  return {
    tenantId: row.tenantId,
    programmeId: row.programmeId,
    batchId: row.batchId,
    recipient: row.recipient,
    subject: JSON.parse(row.subject) as NoticeSubject,
    ...deliveryTrackOf(row),
    createdAt: row.createdAt,
  };
}
