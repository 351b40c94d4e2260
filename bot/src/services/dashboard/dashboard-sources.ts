import type { Broadcast, DeliveryCounts } from '../../domain/broadcasts';
import type { DashboardFacts } from '../../domain/dashboard/dashboard-facts';
import type { Meeting } from '../../domain/meetings/meeting';
import type { Pair } from '../../domain/pairing/pair';
import type { Enrolment } from '../../domain/participant/enrolment';
import type { Profile } from '../../domain/participant/profile';
import type { Poll } from '../../domain/polls/poll';
import type { GoodPracticeRepository } from '../good-practices/good-practice-ports';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Versioned } from '../versioned';

/**
 * What the dashboard reads, each a whole programme at once: one partition or one key range per
 * source, never a read per pair, so a programme of a thousand pairs costs about twenty requests.
 */
export interface DashboardSources {
  programmes: Pick<ProgrammeRepository, 'get'>;
  enrolments: { list(programmeId: string): Promise<Enrolment[]> };
  profiles: { listByProgramme(programmeId: string): Promise<Profile[]> };
  consentRefusals: { countOfProgramme(programmeId: string): Promise<number> };
  pairs: { list(programmeId: string): Promise<Versioned<Pair>[]> };
  meetings: { ofProgramme(programmeId: string): Promise<Meeting[]> };
  feedback: { ofProgramme(programmeId: string): Promise<DashboardFacts['feedback'][number][]> };
  polls: { ofProgramme(programmeId: string): Promise<Poll[]> };
  broadcasts: { recent(tenantId: string, limit: number): Promise<Broadcast[]> };
  goodPractices: Pick<GoodPracticeRepository, 'statusesOf'>;
  tallies: { ofBroadcast(broadcastId: string): Promise<DeliveryCounts[]> };
}
