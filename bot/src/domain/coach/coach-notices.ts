import type { NoticePlan } from '../notices/notice-plans';
import type { CoachQuestion } from './coach-question';

/**
 * One notice about a question, to one person; its seed is the kind and the question, so a double
 * click or a second press records the same notice again, never a second one. Ids only: the text
 * is read when the notice is written.
 */
function aboutQuestion(
  kind: 'coach-question' | 'coach-answer',
  recipient: string,
  question: CoachQuestion,
): NoticePlan {
  const { tenantId, programmeId, mentorId, questionId } = question;
  return {
    seed: `${kind}|${programmeId}|${mentorId}|${questionId}`,
    batch: { tenantId, programmeId, notices: [{ recipient, subject: { kind, mentorId, questionId } }] },
  };
}

/** A question goes to the coach's personal chat. */
export function coachQuestionPlan(question: CoachQuestion & { coachId: string }): NoticePlan {
  return aboutQuestion('coach-question', question.coachId, question);
}

/** The coach's answer goes to the mentor who asked. */
export function coachAnswerPlan(question: CoachQuestion): NoticePlan {
  return aboutQuestion('coach-answer', question.mentorId, question);
}
