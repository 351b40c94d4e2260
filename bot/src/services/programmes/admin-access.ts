import { isAdminOf, type Programme } from '../../domain/programme/programme';
import type { Actor } from '../versioned';

/**
 * Bootstrap admins come from configuration (AAD object ids or UPNs) and may run every
 * programme of the tenant; everyone else is an admin only of the programmes that name them.
 */
export class AdminAccess {
  private readonly bootstrap: Set<string>;

  constructor(bootstrapAdmins: readonly string[]) {
    this.bootstrap = new Set(bootstrapAdmins.map((entry) => entry.trim().toLowerCase()).filter(Boolean));
  }

  /** Whether configured UPNs exist, i.e. whether the caller should look up the actor's UPN. */
  get needsUserPrincipalNames(): boolean {
    return [...this.bootstrap].some((entry) => entry.includes('@'));
  }

  isBootstrapAdmin(actor: Actor): boolean {
    return (
      this.bootstrap.has(actor.aadObjectId.toLowerCase()) ||
      (!!actor.userPrincipalName && this.bootstrap.has(actor.userPrincipalName.toLowerCase()))
    );
  }

  /** May this person run this programme? */
  canAdminister(actor: Actor, programme: Programme): boolean {
    return (
      programme.tenantId === actor.tenantId && (this.isBootstrapAdmin(actor) || isAdminOf(programme, actor.aadObjectId))
    );
  }

  /** May this person create programmes? Bootstrap admins, and admins of any programme of the tenant. */
  canCreate(actor: Actor, programmes: readonly Programme[]): boolean {
    return this.isBootstrapAdmin(actor) || programmes.some((programme) => this.canAdminister(actor, programme));
  }
}
