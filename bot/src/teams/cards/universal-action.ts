import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from './card-template';

/** What a Universal Action answers: a card that replaces the card for the person who acted, or a message. */
export type UniversalActionAnswer = AdaptiveCardJson | string;

/** The verbs a route takes: one, several, or a pattern (the fallback takes every verb). */
export type VerbSelector = string | readonly string[] | RegExp;

/**
 * Routes an `Action.Execute` verb (a press or a `refresh` invoke) and answers only the person
 * who acted, in the invoke response. teams-ai's `actionExecute` cannot be used for cards with
 * `refresh`: it then also replaces the chat message for everyone with that person's own view,
 * on every press and every automatic refresh, which shows one member's choices to the other
 * and makes each refresh trigger the next. A card everyone shares is updated on purpose instead.
 */
export function onUniversalAction(
  app: Application<TurnState>,
  verb: VerbSelector,
  handler: (context: TurnContext, data: Record<string, unknown>) => Promise<UniversalActionAnswer>,
): void {
  routeUniversalAction(
    app,
    (context) => matches(verb, readableAction(context)?.verb),
    (context) => handler(context, readableAction(context)?.data ?? {}),
  );
}

/**
 * Routes the `Action.Execute` invokes no verb can match because their action cannot be read:
 * no value, no action, a verb that is no text, data that is no object. Without a route
 * botbuilder answers an empty 501.
 */
export function onUnreadableAction(
  app: Application<TurnState>,
  handler: (context: TurnContext) => Promise<UniversalActionAnswer>,
): void {
  routeUniversalAction(app, (context) => readableAction(context) === undefined, handler);
}

function routeUniversalAction(
  app: Application<TurnState>,
  selected: (context: TurnContext) => boolean,
  handler: (context: TurnContext) => Promise<UniversalActionAnswer>,
): void {
  app.addRoute(
    async (context) =>
      context.activity.type === ActivityTypes.Invoke &&
      context.activity.name === 'adaptiveCard/action' &&
      selected(context),
    async (context) => {
      const answer = await handler(context);
      const body =
        typeof answer === 'string'
          ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: answer }
          : { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: answer };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
    },
    true,
  );
}

function matches(selector: VerbSelector, verb: string | undefined): boolean {
  if (verb === undefined) return false;
  if (typeof selector === 'string') return selector === verb;
  return selector instanceof RegExp ? selector.test(verb) : selector.includes(verb);
}

/** The action if a route can take it: a verb that is a non-empty text, and data (if any) that is an object. */
function readableAction(context: TurnContext): { verb: string; data: Record<string, unknown> } | undefined {
  const { verb, data } = actionOf(context) ?? {};
  if (typeof verb !== 'string' || verb === '') return undefined;
  if (data === undefined || data === null) return { verb, data: {} };
  return typeof data === 'object' && !Array.isArray(data) ? { verb, data } : undefined;
}

/** The pressed (or refreshing) action of an `adaptiveCard/action` invoke. */
export function actionOf(context: TurnContext): { verb?: unknown; data?: Record<string, unknown> } | undefined {
  return (context.activity.value as { action?: { verb?: unknown; data?: Record<string, unknown> } } | undefined)
    ?.action;
}
