import type { TableClient } from '@azure/data-tables';
import type { Programme } from '../domain/programme/programme';
import type { ProgrammeRepository } from '../services/programmes/programme-repository';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import { createEntity, listEntities, readEntity, updateEntityIfMatch, type StoredEntity } from './entity-operations';
import { fromJsonColumn, toJsonColumn, withoutUndefined } from './json-columns';
import { decodeKey, encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

interface ProgrammeRow {
  name: string;
  startDate: string;
  endDate: string;
  meetingsTarget: number;
  status: string;
  topics: string;
  languages: string;
  admins: string;
  sponsor?: string;
  coach?: string;
  materials: string;
  pollSettings?: string;
  createdAt: string;
  createdBy: string;
  closedAt?: string;
  purgedAt?: string;
  aggregates?: string;
  reminderLeadsMinutes?: string;
}

/** Programmes, one partition per tenant: a tenant's few programmes are listed in one query. */
export class ProgrammeTableRepository implements ProgrammeRepository {
  static readonly TABLE = 'programmes';

  /** `onChange` hears of every write here, so this instance's journey cache can drop what it holds. */
  constructor(
    private readonly store: TableStore,
    private readonly onChange: () => void = () => {},
  ) {}

  async list(tenantId: string): Promise<Versioned<Programme>[]> {
    const found = await listEntities<ProgrammeRow, Versioned<Programme>>(
      await this.table(),
      { partitionKey: encodeKey(tenantId) },
      (row) => fromRow(tenantId, row),
    );
    return found.sort((a, b) => b.value.createdAt.localeCompare(a.value.createdAt));
  }

  async listAll(): Promise<Versioned<Programme>[]> {
    return listEntities<ProgrammeRow, Versioned<Programme>>(await this.table(), 'all', (row) =>
      fromRow(decodeKey(row.partitionKey ?? ''), row),
    );
  }

  async get(tenantId: string, programmeId: string): Promise<Versioned<Programme> | undefined> {
    const row = await readEntity<ProgrammeRow>(await this.table(), encodeKey(tenantId), encodeKey(programmeId));
    return row && fromRow(tenantId, row);
  }

  async create(programme: Programme): Promise<'created' | 'exists'> {
    const outcome = await createEntity(await this.table(), toRow(programme));
    this.onChange();
    return outcome.status;
  }

  async update(programme: Programme, etag: string): Promise<ConditionalWrite> {
    const { status } = await updateEntityIfMatch(await this.table(), toRow(programme), etag);
    this.onChange();
    return status;
  }

  private table(): Promise<TableClient> {
    return this.store.table(ProgrammeTableRepository.TABLE);
  }
}

function toRow(p: Programme) {
  const row: ProgrammeRow = {
    name: p.name,
    startDate: p.startDate,
    endDate: p.endDate,
    meetingsTarget: p.meetingsTarget,
    status: p.status,
    topics: toJsonColumn(p.topics)!,
    languages: toJsonColumn(p.languages)!,
    admins: toJsonColumn(p.admins)!,
    sponsor: toJsonColumn(p.sponsor),
    coach: toJsonColumn(p.coach),
    materials: toJsonColumn(p.materials)!,
    pollSettings: toJsonColumn(p.pollSettings),
    createdAt: p.createdAt,
    createdBy: p.createdBy,
    closedAt: p.closedAt,
    purgedAt: p.purgedAt,
    aggregates: toJsonColumn(p.aggregates),
    reminderLeadsMinutes: toJsonColumn(p.reminderLeadsMinutes),
  };
  return { partitionKey: encodeKey(p.tenantId), rowKey: encodeKey(p.id), ...withoutUndefined(row) };
}

function fromRow(tenantId: string, row: StoredEntity<ProgrammeRow>): Versioned<Programme> {
  return {
    etag: row.etag,
    value: {
      id: decodeKey(row.rowKey ?? ''),
      tenantId,
      name: row.name,
      startDate: row.startDate,
      endDate: row.endDate,
      meetingsTarget: row.meetingsTarget,
      status: row.status as Programme['status'],
      topics: fromJsonColumn(row.topics, []),
      languages: fromJsonColumn(row.languages, []),
      admins: fromJsonColumn(row.admins, []),
      sponsor: fromJsonColumn(row.sponsor, undefined),
      coach: fromJsonColumn(row.coach, undefined),
      materials: fromJsonColumn(row.materials, []),
      pollSettings: fromJsonColumn(row.pollSettings, undefined),
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      closedAt: row.closedAt,
      purgedAt: row.purgedAt,
      aggregates: fromJsonColumn(row.aggregates, undefined),
      reminderLeadsMinutes: fromJsonColumn<number[] | undefined>(row.reminderLeadsMinutes, undefined),
    },
  };
}
