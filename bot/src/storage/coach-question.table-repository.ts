import { odata, type TableClient } from '@azure/data-tables';
import type { CoachQuestion } from '../domain/coach/coach-question';
import type { CoachQuestionRepository, QuestionRef } from '../services/coach/coach-ports';
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
import { compositeKey } from './key-encoding';
import type { TableStore } from './table-store';

interface QuestionRow {
  json: string;
}
interface PointerRow {
  mentorId: string;
  questionId: string;
}

/**
 * Questions to the coach, one partition per programme: the question under `q|<mentor>|<question>`
 * and, for a question sent to a coach, a pointer under `c|<coach>|<mentor>|<question>`. So a
 * person's questions, asked or received, are a row-key range each (export, deletion).
 */
export class CoachQuestionTableRepository implements CoachQuestionRepository {
  static readonly TABLE = 'coachQuestions';

  constructor(private readonly store: TableStore) {}

  async create(question: CoachQuestion): Promise<'created' | 'exists'> {
    const table = await this.table();
    // The pointer first: a crash in between leaves a pointer to nothing (skipped), never a question the coach's export misses.
    if (question.coachId) await upsertEntity(table, pointerRow(question, question.coachId), 'Replace');
    return (await createEntity(table, questionRow(question))).status;
  }

  async get(ref: QuestionRef): Promise<Versioned<CoachQuestion> | undefined> {
    const row = await readEntity<QuestionRow>(await this.table(), partitionOf(ref), questionKey(ref));
    return row && { value: JSON.parse(row.json) as CoachQuestion, etag: row.etag };
  }

  async update(question: CoachQuestion, etag: string): Promise<ConditionalWrite> {
    return (await updateEntityIfMatch(await this.table(), questionRow(question), etag)).status;
  }

  async ofPerson(tenantId: string, programmeId: string, aadObjectId: string): Promise<CoachQuestion[]> {
    const table = await this.table();
    const partition = compositeKey(tenantId, programmeId);
    const asked = await listEntities<QuestionRow, CoachQuestion>(
      table,
      { filter: rowRange(partition, 'q', aadObjectId) },
      (row) => JSON.parse(row.json) as CoachQuestion,
    );
    const pointers = await listEntities<PointerRow, PointerRow>(
      table,
      { filter: rowRange(partition, 'c', aadObjectId) },
      (row) => ({ mentorId: row.mentorId, questionId: row.questionId }),
    );
    const received = await Promise.all(
      pointers.map(async (p) => (await this.get({ tenantId, programmeId, ...p }))?.value),
    );
    return [...asked, ...received.filter((q): q is CoachQuestion => q !== undefined)];
  }

  /** The person's questions and those sent to them as the coach, with the pointers to them. */
  async deleteOfPerson(tenantId: string, programmeId: string, aadObjectId: string): Promise<void> {
    const table = await this.table();
    for (const question of await this.ofPerson(tenantId, programmeId, aadObjectId)) {
      if (question.coachId)
        await deleteEntity(table, partitionOf(question), pointerRow(question, question.coachId).rowKey);
      await deleteEntity(table, partitionOf(question), questionKey(question));
    }
    // Pointers whose question is gone (a crash between the two writes of `create`).
    await deleteEntities(table, { filter: rowRange(compositeKey(tenantId, programmeId), 'c', aadObjectId) });
  }

  async deleteProgramme(tenantId: string, programmeId: string): Promise<void> {
    await deleteEntities(await this.table(), { partitionKey: compositeKey(tenantId, programmeId) });
  }

  private table(): Promise<TableClient> {
    return this.store.table(CoachQuestionTableRepository.TABLE);
  }
}

const partitionOf = (ref: Pick<QuestionRef, 'tenantId' | 'programmeId'>) => compositeKey(ref.tenantId, ref.programmeId);
const questionKey = (ref: Pick<QuestionRef, 'mentorId' | 'questionId'>) =>
  compositeKey('q', ref.mentorId, ref.questionId);

function questionRow(question: CoachQuestion) {
  return { partitionKey: partitionOf(question), rowKey: questionKey(question), json: JSON.stringify(question) };
}

function pointerRow(question: CoachQuestion, coachId: string) {
  return {
    partitionKey: partitionOf(question),
    rowKey: compositeKey('c', coachId, question.mentorId, question.questionId),
    mentorId: question.mentorId,
    questionId: question.questionId,
  };
}

/** One person's rows of a kind: between `<kind>|<person>|` and `<kind>|<person>}` (`}` follows `|`). */
function rowRange(partitionKey: string, kind: 'q' | 'c', aadObjectId: string): string {
  const prefix = compositeKey(kind, aadObjectId);
  return odata`PartitionKey eq ${partitionKey} and RowKey ge ${`${prefix}|`} and RowKey lt ${`${prefix}}`}`;
}
