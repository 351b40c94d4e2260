import type { TableClient } from '@azure/data-tables';
import { newestFirst, type GoodPractice, type PracticeStatus } from '../domain/good-practices/good-practice';
import type { GoodPracticeRepository } from '../services/good-practices/good-practice-ports';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createEntity,
  deleteEntity,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  upsertEntity,
  type StoredEntity,
} from './entity-operations';
import { compositeKey, encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

interface PracticeRow {
  status: string;
  json: string;
}

interface AuthorRow {
  practiceId: string;
}

/**
 * Good practices in Table Storage. `goodPracticeItems`: partition = programme, row = practice
 * id; HR's queue, the library and the journey read one programme's partition (a few hundred
 * rows at most), newest first. `goodPracticeAuthors`: partition = `<programme>|<author>`, row =
 * practice id, so export, withdrawal and deletion find an author's practices by key. The index
 * row is written before the practice and removed after it, so a crash never leaves a practice
 * its author's deletion cannot find.
 */
export class GoodPracticeTableRepository implements GoodPracticeRepository {
  static readonly TABLE = 'goodPracticeItems';
  static readonly AUTHOR_INDEX = 'goodPracticeAuthors';

  constructor(private readonly store: TableStore) {}

  async get(programmeId: string, id: string): Promise<Versioned<GoodPractice> | undefined> {
    const row = await readEntity<PracticeRow>(await this.table(), encodeKey(programmeId), encodeKey(id));
    return row && versioned(row);
  }

  async create(practice: GoodPractice): Promise<'created' | 'exists'> {
    await this.index(practice);
    return (await createEntity(await this.table(), practiceRow(practice))).status;
  }

  async update(practice: GoodPractice, etag: string): Promise<ConditionalWrite> {
    const table = await this.table();
    if (practice.authorId) {
      await this.index(practice);
      return (await updateEntityIfMatch(table, practiceRow(practice), etag)).status;
    }
    // Anonymising: the index row goes after the practice stops naming its author.
    const before = await this.get(practice.programmeId, practice.id);
    const written = (await updateEntityIfMatch(table, practiceRow(practice), etag)).status;
    if (written === 'written' && before?.value.authorId)
      await this.unindex(practice.programmeId, before.value.authorId, practice.id);
    return written;
  }

  async list(programmeId: string): Promise<Versioned<GoodPractice>[]> {
    const rows = await listEntities<PracticeRow, Versioned<GoodPractice>>(
      await this.table(),
      { partitionKey: encodeKey(programmeId) },
      versioned,
    );
    const byId = new Map(rows.map((row) => [row.value.id, row]));
    return newestFirst(rows.map((row) => row.value)).map((practice) => byId.get(practice.id)!);
  }

  async statusesOf(programmeId: string): Promise<PracticeStatus[]> {
    // The status column alone: counting needs neither the texts nor the ETags.
    return listEntities<Pick<PracticeRow, 'status'>, PracticeStatus>(
      await this.table(),
      { partitionKey: encodeKey(programmeId) },
      (row) => row.status as PracticeStatus,
      ['status'],
    );
  }

  async byAuthor(programmeId: string, authorId: string): Promise<Versioned<GoodPractice>[]> {
    const ids = await listEntities<AuthorRow, string>(
      await this.authors(),
      { partitionKey: compositeKey(programmeId, authorId) },
      (row) => row.practiceId,
      ['practiceId'],
    );
    const found = await Promise.all(ids.map((id) => this.get(programmeId, id)));
    // An index row whose practice is gone, or was anonymised, names nothing of the author's.
    return found.filter((row): row is Versioned<GoodPractice> => row?.value.authorId === authorId);
  }

  async delete(programmeId: string, id: string): Promise<void> {
    const row = await this.get(programmeId, id);
    await deleteEntity(await this.table(), encodeKey(programmeId), encodeKey(id));
    if (row?.value.authorId) await this.unindex(programmeId, row.value.authorId, id);
  }

  /** The author's index row, written again on every write (idempotent). */
  private async index(practice: GoodPractice): Promise<void> {
    if (!practice.authorId) return;
    const keys = authorKeys(practice.programmeId, practice.authorId, practice.id);
    await upsertEntity(await this.authors(), { ...keys, practiceId: practice.id }, 'Replace');
  }

  private async unindex(programmeId: string, authorId: string, id: string): Promise<void> {
    const { partitionKey, rowKey } = authorKeys(programmeId, authorId, id);
    await deleteEntity(await this.authors(), partitionKey, rowKey);
  }

  private table(): Promise<TableClient> {
    return this.store.table(GoodPracticeTableRepository.TABLE);
  }

  private authors(): Promise<TableClient> {
    return this.store.table(GoodPracticeTableRepository.AUTHOR_INDEX);
  }
}

const authorKeys = (programmeId: string, authorId: string, id: string) => ({
  partitionKey: compositeKey(programmeId, authorId),
  rowKey: encodeKey(id),
});

/** The row of one practice; the status is a column too, for reading the table by eye. */
export function practiceRow(practice: GoodPractice) {
  return {
    partitionKey: encodeKey(practice.programmeId),
    rowKey: encodeKey(practice.id),
    status: practice.status,
    json: JSON.stringify(practice),
  };
}

function versioned(row: StoredEntity<PracticeRow>): Versioned<GoodPractice> {
  return { etag: row.etag, value: JSON.parse(row.json) as GoodPractice };
}
