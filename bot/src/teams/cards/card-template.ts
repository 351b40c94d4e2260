import * as ACData from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';

/** An Adaptive Card as plain JSON, ready to send. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/**
 * Expands a card template (a `*.card.json` file) with its view model. The template engine
 * leaves an unknown field as literal `${…}` text; the card checker in the tests catches that.
 */
export function expandCard(template: object, viewModel: object): AdaptiveCardJson {
  return templateOf(template).expand({ $root: viewModel }) as AdaptiveCardJson;
}

// Building a Template parses the whole JSON and costs far more than expanding a built one
// (figures in docs/performance.md). Templates are module constants, so each is built once.
const templates = new WeakMap<object, ACData.Template>();

function templateOf(json: object): ACData.Template {
  let template = templates.get(json);
  if (!template) {
    template = new ACData.Template(json);
    templates.set(json, template);
  }
  return template;
}

/** Wraps a card for sending in a message. */
export function cardAttachment(card: AdaptiveCardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}
