import type { Clock } from '../../domain/clock';
import type { Programme } from '../../domain/programme/programme';
import type { ProgrammeChangeFailure } from '../../domain/programme/programme-changes';
import { applySettings, newProgramme, parseProgrammeSettings } from '../../domain/programme/programme-settings';
import { fail, ok, type Result } from '../../domain/result';
import type { Actor, Versioned } from '../versioned';
import type { AdminAccess } from './admin-access';
import type { ProgrammeRepository } from './programme-repository';

/** Why a programme use case refused: the service's own reasons and every domain change's. */
export type ProgrammeFailure = 'not-admin' | 'not-found' | 'invalid-input' | 'busy' | ProgrammeChangeFailure;

/** What a person may do as HR: the programmes they run, and whether they may create one. */
export interface AdminStanding {
  runs: Programme[];
  mayCreate: boolean;
}

/** How many times a change is re-applied on a fresh read before giving up on a busy programme. */
const MAX_CONFLICT_RETRIES = 3;

/** HR's use cases for programmes: every change is checked for admin rights and written with its ETag. */
export class ProgrammeService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly access: AdminAccess,
    private readonly clock: Clock,
  ) {}

  /** The tenant's programmes this person may run. */
  async programmesRunBy(actor: Actor): Promise<Programme[]> {
    const all = await this.programmes.list(actor.tenantId);
    return all.map((p) => p.value).filter((programme) => this.access.canAdminister(actor, programme));
  }

  /**
   * The open (not closed) programmes this person runs: refused when they run none, or none is
   * open; an admin who may create one but runs none yet hears how to start (`no-programme`).
   */
  async openProgrammesRunBy(actor: Actor): Promise<Result<Programme[], 'not-admin' | 'no-programme'>> {
    const { runs: mine, mayCreate } = await this.adminStanding(actor);
    if (mine.length === 0) return fail(mayCreate ? 'no-programme' : 'not-admin');
    const open = mine.filter((programme) => programme.status !== 'closed');
    return open.length > 0 ? ok(open) : fail('no-programme');
  }

  /** Whether this person may create a programme. */
  async mayCreate(actor: Actor): Promise<boolean> {
    return (await this.adminStanding(actor)).mayCreate;
  }

  /**
   * The programmes this person runs and whether they may create one, from one read: HR's
   * commands tell a bootstrap admin with no programme yet how to start, not that they are no admin.
   */
  async adminStanding(actor: Actor): Promise<AdminStanding> {
    const all = (await this.programmes.list(actor.tenantId)).map((p) => p.value);
    return {
      runs: all.filter((programme) => this.access.canAdminister(actor, programme)),
      mayCreate: this.access.canCreate(actor, all),
    };
  }

  /**
   * Creates a programme. The id comes from the form card, so pressing Create twice (or a
   * Teams retry) finds the first one instead of making a second.
   */
  async create(actor: Actor, draftId: string, input: unknown): Promise<Result<Programme, ProgrammeFailure>> {
    if (!(await this.mayCreate(actor))) return fail('not-admin');
    const settings = parseProgrammeSettings(input);
    if (!settings.ok) return settings;
    const programme = newProgramme(settings.value, {
      id: draftId,
      tenantId: actor.tenantId,
      createdBy: actor.aadObjectId,
      now: this.clock.now(),
    });
    if ((await this.programmes.create(programme)) === 'exists') {
      const existing = await this.programmes.get(actor.tenantId, draftId);
      if (!existing || existing.value.createdBy !== actor.aadObjectId) return fail('not-found');
      return ok(existing.value);
    }
    return ok(programme);
  }

  /** One programme, if this person may run it. */
  async get(actor: Actor, programmeId: string): Promise<Result<Programme, 'not-found' | 'not-admin'>> {
    const found = await this.programmes.get(actor.tenantId, programmeId);
    if (!found) return fail('not-found');
    if (!this.access.canAdminister(actor, found.value)) return fail('not-admin');
    return ok(found.value);
  }

  /** New name, dates, target, languages, sponsor and coach. */
  updateSettings(actor: Actor, programmeId: string, input: unknown): Promise<Result<Programme, ProgrammeFailure>> {
    const settings = parseProgrammeSettings(input);
    if (!settings.ok) return Promise.resolve(settings);
    return this.change(actor, programmeId, (programme) => ok(applySettings(programme, settings.value)));
  }

  /**
   * Applies a domain change to the latest stored programme. On an ETag conflict the change is
   * re-applied to a fresh read, so two admins editing at once both land, or one is told.
   */
  async change(
    actor: Actor,
    programmeId: string,
    apply: (programme: Programme, now: Date) => Result<Programme, ProgrammeChangeFailure | 'invalid-input'>,
  ): Promise<Result<Programme, ProgrammeFailure>> {
    for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      const found: Versioned<Programme> | undefined = await this.programmes.get(actor.tenantId, programmeId);
      if (!found) return fail('not-found');
      if (!this.access.canAdminister(actor, found.value)) return fail('not-admin');
      const changed = apply(found.value, this.clock.now());
      if (!changed.ok) return changed;
      const written = await this.programmes.update(changed.value, found.etag);
      if (written === 'written') return changed;
      if (written === 'not-found') return fail('not-found');
    }
    return fail('busy');
  }
}
