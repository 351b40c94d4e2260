import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { FeedbackService } from '../../services/feedback/feedback-service';
import { actorOf } from '../actor';
import { parseCardData, programmeRef } from '../card-data';
import { languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { feedbackCard } from './feedback.card';

const feedbackRef = programmeRef.extend({ pairId: z.string().min(3).max(140), meetingId: z.string().uuid() });

/**
 * The private feedback card: submitting saves (or edits) the person's feedback and returns the
 * card with what was saved; problems come back marked on the card, nothing is stored.
 */
export function registerFeedback(app: Application<TurnState>, deps: { feedback: FeedbackService }): void {
  app.adaptiveCards.actionExecute(Verbs.submitFeedback, async (context, _state, raw: Record<string, unknown>) => {
    const t = translatorFor(context);
    const ref = parseCardData(feedbackRef, raw);
    if (!ref) return t('errors.invalidCardData');
    const actor = await actorOf(context);
    const saved = await deps.feedback.submit(actor, ref.programmeId, ref.pairId, ref.meetingId, raw);
    if (saved.ok) return feedbackCard(t, { ...saved.value.context, language: languageFor(context), saved: saved.value.feedback });
    if (saved.reason !== 'invalid-input') return t(`feedback.failures.${saved.reason}`);
    const current = await deps.feedback.context(actor, ref.programmeId, ref.pairId, ref.meetingId);
    if (!current.ok) return t(`feedback.failures.${current.reason}`);
    return feedbackCard(t, { ...current.value, language: languageFor(context), entered: raw, issues: saved.issues });
  });
}
