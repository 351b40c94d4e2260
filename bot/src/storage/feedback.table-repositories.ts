import { odata, type TableClient } from '@azure/data-tables';
import type { GoodPracticeSubmission, MeetingFeedback } from '../domain/feedback/meeting-feedback';
import type { FeedbackRepository, GoodPracticeRepository } from '../services/feedback/feedback-ports';
import type { PairRevisions } from '../services/pair-revisions';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createEntity,
  deleteEntities,
  deleteEntity,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  upsertEntity,
} from './entity-operations';
import { compositeKey, encodeKey } from './key-encoding';
import { PairRevisionTableRepository } from './pair-revision.table-repository';
import type { TableStore } from './table-store';

/** Rows of both tables: partition = programme, row = author + meeting (one per person and meeting). */
interface AuthoredRow {
  pairId: string;
  authorId: string;
  json: string;
}

const keysOf = (programmeId: string, authorId: string, meetingId: string) => ({
  partitionKey: encodeKey(programmeId),
  rowKey: compositeKey(authorId, meetingId),
});

/** Shared queries of the two authored tables; the privacy export and deletion go by author. */
class AuthoredTable<T extends { programmeId: string; pairId: string; authorId: string; meetingId: string }> {
  constructor(
    private readonly store: TableStore,
    private readonly name: string,
  ) {}

  table(): Promise<TableClient> {
    return this.store.table(this.name);
  }

  row(value: T) {
    return {
      ...keysOf(value.programmeId, value.authorId, value.meetingId),
      pairId: value.pairId,
      authorId: value.authorId,
      json: JSON.stringify(value),
    };
  }

  async where(programmeId: string, column: 'pairId' | 'authorId', value: string): Promise<Versioned<T>[]> {
    const filter =
      column === 'pairId'
        ? odata`PartitionKey eq ${encodeKey(programmeId)} and pairId eq ${value}`
        : odata`PartitionKey eq ${encodeKey(programmeId)} and authorId eq ${value}`;
    return listEntities<AuthoredRow, Versioned<T>>(await this.table(), { filter }, (row) => ({
      etag: row.etag,
      value: JSON.parse(row.json) as T,
    }));
  }

  async deleteByAuthor(programmeId: string, authorId: string): Promise<void> {
    await deleteEntities(await this.table(), {
      filter: odata`PartitionKey eq ${encodeKey(programmeId)} and authorId eq ${authorId}`,
    });
  }
}

/** Meeting feedback in Table Storage. The journey shows it, so every write bumps the pair's revision afterwards. */
export class FeedbackTableRepository implements FeedbackRepository {
  static readonly TABLE = 'feedback';
  private readonly rows: AuthoredTable<MeetingFeedback>;

  constructor(
    store: TableStore,
    private readonly revisions: PairRevisions = new PairRevisionTableRepository(store),
  ) {
    this.rows = new AuthoredTable(store, FeedbackTableRepository.TABLE);
  }

  async get(programmeId: string, authorId: string, meetingId: string): Promise<Versioned<MeetingFeedback> | undefined> {
    const keys = keysOf(programmeId, authorId, meetingId);
    const row = await readEntity<AuthoredRow>(await this.rows.table(), keys.partitionKey, keys.rowKey);
    return row && { etag: row.etag, value: JSON.parse(row.json) as MeetingFeedback };
  }

  async create(feedback: MeetingFeedback): Promise<'created' | 'exists'> {
    const { status } = await createEntity(await this.rows.table(), this.rows.row(feedback));
    if (status === 'created') await this.revisions.bump(feedback.programmeId, feedback.pairId);
    return status;
  }

  async update(feedback: MeetingFeedback, etag: string): Promise<ConditionalWrite> {
    const { status } = await updateEntityIfMatch(await this.rows.table(), this.rows.row(feedback), etag);
    if (status === 'written') await this.revisions.bump(feedback.programmeId, feedback.pairId);
    return status;
  }

  async forPair(programmeId: string, pairId: string): Promise<MeetingFeedback[]> {
    return (await this.rows.where(programmeId, 'pairId', pairId)).map((r) => r.value);
  }

  async byAuthor(programmeId: string, authorId: string): Promise<MeetingFeedback[]> {
    return (await this.rows.where(programmeId, 'authorId', authorId)).map((r) => r.value);
  }

  async deleteByAuthor(programmeId: string, authorId: string): Promise<void> {
    const pairIds = new Set((await this.byAuthor(programmeId, authorId)).map((f) => f.pairId));
    await this.rows.deleteByAuthor(programmeId, authorId);
    for (const pairId of pairIds) await this.revisions.bumpIfPresent(programmeId, pairId);
  }
}

/** Good-practice submissions in Table Storage, waiting for HR's curation. */
export class GoodPracticeTableRepository implements GoodPracticeRepository {
  static readonly TABLE = 'goodPractices';
  private readonly rows: AuthoredTable<GoodPracticeSubmission>;

  constructor(store: TableStore) {
    this.rows = new AuthoredTable(store, GoodPracticeTableRepository.TABLE);
  }

  async save(submission: GoodPracticeSubmission): Promise<void> {
    await upsertEntity(await this.rows.table(), this.rows.row(submission), 'Replace');
  }

  async withdraw(programmeId: string, authorId: string, meetingId: string): Promise<void> {
    const keys = keysOf(programmeId, authorId, meetingId);
    await deleteEntity(await this.rows.table(), keys.partitionKey, keys.rowKey);
  }

  async list(programmeId: string): Promise<GoodPracticeSubmission[]> {
    return listEntities<AuthoredRow, GoodPracticeSubmission>(
      await this.rows.table(),
      { partitionKey: encodeKey(programmeId) },
      (row) => JSON.parse(row.json) as GoodPracticeSubmission,
    );
  }

  async byAuthor(programmeId: string, authorId: string): Promise<GoodPracticeSubmission[]> {
    return (await this.rows.where(programmeId, 'authorId', authorId)).map((r) => r.value);
  }

  deleteByAuthor(programmeId: string, authorId: string): Promise<void> {
    return this.rows.deleteByAuthor(programmeId, authorId);
  }
}
