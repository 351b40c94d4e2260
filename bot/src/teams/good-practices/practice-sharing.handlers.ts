import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { programmeRef } from '../card-data';
import { refuse } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { practiceCard } from './practice.card';
import {
  adminAwareActor,
  practiceActions,
  practiceRef,
  submissionRef,
  type GoodPracticeFeatureDeps,
} from './practice-actions';
import { practiceProgrammesCard } from './practice-programmes.card';
import { practiceShareCard } from './practice-share.card';

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
