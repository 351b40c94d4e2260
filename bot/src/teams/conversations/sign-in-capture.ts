import type { Application, TurnState } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Clock } from '../../domain/clock';
import type { Logger } from '../../logger';
import { BoundedCache } from '../../services/bounded-cache';
import type { PeopleByEmail } from '../../services/coach/coach-ports';
import { scopeOf, tenantOf } from '../turn-info';

/**
 * Records the sign-in addresses (UPN and email) of people in their personal chat with Tandem,
 * so the coach HR names by email is found by a point read. Teams sends no address with an
 * activity: it costs a call to the Bot Connector, made on install and on the first message
 * after a start (the instance remembers whom it recorded; a restart records them once more).
 */
export function registerSignInCapture(
  app: Application<TurnState>,
  deps: { people: Pick<PeopleByEmail, 'record' | 'forget'>; clock: Clock; logger: Logger },
): void {
  const recorded = new BoundedCache<true>({ maxEntries: 10_000, maxAgeMs: 24 * 3_600_000 }, () =>
    deps.clock.now().getTime(),
  );
  app.turn('beforeTurn', async (context) => {
    const aadObjectId = context.activity.from?.aadObjectId;
    if (!aadObjectId || scopeOf(context) !== 'personal') return true;
    const key = `${tenantOf(context)}|${aadObjectId}`;
    // Kept while Tandem is installed: uninstalling forgets the addresses with the chat.
    if (context.activity.type === 'installationUpdate' && context.activity.action === 'remove') {
      recorded.delete(key);
      await deps.people.forget(tenantOf(context), aadObjectId).catch((error: unknown) => {
        deps.logger.warn({ err: error, activityId: context.activity.id }, 'could not forget the sign-in address');
      });
      return true;
    }
    if (!isArrival(context)) return true;
    if (recorded.get(key) && context.activity.type !== 'installationUpdate') return true;
    try {
      const member = await TeamsInfo.getMember(context, context.activity.from.id);
      const emails = [member.userPrincipalName, member.email].filter((e): e is string => Boolean(e));
      if (emails.length > 0) await deps.people.record(tenantOf(context), aadObjectId, emails);
    } catch (error) {
      // Without the address the person is only not found as a coach; their turn goes on.
      deps.logger.warn({ err: error, activityId: context.activity.id }, 'could not record the sign-in address');
    }
    // Tried once per person and instance (or again on install), failed or not: no call on every message.
    recorded.set(key, true);
    return true;
  });
}

/** An install, or a typed message in the personal chat (card presses follow a message or an install). */
function isArrival(context: TurnContext): boolean {
  const { type, action } = context.activity;
  return (type === 'installationUpdate' && action !== 'remove') || (type === 'message' && !context.activity.value);
}
