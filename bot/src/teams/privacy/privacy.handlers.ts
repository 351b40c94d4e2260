import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { OnboardingService } from '../../services/onboarding/onboarding-service';
import type { DownloadLinks } from '../../services/privacy/download-links';
import type { PrivacyService } from '../../services/privacy/privacy-service';
import { actorOf } from '../actor';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { deleteConfirmationCard, myDataCard } from './privacy.cards';

export interface PrivacyFeatureDeps {
  privacy: PrivacyService;
  onboarding: OnboardingService;
  directory: ConversationDirectory;
  links: DownloadLinks;
}

/** `my data` and `delete my data`: a person's rights over their own data, in the personal chat. */
export function registerPrivacy(app: Application<TurnState>, deps: PrivacyFeatureDeps): void {
  app.message(command('myData'), async (context) => {
    const actor = await actorOf(context);
    const subject = { tenantId: actor.tenantId, aadObjectId: actor.aadObjectId };
    const [exported, memberships, address, downloadUrl] = await Promise.all([
      deps.privacy.export(subject),
      deps.onboarding.memberships(actor),
      deps.directory.findPerson(actor.tenantId, actor.aadObjectId),
      deps.links.exportLink(subject),
    ]);
    const card = myDataCard(translatorFor(context), { memberships, address, refusals: exported.data.consentRefusals?.length ?? 0, downloadUrl });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  });

  app.message(command('deleteMyData'), async (context) => {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(deleteConfirmationCard(translatorFor(context)))));
  });

  app.adaptiveCards.actionExecute(Verbs.askDeleteMyData, async (context) => deleteConfirmationCard(translatorFor(context)));

  // The person acting is the only subject: card data cannot name anyone else.
  app.adaptiveCards.actionExecute(Verbs.confirmDeleteMyData, async (context) => {
    const actor = await actorOf(context);
    await deps.privacy.delete({ tenantId: actor.tenantId, aadObjectId: actor.aadObjectId });
    return translatorFor(context)('privacy.delete.done');
  });

  app.adaptiveCards.actionExecute(Verbs.cancelDeleteMyData, async (context) => translatorFor(context)('privacy.delete.cancelled'));
}
