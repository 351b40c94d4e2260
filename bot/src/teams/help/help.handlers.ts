import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { command } from '../commands';
import type { Logger } from '../../logger';
import { cardActions, noCardData } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { scopeOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { helpCard } from './help.card';

/** `help` / `hilfe` as text, and the welcome card's button (Universal Action or older Submit). */
export function registerHelp(app: Application<TurnState>, deps: { logger: Logger }): void {
  app.message(command('help'), async (context) => {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(renderHelp(context))));
  });
  cardActions(app, deps)(Verbs.showHelp, noCardData, async ({ context }) => renderHelp(context));
  app.adaptiveCards.actionSubmit(Verbs.showHelp, async (context) => {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(renderHelp(context))));
  });
}

function renderHelp(context: TurnContext) {
  return helpCard(translatorFor(context), scopeOf(context));
}
