import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Language } from '../../domain/language';
import type { Translate } from '../../i18n';
import type { Logger } from '../../logger';
import type { Actor } from '../../services/versioned';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { languageFor, translatorFor } from '../turn-info';
import type { AdaptiveCardJson } from './card-template';
import { actionOf, onUniversalAction, type VerbSelector } from './universal-action';

/** An expected failure (a service's reason code) that the feature turns into its standard sentence. */
export interface Refusal<R extends string> {
  readonly refused: R;
}

/** Refuses a card action with a reason code; the feature's `refusals` says it in the reader's words. */
export function refuse<R extends string>(reason: R): Refusal<R> {
  return { refused: reason };
}

/** What a card action answers the person who acted: a card, a text, or a refusal. */
export type CardAnswer<R extends string = never> = AdaptiveCardJson | string | Refusal<R>;

/** One press (or `refresh`) of a card, its data already checked against the verb's schema. */
export interface CardAction<T> {
  context: TurnContext;
  data: T;
  /** The card data as sent: form inputs the schema leaves to the service (entered values, field issues). */
  raw: Record<string, unknown>;
  verb: string;
  actor: Actor;
  t: Translate;
  language: Language;
}

export type CardActionHandler<T, R extends string> = (action: CardAction<T>) => Promise<CardAnswer<R>>;

/** How a feature resolves who acts (admins configured by UPN need it looked up). */
export type ActorSource = (context: TurnContext) => Promise<Actor>;

/** What a feature's card actions share. */
export type CardActionFeature<R extends string> = {
  logger: Logger;
  /** Who acts; the activity's sender (without the UPN) unless said otherwise. */
  actor?: ActorSource;
} & ([R] extends [never] ? { refusals?: undefined } : { refusals: (t: Translate, reason: R) => string });

/** Registers one card verb: its data schema, its handler, and optionally who acts for this verb alone. */
export type OnCardAction<R extends string> = <T>(
  verb: VerbSelector,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  handler: CardActionHandler<T, R>,
  options?: { actor?: ActorSource },
) => void;

/** For actions that read no card data (the acting person is the only subject): anything passes. */
export const noCardData = z.unknown();

/**
 * The one way a feature handles `Action.Execute`: parse the client's data with the verb's schema
 * (forged or stale data gets the standard answer), resolve who acts and their language, run the
 * handler, and say a refusal in the reader's words. Every answer goes to the person who acted
 * only (see {@link onUniversalAction}); a card everyone shares is updated by the handler on purpose.
 */
export function cardActions<R extends string = never>(
  app: Application<TurnState>,
  feature: CardActionFeature<R>,
): OnCardAction<R> {
  return (verb, schema, handler, options) =>
    onUniversalAction(app, verb, async (context, raw) => {
      const t = translatorFor(context);
      const data = parseCardData(schema, raw);
      if (data === undefined) {
        feature.logger.warn(idsOf(context), 'card data rejected');
        return t('errors.invalidCardData');
      }
      const actor = await (options?.actor ?? feature.actor ?? actorOf)(context);
      const answer = await handler({
        context,
        data,
        raw,
        verb: String(actionOf(context)?.verb),
        actor,
        t,
        language: languageFor(context),
      });
      if (!isRefusal(answer)) return answer;
      feature.logger.info({ ...idsOf(context), reason: answer.refused }, 'card action refused');
      return feature.refusals ? feature.refusals(t, answer.refused as never) : t('errors.turnFailed');
    });
}

function isRefusal<R extends string>(answer: CardAnswer<R>): answer is Refusal<R> {
  return typeof answer === 'object' && 'refused' in answer;
}

/** What finds the turn in the logs. */
function idsOf(context: TurnContext) {
  return {
    verb: actionOf(context)?.verb,
    conversationId: context.activity.conversation?.id,
    activityId: context.activity.id,
  };
}
