import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { OnboardingService } from '../../services/onboarding/onboarding-service';
import type { DownloadLinks } from '../../services/privacy/download-links';
import type { PrivacyService } from '../../services/privacy/privacy-service';
import type { DataSubject } from '../../services/privacy/personal-data';
import type { Actor } from '../../services/versioned';
import { actorOf } from '../actor';
import { cardActions, noCardData } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { deleteConfirmationCard, myDataCard } from './privacy.cards';
import type { MatchingService } from '../../services/matching/matching-service';
import type { Clock } from '../../domain/clock';
import { isActivePair, withoutParticipant } from '../../domain/pairing/pair-ending';
import type { NoticeOutbox } from '../../services/notices/notice-ports';
import type { NewPartnerService } from '../../services/matching/new-partner-service';
import { pairEndedPlan } from '../../domain/notices/notice-plans';
import type { Logger } from '../../logger';

export interface PrivacyFeatureDeps {
  matching: MatchingService;
  newPartners: Pick<NewPartnerService, 'programmePeople'>;
  notices: NoticeOutbox;
  clock: Clock;
  privacy: PrivacyService;
  onboarding: OnboardingService;
  directory: ConversationDirectory;
  links: DownloadLinks;
  logger: Logger;
}

/** The person whose data it is; the sign-in address finds HR's enrolments, which are keyed by it. */
function subjectOf(actor: Actor): DataSubject {
  return { tenantId: actor.tenantId, aadObjectId: actor.aadObjectId, email: actor.userPrincipalName?.toLowerCase() };
}

/** `my data` and `delete my data`: a person's rights over their own data, in the personal chat. */
export function registerPrivacy(app: Application<TurnState>, deps: PrivacyFeatureDeps): void {
  app.message(command('myData'), async (context) => {
    const actor = await actorOf(context, { withUserPrincipalName: true });
    const subject = subjectOf(actor);
    const [exported, memberships, address, downloadUrl] = await Promise.all([
      deps.privacy.export(subject),
      deps.onboarding.memberships(actor),
      deps.directory.findPerson(actor.tenantId, actor.aadObjectId),
      deps.links.exportLink(subject),
    ]);
    const card = myDataCard(translatorFor(context), {
      memberships,
      address,
      refusals: exported.data.consentRefusals?.length ?? 0,
      downloadUrl,
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  });

  app.message(command('deleteMyData'), async (context) => {
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(deleteConfirmationCard(translatorFor(context)))),
    );
  });

  const on = cardActions(app, { logger: deps.logger });
  on(Verbs.askDeleteMyData, noCardData, async ({ t }) => deleteConfirmationCard(t));

  // The person acting is the only subject: card data cannot name anyone else.
  on(
    Verbs.confirmDeleteMyData,
    noCardData,
    async ({ actor, t }) => {
      const subject = subjectOf(actor);
      const pairs = await deps.matching.pairsOf(subject.tenantId, subject.aadObjectId);
      // Recorded before the deletion (they name only the stand-in, never the person), so a crash in
      // between loses no notice: the partner learns only that the tandem ended, HR that "a participant
      // left" and who needs a new partner.
      for (const pair of pairs.filter(isActivePair)) {
        const kept = withoutParticipant(pair, subject.aadObjectId, 'notice', deps.clock.now());
        const found = kept && (await deps.newPartners.programmePeople(pair.tenantId, pair.programmeId));
        if (kept && found) await deps.notices.record(pairEndedPlan(kept, found.programme));
      }
      await deps.privacy.delete(subject);
      return t('privacy.delete.done');
    },
    { actor: (context) => actorOf(context, { withUserPrincipalName: true }) },
  );

  on(Verbs.cancelDeleteMyData, noCardData, async ({ t }) => t('privacy.delete.cancelled'));
}
