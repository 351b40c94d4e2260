import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import type { Logger } from '../logger';
import { translatorFor } from './turn-info';

/**
 * The one place an unexpected failure ends up: logged with the ids needed to find the turn,
 * and answered with an apology in the person's language instead of silence.
 */
export function registerTurnErrorHandler(app: Application<TurnState>, logger: Logger): void {
  app.error(async (context, error) => {
    const activity = context.activity;
    logger.error(
      { err: error, conversationId: activity.conversation?.id, activityId: activity.id, activityType: activity.type },
      'turn failed',
    );
    if (activity.type !== 'message' && activity.type !== 'invoke') return;
    try {
      await context.sendActivity(MessageFactory.text(translatorFor(context)('errors.turnFailed')));
    } catch (sendError) {
      logger.warn({ err: sendError, conversationId: activity.conversation?.id }, 'could not send the apology');
    }
  });
}
