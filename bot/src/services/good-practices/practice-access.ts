import type { AuthorRole } from '../../domain/good-practices/good-practice';
import type { Programme } from '../../domain/programme/programme';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { AdminAccess } from '../programmes/admin-access';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';

/** A programme and the part the person plays in it, as far as good practices go. */
export interface PracticeContext {
  programme: Programme;
  role: AuthorRole;
}

/**
 * Who may share practices in a programme, and as whom: its admins add them as HR (approved
 * straight away), its participants as mentor or mentee. Programmes are read within the actor's
 * tenant, so an id from another tenant is not found.
 */
export class PracticeAccess {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly profiles: Pick<ProfileRepository, 'get'>,
    private readonly access: AdminAccess,
  ) {}

  /** The person's part in one programme, or undefined when they have none (or the id is not theirs to use). */
  async contextOf(actor: Actor, programmeId: string): Promise<PracticeContext | undefined> {
    const programme = (await this.programmes.get(actor.tenantId, programmeId))?.value;
    return programme && this.roleIn(actor, programme);
  }

  /** Every programme of the tenant the person takes part in or runs. */
  async contextsOf(actor: Actor): Promise<PracticeContext[]> {
    const found = await Promise.all(
      (await this.programmes.list(actor.tenantId)).map(({ value }) => this.roleIn(actor, value)),
    );
    return found.filter((context): context is PracticeContext => !!context);
  }

  /** The programme, when the person runs it. */
  async administered(actor: Actor, programmeId: string): Promise<Programme | undefined> {
    const programme = (await this.programmes.get(actor.tenantId, programmeId))?.value;
    return programme && this.access.canAdminister(actor, programme) ? programme : undefined;
  }

  /** The programmes the person runs. */
  async administeredBy(actor: Actor): Promise<Programme[]> {
    return (await this.programmes.list(actor.tenantId))
      .map(({ value }) => value)
      .filter((programme) => this.access.canAdminister(actor, programme));
  }

  private async roleIn(actor: Actor, programme: Programme): Promise<PracticeContext | undefined> {
    if (this.access.canAdminister(actor, programme)) return { programme, role: 'hr' };
    const profile = await this.profiles.get(programme.id, actor.aadObjectId);
    return profile ? { programme, role: profile.value.role } : undefined;
  }
}
