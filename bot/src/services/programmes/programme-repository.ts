import type { Programme } from '../../domain/programme/programme';
import type { ConditionalWrite, Versioned } from '../versioned';

/** The port for stored programmes. */
export interface ProgrammeRepository {
  /** The tenant's programmes, newest first. */
  list(tenantId: string): Promise<Versioned<Programme>[]>;
  /** Every tenant's programmes: for background jobs only (a cross-partition scan of a small table). */
  listAll(): Promise<Versioned<Programme>[]>;
  get(tenantId: string, programmeId: string): Promise<Versioned<Programme> | undefined>;
  /** Creates the programme unless one with its id exists (a double click). */
  create(programme: Programme): Promise<'created' | 'exists'>;
  /** Writes the programme if it still has this ETag. */
  update(programme: Programme, etag: string): Promise<ConditionalWrite>;
}
