import type { Profile } from '../../domain/participant/profile';
import type { ConditionalWrite, Versioned } from '../versioned';

/** Who a participant is, as much as addressing them needs. */
export type ProgrammePerson = Pick<Profile, 'aadObjectId' | 'displayName' | 'role' | 'locale'>;

/** The port for participant profiles, one per person and programme. */
export interface ProfileRepository {
  get(programmeId: string, aadObjectId: string): Promise<Versioned<Profile> | undefined>;
  /** Creates the profile unless one exists (double submit, Teams retry). */
  create(profile: Profile): Promise<'created' | 'exists'>;
  update(profile: Profile, etag: string): Promise<ConditionalWrite>;
  delete(programmeId: string, aadObjectId: string): Promise<void>;
  /** Every profile of a programme (matching, CSV export). */
  listByProgramme(programmeId: string): Promise<Profile[]>;
  /** Who takes part in a programme, just enough to address them (a broadcast's audience): far lighter than whole profiles. */
  listPeople(programmeId: string): Promise<ProgrammePerson[]>;
}
