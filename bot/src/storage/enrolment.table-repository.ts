import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { Enrolment } from '../domain/participant/enrolment';
import type { Role } from '../domain/participant/profile';
import type { EnrolmentRepository, EnrolmentWrite } from '../services/enrolment/enrolment-repository';
import {
  deleteEntities,
  deleteEntity,
  listEntities,
  partitionsUnder,
  readEntity,
  upsertEntity,
} from './entity-operations';
import { assertWithinEntityLimits } from './entity-limits';
import { withoutUndefined } from './json-columns';
import { compositeKey, encodeKey } from './key-encoding';
import { unavailable } from './storage-errors';
import type { TableStore } from './table-store';

type EnrolmentRow = Omit<Enrolment, 'programmeId'>;
/** Azure's limit for one entity group transaction. */
const TRANSACTION_MAX = 100;

/** Enrolments, one partition per programme so an import writes in atomic batches. */
export class EnrolmentTableRepository implements EnrolmentRepository {
  static readonly TABLE = 'enrolments';
  /** Person → the addresses of their linked enrolments, one partition per programme and person. */
  static readonly LINKS_TABLE = 'enrolmentLinks';

  constructor(private readonly store: TableStore) {}

  async saveAll(programmeId: string, enrolments: ReadonlyArray<EnrolmentWrite>): Promise<void> {
    const table = await this.table();
    for (let start = 0; start < enrolments.length; start += TRANSACTION_MAX) {
      // Merge keeps the link to a Teams user made when the person onboarded.
      const actions: TransactionAction[] = enrolments
        .slice(start, start + TRANSACTION_MAX)
        .map((e) => ['upsert', toRow(e), 'Merge']);
      actions.forEach(([, entity]) => assertWithinEntityLimits(entity as Record<string, unknown>));
      try {
        await table.submitTransaction(actions);
      } catch (error) {
        throw unavailable(`importing enrolments ${start + 1}–${start + actions.length}`, error);
      }
    }
  }

  async list(programmeId: string): Promise<Enrolment[]> {
    return this.query(programmeId, odata`PartitionKey eq ${encodeKey(programmeId)}`);
  }

  async find(programmeId: string, email: string): Promise<Enrolment | undefined> {
    const row = await readEntity<EnrolmentRow>(
      await this.table(),
      encodeKey(programmeId),
      encodeKey(email.toLowerCase()),
    );
    return row && fromRow(programmeId, row);
  }

  async link(programmeId: string, email: string, aadObjectId: string): Promise<void> {
    const existing = await this.find(programmeId, email);
    if (!existing) return;
    // The person's link row first: an enrolment naming them is always found by key (export, deletion).
    await upsertEntity(await this.links(), linkRow(programmeId, aadObjectId, existing.email), 'Replace');
    await upsertEntity(
      await this.table(),
      { partitionKey: encodeKey(programmeId), rowKey: encodeKey(existing.email), aadObjectId },
      'Merge',
    );
  }

  /** By key: the addresses linked to the person (their link rows) and their sign-in address. */
  async forPerson(programmeId: string, person: { email?: string; aadObjectId: string }): Promise<Enrolment[]> {
    const linked = await listEntities<{ email: string }, string>(
      await this.links(),
      { partitionKey: compositeKey(programmeId, person.aadObjectId) },
      (row) => row.email,
      ['email'],
    );
    const emails = new Set([...linked, ...(person.email ? [person.email.toLowerCase()] : [])]);
    const found = await Promise.all([...emails].map((email) => this.find(programmeId, email)));
    return found.filter((e): e is Enrolment => e !== undefined);
  }

  async deletePerson(programmeId: string, person: { email?: string; aadObjectId: string }): Promise<number> {
    const found = await this.forPerson(programmeId, person);
    const table = await this.table();
    for (const enrolment of found) await deleteEntity(table, encodeKey(programmeId), encodeKey(enrolment.email));
    await deleteEntities(await this.links(), { partitionKey: compositeKey(programmeId, person.aadObjectId) });
    return found.length;
  }

  async deleteProgramme(programmeId: string): Promise<void> {
    await deleteEntities(await this.table(), { partitionKey: encodeKey(programmeId) });
    // Every person's link partition of the programme.
    await deleteEntities(await this.links(), partitionsUnder(compositeKey(programmeId)));
  }

  private async query(programmeId: string, filter: string): Promise<Enrolment[]> {
    return listEntities<EnrolmentRow, Enrolment>(await this.table(), { filter }, (row) => fromRow(programmeId, row));
  }

  private table(): Promise<TableClient> {
    return this.store.table(EnrolmentTableRepository.TABLE);
  }

  private links(): Promise<TableClient> {
    return this.store.table(EnrolmentTableRepository.LINKS_TABLE);
  }
}

function toRow(e: EnrolmentWrite) {
  const row: Partial<EnrolmentRow> = {
    email: e.email,
    name: e.name,
    role: e.role,
    department: e.department,
    location: e.location,
    managerEmail: e.managerEmail,
    importedAt: e.importedAt,
  };
  return { partitionKey: encodeKey(e.programmeId), rowKey: encodeKey(e.email), ...withoutUndefined(row) };
}

function fromRow(programmeId: string, row: EnrolmentRow): Enrolment {
  return {
    programmeId,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    department: row.department ?? '',
    location: row.location ?? '',
    managerEmail: row.managerEmail ?? '',
    aadObjectId: row.aadObjectId,
    importedAt: row.importedAt,
  };
}

/** The row that finds a linked enrolment from its person. */
export function linkRow(programmeId: string, aadObjectId: string, email: string) {
  return { partitionKey: compositeKey(programmeId, aadObjectId), rowKey: encodeKey(email), email };
}
