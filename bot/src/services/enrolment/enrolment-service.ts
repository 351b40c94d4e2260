import type { Clock } from '../../domain/clock';
import {
  checkEnrolmentRows,
  type Enrolment,
  type EnrolmentFields,
  type EnrolmentRowIssue,
} from '../../domain/participant/enrolment';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { EnrolmentRepository } from './enrolment-repository';

export interface ImportReport {
  programme: string;
  imported: number;
  issues: EnrolmentRowIssue[];
}

/** One line of the participants export: the enrolment and, once onboarded, the profile. */
export interface ParticipantRow {
  enrolment?: Enrolment;
  profile?: Profile;
}

/** Bulk enrolment for HR (the admin CLI): import from their HR system's CSV, export for reporting. */
export class EnrolmentService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly profiles: ProfileRepository,
    private readonly clock: Clock,
  ) {}

  /** Finds a programme by id or exact name, across tenants (the CLI runs with storage access). */
  async programme(idOrName: string): Promise<Result<Programme, 'programme-not-found' | 'programme-ambiguous'>> {
    const all = (await this.programmes.listAll()).map((p) => p.value);
    const byId = all.find((p) => p.id === idOrName);
    if (byId) return ok(byId);
    const byName = all.filter((p) => p.name.toLowerCase() === idOrName.trim().toLowerCase());
    if (byName.length === 1) return ok(byName[0]!);
    return fail(byName.length > 1 ? 'programme-ambiguous' : 'programme-not-found');
  }

  /** Imports the valid rows and reports the others by line; nothing is written for a closed programme. */
  async import(
    programme: Programme,
    rows: ReadonlyArray<{ line: number; values: Partial<Record<keyof EnrolmentFields, string>> }>,
  ): Promise<Result<ImportReport, 'programme-closed'>> {
    if (programme.status === 'closed') return fail('programme-closed');
    const { valid, issues } = checkEnrolmentRows(rows);
    const importedAt = this.clock.now().toISOString();
    await this.enrolments.saveAll(
      programme.id,
      valid.map((fields) => ({ ...fields, programmeId: programme.id, importedAt })),
    );
    return ok({ programme: programme.name, imported: valid.length, issues });
  }

  /** Every participant: enrolled, onboarded, or both (joined by the linked Teams user). */
  async participants(programme: Programme): Promise<ParticipantRow[]> {
    const [enrolments, profiles] = await Promise.all([
      this.enrolments.list(programme.id),
      this.profiles.listByProgramme(programme.id),
    ]);
    const profileById = new Map(profiles.map((profile) => [profile.aadObjectId, profile]));
    const rows: ParticipantRow[] = enrolments.map((enrolment) => {
      const profile = enrolment.aadObjectId ? profileById.get(enrolment.aadObjectId) : undefined;
      if (profile) profileById.delete(profile.aadObjectId);
      return { enrolment, profile };
    });
    return [...rows, ...[...profileById.values()].map((profile) => ({ profile }))];
  }
}
