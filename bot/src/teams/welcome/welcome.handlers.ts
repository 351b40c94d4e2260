import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { cardAttachment } from '../cards/card-template';
import { botWasAdded, scopeOf, translatorFor } from '../turn-info';
import { welcomeCard } from './welcome.card';

/**
 * Greets on install. Teams sends both `installationUpdate` and `conversationUpdate` when the
 * app is added; we greet on the latter only, so nobody is welcomed twice.
 */
export function registerWelcome(app: Application<TurnState>): void {
  app.conversationUpdate('membersAdded', async (context) => {
    if (!botWasAdded(context)) return;
    const t = translatorFor(context);
    if (scopeOf(context) === 'personal') {
      await context.sendActivity(MessageFactory.attachment(cardAttachment(welcomeCard(t))));
    } else {
      await context.sendActivity(MessageFactory.text(t('chatWelcome.text')));
    }
  });
}
