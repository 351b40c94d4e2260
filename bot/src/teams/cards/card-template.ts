import * as ACData from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';

/** An Adaptive Card as plain JSON, ready to send. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/**
 * Expands a card template (a `*.card.json` file) with its view model. The template engine
 * leaves an unknown field as literal `${…}` text; the card checker in the tests catches that.
 */
export function expandCard(template: object, viewModel: object): AdaptiveCardJson {
  return new ACData.Template(template).expand({ $root: viewModel }) as AdaptiveCardJson;
}

/** Wraps a card for sending in a message. */
export function cardAttachment(card: AdaptiveCardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}
