import type { TableClient } from '@azure/data-tables';
import type { Rsvp } from '../domain/briefings';
import type { RsvpRepository } from '../services/briefings/briefing-ports';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createEntity,
  deleteEntities,
  deleteEntity,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  type StoredEntity,
} from './entity-operations';
import { compositeKey, decodeKey, encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

type RsvpRow = Pick<Rsvp, 'displayName' | 'answer' | 'answeredAt'>;

/** Answers to briefings: partition `<programme>|<briefing>`, row = the person's AAD object id. */
export class BriefingRsvpTableRepository implements RsvpRepository {
  static readonly TABLE = 'briefingRsvps';

  constructor(private readonly store: TableStore) {}

  async get(programmeId: string, briefingId: string, aadObjectId: string): Promise<Versioned<Rsvp> | undefined> {
    const row = await readEntity<RsvpRow>(
      await this.table(),
      compositeKey(programmeId, briefingId),
      encodeKey(aadObjectId),
    );
    return row && { value: fromRow(programmeId, briefingId, row), etag: row.etag };
  }

  async create(rsvp: Rsvp): Promise<'created' | 'exists'> {
    return (await createEntity(await this.table(), toRow(rsvp))).status;
  }

  async update(rsvp: Rsvp, etag: string): Promise<ConditionalWrite> {
    return (await updateEntityIfMatch(await this.table(), toRow(rsvp), etag)).status;
  }

  async ofBriefing(programmeId: string, briefingId: string): Promise<Rsvp[]> {
    return listEntities<RsvpRow, Rsvp>(
      await this.table(),
      { partitionKey: compositeKey(programmeId, briefingId) },
      (row) => fromRow(programmeId, briefingId, row),
    );
  }

  async delete(programmeId: string, briefingId: string, aadObjectId: string): Promise<void> {
    await deleteEntity(await this.table(), compositeKey(programmeId, briefingId), encodeKey(aadObjectId));
  }

  async deleteBriefing(programmeId: string, briefingId: string): Promise<void> {
    await deleteEntities(await this.table(), { partitionKey: compositeKey(programmeId, briefingId) });
  }

  private table(): Promise<TableClient> {
    return this.store.table(BriefingRsvpTableRepository.TABLE);
  }
}

function toRow(rsvp: Rsvp) {
  return {
    partitionKey: compositeKey(rsvp.programmeId, rsvp.briefingId),
    rowKey: encodeKey(rsvp.aadObjectId),
    displayName: rsvp.displayName,
    answer: rsvp.answer,
    answeredAt: rsvp.answeredAt,
  };
}

function fromRow(programmeId: string, briefingId: string, row: StoredEntity<RsvpRow>): Rsvp {
  return {
    programmeId,
    briefingId,
    aadObjectId: decodeKey(row.rowKey ?? ''),
    displayName: row.displayName,
    answer: row.answer,
    answeredAt: row.answeredAt,
  };
}
