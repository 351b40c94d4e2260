import type { Clock } from '../../domain/clock';
import { programmeOverview, type ProgrammeOverview } from '../../domain/journey/programme-overview';
import { pairIdOf } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import type { AdminAccess } from '../programmes/admin-access';
import type { JourneyReader, JourneyStores } from './journey-service';

/** HR's overview in the personal tab: each programme the reader runs, with its pairs' cadence and flags. */
export class OverviewService {
  constructor(
    private readonly stores: JourneyStores,
    private readonly access: AdminAccess,
    private readonly clock: Clock,
  ) {}

  /** The programmes the reader administers (none for everyone else), newest first. */
  async forAdmin(reader: JourneyReader): Promise<ProgrammeOverview[]> {
    const actor = { ...reader, displayName: '', locale: reader.language };
    const programmes = (await this.stores.programmes.list(reader.tenantId))
      .map((p) => p.value)
      .filter((p) => p.status !== 'draft' && this.access.canAdminister(actor, p));
    const overviews = await Promise.all(programmes.map((programme) => this.overview(programme)));
    return overviews.sort((a, b) => b.programme.startDate.localeCompare(a.programme.startDate));
  }

  private async overview(programme: Programme): Promise<ProgrammeOverview> {
    const [pairs, profiles] = await Promise.all([
      this.stores.pairs.list(programme.id),
      this.stores.profiles.listByProgramme(programme.id),
    ]);
    const names = new Map(profiles.map((p) => [p.aadObjectId, p.displayName]));
    const live = pairs
      .map((p) => p.value)
      .filter((p) => p.status === 'confirmed' || p.status === 'awaiting-confirmation');
    const rows = await Promise.all(
      live.map(async (pair) => {
        const pairId = pairIdOf(pair.mentorId, pair.menteeId);
        const meetings = (await this.stores.meetings.list(programme.id, pairId)).map((m) => m.value);
        return {
          pair,
          pairId,
          mentorName: names.get(pair.mentorId) ?? '',
          menteeName: names.get(pair.menteeId) ?? '',
          meetings,
        };
      }),
    );
    return programmeOverview(programme, rows, this.clock.now());
  }
}
