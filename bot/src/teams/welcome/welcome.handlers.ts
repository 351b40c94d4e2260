import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { cardAttachment } from '../cards/card-template';
import { botWasAdded, scopeOf, translatorFor } from '../turn-info';
import { welcomeCard } from './welcome.card';
import type { OnboardingService } from '../../services/onboarding/onboarding-service';
import { actorOf } from '../actor';
import { invitationCard } from '../onboarding/invitation.card';

const MAX_INVITATIONS = 3;

/**
 * Greets on install. Teams sends both `installationUpdate` and `conversationUpdate` when the
 * app is added; we greet on the latter only, so nobody is welcomed twice.
 */
export function registerWelcome(app: Application<TurnState>, deps: { onboarding: OnboardingService }): void {
  app.conversationUpdate('membersAdded', async (context) => {
    if (!botWasAdded(context)) return;
    const t = translatorFor(context);
    if (scopeOf(context) === 'personal') {
      // Someone who can join a programme is invited straight away, with the sponsor's message.
      const open = (await deps.onboarding.memberships(await actorOf(context))).filter((m) => !m.profile);
      const cards = open.length > 0 ? open.slice(0, MAX_INVITATIONS).map((m) => invitationCard(t, m.programme)) : [welcomeCard(t)];
      await context.sendActivities(cards.map((card) => MessageFactory.attachment(cardAttachment(card))));
    } else {
      await context.sendActivity(MessageFactory.text(t('chatWelcome.text')));
    }
  });
}
