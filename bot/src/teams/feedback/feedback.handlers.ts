import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { FeedbackFailure, FeedbackService } from '../../services/feedback/feedback-service';
import type { Logger } from '../../logger';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import { Verbs } from '../verbs';
import { feedbackCard } from './feedback.card';

/** A sentence for every refusal: a new reason without one does not compile. */
const FEEDBACK_REFUSALS = {
  'not-found': 'feedback.failures.not-found',
  'not-your-pair': 'feedback.failures.not-your-pair',
  'not-held': 'feedback.failures.not-held',
  busy: 'feedback.failures.busy',
  // Marked on the card instead; never said on its own.
  'invalid-input': 'errors.turnFailed',
} as const satisfies Record<FeedbackFailure, string>;

const feedbackRef = programmeRef.extend({ pairId: z.string().min(3).max(140), meetingId: z.string().uuid() });

/**
 * The private feedback card: submitting saves (or edits) the person's feedback and returns the
 * card with what was saved; problems come back marked on the card, nothing is stored.
 */
export function registerFeedback(
  app: Application<TurnState>,
  deps: { feedback: FeedbackService; logger: Logger },
): void {
  const on = cardActions<FeedbackFailure>(app, {
    logger: deps.logger,
    refusals: (t, reason) => t(FEEDBACK_REFUSALS[reason]),
  });
  on(Verbs.submitFeedback, feedbackRef, async ({ data: ref, raw, actor, t, language }) => {
    const saved = await deps.feedback.submit(actor, ref.programmeId, ref.pairId, ref.meetingId, raw);
    if (saved.ok) return feedbackCard(t, { ...saved.value.context, language, saved: saved.value.feedback });
    if (saved.reason !== 'invalid-input') return refuse(saved.reason);
    const current = await deps.feedback.context(actor, ref.programmeId, ref.pairId, ref.meetingId);
    if (!current.ok) return refuse(current.reason);
    return feedbackCard(t, { ...current.value, language, entered: raw, issues: saved.issues });
  });
}
