import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Actor } from '../services/versioned';
import { localeOf, tenantOf } from './turn-info';

/**
 * Who is acting in this turn. The UPN is fetched from Teams only when asked for, because it
 * costs a call to the Bot Connector and is needed only for admins configured by UPN.
 */
export async function actorOf(context: TurnContext, options: { withUserPrincipalName?: boolean } = {}): Promise<Actor> {
  const from = context.activity.from;
  const actor: Actor = {
    tenantId: tenantOf(context),
    aadObjectId: from.aadObjectId ?? from.id,
    displayName: from.name ?? '',
    locale: localeOf(context) ?? 'en-US',
  };
  if (options.withUserPrincipalName) {
    try {
      actor.userPrincipalName = (await TeamsInfo.getMember(context, from.id)).userPrincipalName;
    } catch {
      // Without the UPN the person is simply not recognised as a UPN-configured admin.
    }
  }
  return actor;
}
