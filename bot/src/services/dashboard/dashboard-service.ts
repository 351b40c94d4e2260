import type { Clock } from '../../domain/clock';
import type { DashboardFacts } from '../../domain/dashboard/dashboard-facts';
import { programmeDashboard, type ProgrammeDashboard } from '../../domain/dashboard/programme-dashboard';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import { BoundedCache } from '../bounded-cache';
import type { JourneyReader } from '../journey/journey-service';
import type { AdminAccess } from '../programmes/admin-access';
import { readDashboardFacts } from './dashboard-facts-reader';
import type { DashboardSources } from './dashboard-sources';

/** How the dashboard is computed and kept. */
export interface DashboardOptions {
  /** Ratings and other feedback are shown only over at least this many people or pairs. */
  minGroup: number;
  /** How long this instance reuses a programme's facts: HR reads trends, not seconds. */
  maxAgeMs: number;
}

/** Programmes whose facts one instance keeps at once. */
const PROGRAMMES_KEPT = 20;

/**
 * HR's dashboard: the admin check on the programme read fresh, the facts read side by side
 * (a programme at once, never per pair) and kept for `maxAgeMs`, the figures computed per request.
 */
export class DashboardService {
  /** Per programme: its facts, and the figures computed from them per programme version and language (they expire together). */
  private readonly kept: BoundedCache<{ facts: DashboardFacts; figures: Map<string, ProgrammeDashboard> }>;

  constructor(
    private readonly sources: DashboardSources,
    private readonly access: AdminAccess,
    private readonly clock: Clock,
    private readonly options: DashboardOptions,
  ) {
    this.kept = new BoundedCache({ maxEntries: PROGRAMMES_KEPT, maxAgeMs: options.maxAgeMs }, () =>
      clock.now().getTime(),
    );
  }

  /** The dashboard of a programme, for its admins only; another tenant's programme is as unknown as none. */
  async forAdmin(
    reader: JourneyReader,
    programmeId: string,
  ): Promise<Result<ProgrammeDashboard, 'not-found' | 'forbidden'>> {
    const read = await this.sources.programmes.get(reader.tenantId, programmeId);
    const programme = read?.value;
    if (!read || !programme || programme.tenantId !== reader.tenantId) return fail('not-found');
    if (!this.access.canAdminister({ ...reader, displayName: '', locale: reader.language }, programme))
      return fail('forbidden');
    const kept = await this.keptFor(programme);
    // The programme as just read (its ETag in the key): a renamed programme or a changed target shows at once.
    const figuresKey = `${read.etag}|${reader.language}`;
    let dashboard = kept.figures.get(figuresKey);
    if (!dashboard) {
      const facts = { ...kept.facts, programme };
      dashboard = programmeDashboard(facts, this.clock.now(), this.options.minGroup, reader.language);
      kept.figures.set(figuresKey, dashboard);
    }
    return ok(dashboard);
  }

  private async keptFor(programme: Programme) {
    const key = `${programme.tenantId}|${programme.id}`;
    let kept = this.kept.get(key);
    if (!kept) {
      kept = { facts: await readDashboardFacts(this.sources, programme), figures: new Map() };
      this.kept.set(key, kept);
    }
    return kept;
  }
}
