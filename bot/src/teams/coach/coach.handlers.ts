import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { COACH_LIMITS } from '../../domain/coach/coach-question';
import type { Logger } from '../../logger';
import type { Translate } from '../../i18n';
import type { CoachFailure, CoachService } from '../../services/coach/coach-service';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { coachAnswerCard, coachAskedCard, coachQuestionFormCard } from './coach.cards';

export interface CoachFeatureDeps {
  coach: CoachService;
  logger: Logger;
}

/** Longer than any text the service accepts: its own limits answer with a sentence, not "invalid card". */
const typed = z
  .string()
  .max(COACH_LIMITS.answer * 4)
  .optional();
const askData = programmeRef.extend({ questionId: z.string().uuid(), question: typed });
const answerData = programmeRef.extend({
  mentorId: z.string().min(1).max(64),
  questionId: z.string().uuid(),
  answer: typed,
});

/** Every refusal in the reader's words; the text limits name their maximum. */
function refusalText(t: Translate, reason: CoachFailure): string {
  return t(`coach.refusals.${reason}`, { max: COACH_LIMITS.question });
}

/** `coach` / `coach fragen` (mentors), the question card's Send and the coach's Answer. */
export function registerCoach(app: Application<TurnState>, deps: CoachFeatureDeps): void {
  app.message(command('coach'), async (context) => {
    const t = translatorFor(context);
    const programmes = await deps.coach.coachedProgrammes(await actorOf(context));
    if (programmes.length === 0) return void (await context.sendActivity(MessageFactory.text(t('coach.none'))));
    // One form per programme; each gets its id now, so sending it twice stores one question.
    await context.sendActivity(
      MessageFactory.list(programmes.map((p) => cardAttachment(coachQuestionFormCard(t, p, randomUUID())))),
    );
  });

  const on = cardActions<CoachFailure>(app, { logger: deps.logger, refusals: refusalText });
  on(Verbs.askCoach, askData, async ({ data, actor, t }) => {
    const asked = await deps.coach.ask(actor, data.programmeId, data.questionId, data.question ?? '');
    return asked.ok ? coachAskedCard(t, asked.value.question, asked.value.programme.coach) : refuse(asked.reason);
  });
  on(Verbs.answerCoach, answerData, async ({ data, actor, t }) => {
    const { programmeId, mentorId, questionId } = data;
    const answered = await deps.coach.answer(actor, { programmeId, mentorId, questionId }, data.answer ?? '');
    if (answered.ok) return coachAnswerCard(t, answered.value, { mentorReads: false });
    // An answer may be longer than a question: the sentence names its own limit.
    return answered.reason === 'too-long'
      ? t('coach.refusals.too-long', { max: COACH_LIMITS.answer })
      : refuse(answered.reason);
  });
}
