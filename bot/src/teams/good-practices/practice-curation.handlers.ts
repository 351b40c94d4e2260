import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { refuse } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import {
  adminAwareActor,
  practiceActions,
  practiceRef,
  publishRef,
  queueRef,
  PRACTICE_REFUSALS,
  type GoodPracticeFeatureDeps,
} from './practice-actions';
import { practiceProgrammesCard } from './practice-programmes.card';
import { practiceQueueCard } from './practice-queue.card';
import { practiceReviewCard } from './practice-review.card';

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
