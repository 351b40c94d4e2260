import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Clock } from '../../domain/clock';
import type { Logger } from '../../logger';
import type { ConversationDirectory } from '../../services/conversation-directory';
import { scopeOf, tenantOf } from '../turn-info';
import { conversationAddressOf } from './conversation-address';

const CAPTURED_ACTIVITIES = new Set(['message', 'invoke', 'conversationUpdate', 'installationUpdate']);

/**
 * Before every turn, remember where this conversation is, so reminders and broadcasts can
 * reach it later. A storage hiccup here must not cost the person their answer: log and go on.
 */
export function registerConversationCapture(
  app: Application<TurnState>,
  deps: { directory: ConversationDirectory; clock: Clock; logger: Logger },
): void {
  app.turn('beforeTurn', async (context) => {
    if (!CAPTURED_ACTIVITIES.has(context.activity.type)) return true;
    try {
      if (isUninstall(context)) {
        const address = conversationAddressOf(context, deps.clock.now());
        await deps.directory.forget(tenantOf(context), scopeOf(context), address.ownerId);
      } else {
        await deps.directory.remember(conversationAddressOf(context, deps.clock.now()));
      }
    } catch (error) {
      deps.logger.error(
        { err: error, conversationId: context.activity.conversation?.id, activityId: context.activity.id },
        'could not store the conversation address',
      );
    }
    return true;
  });
}

function isUninstall(context: TurnContext): boolean {
  return context.activity.type === 'installationUpdate' && context.activity.action === 'remove';
}
