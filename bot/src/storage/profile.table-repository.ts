import type { TableClient } from '@azure/data-tables';
import type { AvailabilitySlot } from '../domain/participant/availability';
import type { MeetingFormat, Profile, Role } from '../domain/participant/profile';
import type { ProfileRepository, ProgrammePerson } from '../services/onboarding/profile-repository';
import { writingMember, type PairMemberships, type PairRevisions } from '../services/pair-revisions';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createEntity,
  deleteEntity,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  type StoredEntity,
} from './entity-operations';
import { fromJsonColumn, toJsonColumn, withoutUndefined } from './json-columns';
import { encodeKey } from './key-encoding';
import { PairMemberTableIndex } from './pair-member-index';
import { PairRevisionTableRepository } from './pair-revision.table-repository';
import type { TableStore } from './table-store';

interface ProfileRow {
  tenantId: string;
  aadObjectId: string;
  displayName: string;
  role: string;
  department: string;
  location: string;
  timeZone: string;
  languages: string;
  topics: string;
  ownTopics: string;
  goals: string;
  availability: string;
  format: string;
  capacity?: number;
  managerAadObjectId?: string;
  userPrincipalName?: string;
  consent: string;
  locale: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Profiles, one partition per programme: matching reads a programme's pool in one query. The
 * journeys of a person's pairs show their profile, so every write here moves those pairs'
 * revision tokens (found through the member index), as writes of pair data do.
 */
export class ProfileTableRepository implements ProfileRepository {
  static readonly TABLE = 'profiles';

  constructor(
    private readonly store: TableStore,
    private readonly revisions: PairRevisions = new PairRevisionTableRepository(store),
    private readonly memberships: PairMemberships = new PairMemberTableIndex(store),
  ) {}

  async get(programmeId: string, aadObjectId: string): Promise<Versioned<Profile> | undefined> {
    const row = await readEntity<ProfileRow>(await this.table(), encodeKey(programmeId), encodeKey(aadObjectId));
    return row && { etag: row.etag, value: fromRow(programmeId, row) };
  }

  async create(profile: Profile): Promise<'created' | 'exists'> {
    const table = await this.table();
    return this.writing(
      profile.programmeId,
      profile.aadObjectId,
      async () => (await createEntity(table, toRow(profile))).status,
    );
  }

  async update(profile: Profile, etag: string): Promise<ConditionalWrite> {
    const table = await this.table();
    return this.writing(
      profile.programmeId,
      profile.aadObjectId,
      async () => (await updateEntityIfMatch(table, toRow(profile), etag)).status,
    );
  }

  async delete(programmeId: string, aadObjectId: string): Promise<void> {
    const table = await this.table();
    await this.writing(programmeId, aadObjectId, () =>
      deleteEntity(table, encodeKey(programmeId), encodeKey(aadObjectId)),
    );
  }

  async listPeople(programmeId: string): Promise<ProgrammePerson[]> {
    return listEntities<ProfileRow, ProgrammePerson>(
      await this.table(),
      { partitionKey: encodeKey(programmeId) },
      (row) => ({
        aadObjectId: row.aadObjectId,
        displayName: row.displayName,
        role: row.role as Role,
        locale: row.locale,
      }),
      ['aadObjectId', 'displayName', 'role', 'locale'],
    );
  }

  async listByProgramme(programmeId: string): Promise<Profile[]> {
    return listEntities<ProfileRow, Profile>(await this.table(), { partitionKey: encodeKey(programmeId) }, (row) =>
      fromRow(programmeId, row),
    );
  }

  private writing<T>(programmeId: string, memberId: string, write: () => Promise<T>): Promise<T> {
    return writingMember(this.revisions, this.memberships, { programmeId, memberId }, write);
  }

  private table(): Promise<TableClient> {
    return this.store.table(ProfileTableRepository.TABLE);
  }
}

function toRow(p: Profile) {
  const row: ProfileRow = {
    tenantId: p.tenantId,
    aadObjectId: p.aadObjectId,
    displayName: p.displayName,
    role: p.role,
    department: p.department,
    location: p.location,
    timeZone: p.timeZone,
    languages: toJsonColumn(p.languages)!,
    topics: toJsonColumn(p.topics)!,
    ownTopics: p.ownTopics,
    goals: p.goals,
    availability: toJsonColumn(p.availability)!,
    format: p.format,
    capacity: p.capacity,
    managerAadObjectId: p.managerAadObjectId,
    userPrincipalName: p.userPrincipalName,
    consent: toJsonColumn(p.consent)!,
    locale: p.locale,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
  return { partitionKey: encodeKey(p.programmeId), rowKey: encodeKey(p.aadObjectId), ...withoutUndefined(row) };
}

function fromRow(programmeId: string, row: StoredEntity<ProfileRow>): Profile {
  return {
    programmeId,
    tenantId: row.tenantId,
    aadObjectId: row.aadObjectId,
    displayName: row.displayName,
    role: row.role as Role,
    department: row.department,
    location: row.location,
    timeZone: row.timeZone,
    languages: fromJsonColumn(row.languages, []),
    topics: fromJsonColumn(row.topics, []),
    ownTopics: row.ownTopics ?? '',
    goals: row.goals ?? '',
    availability: fromJsonColumn<AvailabilitySlot[]>(row.availability, []),
    format: row.format as MeetingFormat,
    capacity: row.capacity ?? 1,
    managerAadObjectId: row.managerAadObjectId,
    userPrincipalName: row.userPrincipalName,
    consent: fromJsonColumn(row.consent, { givenAt: '', version: '' }),
    locale: row.locale,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
