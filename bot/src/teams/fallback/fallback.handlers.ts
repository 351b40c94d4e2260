import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { commandElsewhere, normaliseCommandText, plainText } from '../../domain/commands';
import { scopeOf, translatorFor } from '../turn-info';
import type { OnboardingService } from '../../services/onboarding/onboarding-service';
import { actorOf } from '../actor';
import type { Logger } from '../../logger';
import { cardActions, noCardData } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { onUnreadableAction } from '../cards/universal-action';
import { invitationCard } from '../onboarding/invitation.card';

const ECHO_LIMIT = 60;

/**
 * Registered last: answers whatever no feature claimed, so a person is never met with silence.
 * Teams-ai routes to the first matching handler in registration order.
 */
export function registerFallback(
  app: Application<TurnState>,
  deps: { onboarding: OnboardingService; logger: Logger },
): void {
  cardActions(app, deps)(/.*/, noCardData, async ({ t }) => t('fallback.unknownAction'));
  // A press whose action cannot be read is treated like forged or stale card data.
  onUnreadableAction(app, async (context) => {
    deps.logger.warn(
      { conversationId: context.activity.conversation?.id, activityId: context.activity.id },
      'card action unreadable',
    );
    return translatorFor(context)('errors.invalidCardData');
  });
  app.activity('message', async (context) => {
    const t = translatorFor(context);
    if (context.activity.value !== undefined) {
      await context.sendActivity(MessageFactory.text(t('fallback.unknownAction')));
      return;
    }
    const text = echoable(context);
    if (!text) return; // an empty message (e.g. only an image) needs no reply
    const elsewhere = commandElsewhere(context.activity.text, scopeOf(context));
    if (elsewhere) {
      const places = elsewhere.scopes.map((scope) => t(`fallback.places.${scope}`)).join(t('fallback.or'));
      const command = asCardText(normaliseCommandText(context.activity.text));
      await context.sendActivity(MessageFactory.text(t('fallback.worksElsewhere', { command, places })));
      return;
    }
    await context.sendActivity(MessageFactory.text(t('fallback.unknownText', { text })));
    // Someone writing to Tandem who could join an open programme is invited right away.
    if (scopeOf(context) !== 'personal') return;
    const open = (await deps.onboarding.memberships(await actorOf(context))).filter((m) => !m.profile);
    if (open.length > 0)
      await context.sendActivity(MessageFactory.attachment(cardAttachment(invitationCard(t, open[0]!.programme))));
  });
}

function echoable(context: TurnContext): string {
  const text = plainText(context.activity.text);
  return asCardText(text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text);
}
