import * as ACData from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';

/** An Adaptive Card as plain JSON, ready to send. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** A row of a FactSet. */
export interface CardFact {
  title: string;
  value: string;
}

/** A choice of an Input.ChoiceSet. */
export interface CardChoice {
  title: string;
  value: string;
}

/** Labels read from the string catalogue as a whole object (`t(key, { returnObjects: true })`), each read by the template as `labels.<key>`. */
export type CardLabels = object;

/** What every form card reads besides its own fields: the summary line, the labels, each field's value and error line. */
export interface FormCardData<Values = Record<string, string>> {
  /** Above the form after a refused submit; empty otherwise. */
  summary: string;
  requiredMessage: string;
  labels: CardLabels;
  /** Each field's value, by input id. */
  values: Values;
  /** Each field's error line, empty when the field is fine. */
  errors: Record<string, string>;
}

/**
 * Expands a card template (a `*.card.json` file) with its view model. `T` is the card's
 * `…CardData` interface and must be given: the view model is checked against it, and the card
 * data test checks that the template reads exactly those fields. The template engine leaves an
 * unknown field as literal `${…}` text; the card checker in the tests catches that too.
 */
export function expandCard<T extends object = never>(template: object, data: NoInfer<T>): AdaptiveCardJson {
  return templateOf(template).expand({ $root: data }) as AdaptiveCardJson;
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
