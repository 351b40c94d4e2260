import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { plainText } from '../../domain/commands';
import { translatorFor } from '../turn-info';

const ECHO_LIMIT = 60;

/**
 * Registered last: answers whatever no feature claimed, so a person is never met with silence.
 * Teams-ai routes to the first matching handler in registration order.
 */
export function registerFallback(app: Application<TurnState>): void {
  app.adaptiveCards.actionExecute(/.*/, async (context) => translatorFor(context)('fallback.unknownAction'));
  app.activity('message', async (context) => {
    const t = translatorFor(context);
    if (context.activity.value !== undefined) {
      await context.sendActivity(MessageFactory.text(t('fallback.unknownAction')));
      return;
    }
    const text = echoable(context);
    if (!text) return; // an empty message (e.g. only an image) needs no reply
    await context.sendActivity(MessageFactory.text(t('fallback.unknownText', { text })));
  });
}

function echoable(context: TurnContext): string {
  const text = plainText(context.activity.text).replace(/[*_`~[\]]/g, '');
  return text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
}
