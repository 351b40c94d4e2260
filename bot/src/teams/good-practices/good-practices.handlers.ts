import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { cardToggle } from '../../domain/validation';
import type { Logger } from '../../logger';
import type { PracticeCurationService } from '../../services/good-practices/practice-curation-service';
import type { PracticePublishing, PublishingFailure } from '../../services/good-practices/practice-publishing';
import type { PracticeSharingService, SharingFailure } from '../../services/good-practices/practice-sharing-service';
import type { AdminAccess } from '../../services/programmes/admin-access';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { practiceCard } from './practice.card';
import { practiceProgrammesCard } from './practice-programmes.card';
import { practiceQueueCard } from './practice-queue.card';
import { practiceReviewCard } from './practice-review.card';
import { practiceShareCard } from './practice-share.card';

type PracticeFailure = SharingFailure | PublishingFailure;

/** A sentence for every refusal: a new reason without one does not compile. */
const PRACTICE_REFUSALS = {
  'not-found': 'goodPractices.failures.not-found',
  'not-in-programme': 'goodPractices.failures.not-in-programme',
  'not-admin': 'goodPractices.failures.not-admin',
  'not-yours': 'goodPractices.failures.not-yours',
  'already-decided': 'goodPractices.failures.already-decided',
  'not-approved': 'goodPractices.failures.not-approved',
  'no-channel': 'goodPractices.failures.no-channel',
  busy: 'goodPractices.failures.busy',
  // Marked on the card instead; never said on its own.
  'invalid-input': 'errors.turnFailed',
} as const satisfies Record<PracticeFailure, string>;

/** Card data naming one practice; the service checks the person may act on it. */
export const practiceRef = programmeRef.extend({ practiceId: z.string().min(1).max(100) });
const queueRef = programmeRef.extend({ page: z.coerce.number().int().min(0).max(10_000).default(0) });
const submissionRef = programmeRef.extend({ submissionId: z.string().uuid() });
const publishRef = practiceRef.extend({ news: cardToggle, community: cardToggle });

export interface GoodPracticeFeatureDeps {
  sharing: PracticeSharingService;
  curation: PracticeCurationService;
  publishing: PracticePublishing;
  /** Starts a queued broadcast's fan-out in the background. */
  startBroadcast(tenantId: string, broadcastId: string): void;
  access: AdminAccess;
  newId: () => string;
  logger: Logger;
}

/** `share a practice` and the author's cards: share, see where it stands, withdraw. */
export function registerPracticeSharing(app: Application<TurnState>, deps: GoodPracticeFeatureDeps): void {
  const on = practiceActions(app, deps);
  app.message(command('sharePractice'), async (context) => {
    const t = translatorFor(context);
    const contexts = await deps.sharing.contexts(await adminAwareActor(deps)(context));
    if (contexts.length === 0) return void (await context.sendActivity(t('goodPractices.noProgramme')));
    const card =
      contexts.length === 1
        ? practiceShareCard(t, { context: contexts[0]!, language: languageFor(context), submissionId: deps.newId() })
        : practiceProgrammesCard(
            t,
            contexts.map((c) => c.programme),
            Verbs.openPracticeForm,
          );
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  });
  on(Verbs.openPracticeForm, programmeRef, async ({ data, actor, t, language }) => {
    const context = await deps.sharing.context(actor, data.programmeId);
    if (!context.ok) return refuse(context.reason);
    return practiceShareCard(t, { context: context.value, language, submissionId: deps.newId() });
  });
  on(Verbs.sharePractice, submissionRef, async ({ data, raw, actor, t, language }) => {
    const shared = await deps.sharing.share(actor, data.programmeId, data.submissionId, raw);
    if (shared.ok) {
      const { practice, context } = shared.value;
      const status = t(practice.source === 'hr' ? 'goodPractices.share.added' : 'goodPractices.share.submitted');
      return practiceCard(t, { programme: context.programme, practice, language, status, viewerId: actor.aadObjectId });
    }
    if (shared.reason !== 'invalid-input') return refuse(shared.reason);
    const context = await deps.sharing.context(actor, data.programmeId);
    if (!context.ok) return refuse(context.reason);
    const form = { context: context.value, language, submissionId: data.submissionId };
    return practiceShareCard(t, { ...form, entered: raw, issues: shared.issues });
  });
  on(Verbs.withdrawPractice, practiceRef, async ({ data, actor, t, language }) => {
    const withdrawn = await deps.sharing.withdraw(actor, data.programmeId, data.practiceId);
    if (!withdrawn.ok) return refuse(withdrawn.reason);
    const context = await deps.sharing.context(actor, data.programmeId);
    if (!context.ok) return refuse(context.reason);
    const status = t('goodPractices.practice.withdrawn');
    const practice = withdrawn.value;
    return practiceCard(t, {
      programme: context.value.programme,
      practice,
      language,
      status,
      viewerId: actor.aadObjectId,
    });
  });
}

/** `good practices`: HR's curation queue, review, edit and approve, reject. */
export function registerPracticeCuration(app: Application<TurnState>, deps: GoodPracticeFeatureDeps): void {
  const on = practiceActions(app, deps);
  app.message(command('goodPractices'), async (context) => {
    const t = translatorFor(context);
    const actor = await adminAwareActor(deps)(context);
    const curated = await deps.curation.curated(actor);
    if (curated.length !== 1) {
      const answer =
        curated.length === 0
          ? MessageFactory.text(t('goodPractices.notAdmin'))
          : MessageFactory.attachment(cardAttachment(practiceProgrammesCard(t, curated, Verbs.showPracticeQueue)));
      return void (await context.sendActivity(answer));
    }
    const queue = await deps.curation.queue(actor, curated[0]!.id, 0);
    if (!queue.ok) return void (await context.sendActivity(t(PRACTICE_REFUSALS[queue.reason])));
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(practiceQueueCard(t, queue.value, languageFor(context)))),
    );
  });
  on(Verbs.showPracticeQueue, queueRef, async ({ data, actor, t, language }) => {
    const queue = await deps.curation.queue(actor, data.programmeId, data.page);
    return queue.ok ? practiceQueueCard(t, queue.value, language) : refuse(queue.reason);
  });
  on(Verbs.reviewPractice, practiceRef, async ({ data, actor, t, language }) => {
    const found = await deps.curation.practice(actor, data.programmeId, data.practiceId);
    return found.ok ? practiceReviewCard(t, { ...found.value, language }) : refuse(found.reason);
  });
  on(Verbs.approvePractice, practiceRef, async ({ data, raw, actor, t, language }) => {
    const approved = await deps.curation.approve(actor, data.programmeId, data.practiceId, raw);
    const found = await deps.curation.practice(actor, data.programmeId, data.practiceId);
    if (!found.ok) return refuse(found.reason);
    if (approved.ok)
      return practiceReviewCard(t, { ...found.value, language, heading: t('goodPractices.review.approved') });
    if (approved.reason !== 'invalid-input') return refuse(approved.reason);
    return practiceReviewCard(t, { ...found.value, language, entered: raw, issues: approved.issues });
  });
  on(Verbs.rejectPractice, practiceRef, async ({ data, raw, actor, t, language }) => {
    const rejected = await deps.curation.reject(actor, data.programmeId, data.practiceId, raw);
    if (!rejected.ok) return refuse(rejected.reason);
    const found = await deps.curation.practice(actor, data.programmeId, data.practiceId);
    if (!found.ok) return refuse(found.reason);
    return practiceReviewCard(t, { ...found.value, language, heading: t('goodPractices.review.rejected') });
  });
}

/** Publish: an approved practice posted to the chosen channels through the broadcast fan-out. */
export function registerPracticePublishing(app: Application<TurnState>, deps: GoodPracticeFeatureDeps): void {
  const on = practiceActions(app, deps);
  on(Verbs.publishPractice, publishRef, async ({ data, actor, t, language }) => {
    const channels = (['news', 'community'] as const).filter((channel) => data[channel]);
    const published = await deps.publishing.publish(actor, data.programmeId, data.practiceId, channels);
    if (!published.ok) return refuse(published.reason);
    deps.startBroadcast(actor.tenantId, published.value.broadcastId);
    const found = await deps.curation.practice(actor, data.programmeId, data.practiceId);
    if (!found.ok) return refuse(found.reason);
    return practiceReviewCard(t, { ...found.value, language, heading: t('goodPractices.review.published') });
  });
}

/** The card actions of good practices: admins recognised by UPN too, refusals in the reader's words. */
function practiceActions(app: Application<TurnState>, deps: GoodPracticeFeatureDeps) {
  return cardActions<PracticeFailure>(app, {
    logger: deps.logger,
    actor: adminAwareActor(deps),
    refusals: (t, reason) => t(PRACTICE_REFUSALS[reason]),
  });
}

/** Admins configured by UPN are recognised only with the UPN looked up. */
function adminAwareActor(deps: Pick<GoodPracticeFeatureDeps, 'access'>) {
  return (context: TurnContext) => actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });
}
