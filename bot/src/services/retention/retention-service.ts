import type { Clock } from '../../domain/clock';
import { isDueForPurge, markPurged } from '../../domain/programme/retention';
import type { ConsentRefusalLog } from '../onboarding/consent-refusal-log';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { EnrolmentRepository } from '../enrolment/enrolment-repository';
import type { PairRepository, ProposalRepository } from '../matching/pairing-repositories';
import { pairIdOf } from '../../domain/pairing/pair';

/** Data kept per pair (meetings, polls): it names both members, so it goes with the pair. */
export interface PairScopedData {
  deletePair(programmeId: string, pairId: string): Promise<void>;
}

/** Data kept per author (meeting feedback, good-practice submissions). */
export interface AuthoredData {
  deleteByAuthor(programmeId: string, authorId: string): Promise<void>;
}

/** Data kept per programme (news delivery rows): it names the participants, so it goes with them. */
export interface ProgrammeScopedData {
  deleteProgramme(tenantId: string, programmeId: string): Promise<void>;
}

/** What one retention run did, for the log. Enrolments, pairs and the proposal go too. */
export interface RetentionReport {
  purgedProgrammes: string[];
  deletedProfiles: number;
}

/**
 * Deletes participants' personal data once a closed programme's retention period is over,
 * keeping only counts. Each step is idempotent, so a crash, a second instance running the
 * same job, or the next run simply continues.
 */
export class RetentionService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly profiles: ProfileRepository,
    private readonly refusals: ConsentRefusalLog,
    private readonly enrolments: EnrolmentRepository,
    private readonly pairing: { pairs: PairRepository; proposals: ProposalRepository },
    private readonly clock: Clock,
    private readonly retentionDays: number,
    private readonly featureData: {
      perPair: readonly PairScopedData[];
      perAuthor: readonly AuthoredData[];
      perProgramme?: readonly ProgrammeScopedData[];
    } = { perPair: [], perAuthor: [] },
  ) {}

  async run(): Promise<RetentionReport> {
    const now = this.clock.now();
    const due = (await this.programmes.listAll()).filter(({ value }) => isDueForPurge(value, now, this.retentionDays));
    const report: RetentionReport = { purgedProgrammes: [], deletedProfiles: 0 };
    for (const { value: programme, etag } of due) {
      const profiles = await this.profiles.listByProgramme(programme.id);
      // Counts are recorded before anything is deleted; a run that resumes after a crash keeps
      // the first counts instead of counting what is left.
      const aggregates = programme.aggregates ?? {
        participants: profiles.length,
        mentors: profiles.filter((p) => p.role === 'mentor').length,
        mentees: profiles.filter((p) => p.role === 'mentee').length,
      };
      const recorded = await this.programmes.update({ ...programme, aggregates }, etag);
      if (recorded !== 'written') continue; // someone else is on it; the next run sees their result
      for (const profile of profiles) {
        for (const authored of this.featureData.perAuthor)
          await authored.deleteByAuthor(programme.id, profile.aadObjectId);
        await this.profiles.delete(programme.id, profile.aadObjectId);
      }
      for (const data of this.featureData.perProgramme ?? [])
        await data.deleteProgramme(programme.tenantId, programme.id);
      await this.refusals.deleteProgramme(programme.id);
      await this.enrolments.deleteProgramme(programme.id);
      for (const { value: pair } of await this.pairing.pairs.list(programme.id)) {
        const pairId = pairIdOf(pair.mentorId, pair.menteeId);
        for (const data of this.featureData.perPair) await data.deletePair(programme.id, pairId);
        await this.pairing.pairs.delete(programme.id, pairId);
      }
      await this.pairing.proposals.delete(programme.id);
      const latest = await this.programmes.get(programme.tenantId, programme.id);
      if (latest) await this.programmes.update(markPurged(latest.value, aggregates, now), latest.etag);
      report.purgedProgrammes.push(programme.id);
      report.deletedProfiles += profiles.length;
    }
    return report;
  }
}
