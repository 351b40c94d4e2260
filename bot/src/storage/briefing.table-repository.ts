import type { TableClient } from '@azure/data-tables';
import type { Briefing } from '../domain/briefings';
import type { BriefingRepository } from '../services/briefings/briefing-ports';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createEntity,
  deleteEntities,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  type StoredEntity,
} from './entity-operations';
import { fromJsonColumn, toJsonColumn, withoutUndefined } from './json-columns';
import { compositeKey, decodeKey, encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

type BriefingRow = Omit<Briefing, 'id' | 'tenantId' | 'hrCard'> & { hrCard?: string };

/** Briefings: partition `<tenant>|<programme>`, row = briefing id. */
export class BriefingTableRepository implements BriefingRepository {
  static readonly TABLE = 'briefings';

  constructor(private readonly store: TableStore) {}

  async get(tenantId: string, programmeId: string, briefingId: string): Promise<Versioned<Briefing> | undefined> {
    const row = await readEntity<BriefingRow>(
      await this.table(),
      compositeKey(tenantId, programmeId),
      encodeKey(briefingId),
    );
    return row && { value: fromRow(tenantId, row), etag: row.etag };
  }

  async create(briefing: Briefing): Promise<'created' | 'exists'> {
    return (await createEntity(await this.table(), toRow(briefing))).status;
  }

  async update(briefing: Briefing, etag: string): Promise<ConditionalWrite> {
    return (await updateEntityIfMatch(await this.table(), toRow(briefing), etag)).status;
  }

  async ofProgramme(tenantId: string, programmeId: string): Promise<Briefing[]> {
    return listEntities<BriefingRow, Briefing>(
      await this.table(),
      { partitionKey: compositeKey(tenantId, programmeId) },
      (row) => fromRow(tenantId, row),
    );
  }

  async deleteProgramme(tenantId: string, programmeId: string): Promise<void> {
    await deleteEntities(await this.table(), { partitionKey: compositeKey(tenantId, programmeId) });
  }

  private table(): Promise<TableClient> {
    return this.store.table(BriefingTableRepository.TABLE);
  }
}

function toRow(briefing: Briefing) {
  const { id, tenantId, hrCard, ...rest } = briefing;
  return {
    partitionKey: compositeKey(tenantId, briefing.programmeId),
    rowKey: encodeKey(id),
    ...withoutUndefined({ ...rest, hrCard: toJsonColumn(hrCard) }),
  };
}

function fromRow(tenantId: string, row: StoredEntity<BriefingRow>): Briefing {
  return {
    id: decodeKey(row.rowKey ?? ''),
    tenantId,
    programmeId: row.programmeId,
    title: row.title,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    joinUrl: row.joinUrl,
    agenda: row.agenda,
    materials: row.materials,
    audience: row.audience,
    status: row.status,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    hrCard: fromJsonColumn(row.hrCard, undefined),
  };
}
