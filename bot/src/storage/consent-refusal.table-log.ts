import type { TableClient } from '@azure/data-tables';
import type { ConsentRefusalLog } from '../services/onboarding/consent-refusal-log';
import { deleteEntities, deleteEntity, listEntities, readEntity, upsertEntity } from './entity-operations';
import { encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

/** Declined consents: programme and person and when, nothing else. */
export class ConsentRefusalTableLog implements ConsentRefusalLog {
  static readonly TABLE = 'consentRefusals';

  constructor(private readonly store: TableStore) {}

  async record(programmeId: string, aadObjectId: string, at: Date): Promise<void> {
    await upsertEntity(
      await this.table(),
      { partitionKey: encodeKey(programmeId), rowKey: encodeKey(aadObjectId), refusedAt: at.toISOString() },
      'Replace',
    );
  }

  async find(programmeId: string, aadObjectId: string): Promise<{ refusedAt: string } | undefined> {
    const row = await readEntity<{ refusedAt: string }>(
      await this.table(),
      encodeKey(programmeId),
      encodeKey(aadObjectId),
    );
    return row && { refusedAt: row.refusedAt };
  }

  /** How many declined consent in a programme: one partition, keys only. */
  async countOfProgramme(programmeId: string): Promise<number> {
    const rows = await listEntities(await this.table(), { partitionKey: encodeKey(programmeId) }, () => 1, ['RowKey']);
    return rows.length;
  }

  async delete(programmeId: string, aadObjectId: string): Promise<void> {
    await deleteEntity(await this.table(), encodeKey(programmeId), encodeKey(aadObjectId));
  }

  async deleteProgramme(programmeId: string): Promise<void> {
    await deleteEntities(await this.table(), { partitionKey: encodeKey(programmeId) });
  }

  private table(): Promise<TableClient> {
    return this.store.table(ConsentRefusalTableLog.TABLE);
  }
}
