import { MessageFactory } from 'botbuilder';
import type { Notice } from '../../domain/notices/notice';
import { cardAttachment } from '../cards/card-template';
import type { NoticeMessageDeps, NoticeSender } from '../notices/notice-messages';
import { coachAnswerCard, coachAskedCard, coachQuestionCard } from './coach.cards';

type CoachSubject = { kind: 'coach-question' | 'coach-answer'; mentorId: string; questionId: string };

/** The question, its programme and the mentor who asked, as they are now. */
async function thread(deps: NoticeMessageDeps, notice: Notice & { subject: CoachSubject }) {
  const { mentorId, questionId } = notice.subject;
  const [question, programme, mentor] = await Promise.all([
    deps.coach.question({ tenantId: notice.tenantId, programmeId: notice.programmeId, mentorId, questionId }),
    deps.programmes.get(notice.tenantId, notice.programmeId),
    deps.profiles.get(notice.programmeId, mentorId),
  ]);
  return { question, programme: programme?.value, mentor: mentor?.value };
}

/**
 * The coach's two notices. A question goes only while it waits for its answer; an answer only
 * once given. A question whose mentor deleted their data (or whose programme is gone) is skipped.
 */
export const COACH_SENDERS: {
  'coach-question': NoticeSender<Extract<Notice['subject'], { kind: 'coach-question' }>>;
  'coach-answer': NoticeSender<Extract<Notice['subject'], { kind: 'coach-answer' }>>;
} = {
  async 'coach-question'(deps, notice) {
    const { question, programme, mentor } = await thread(deps, notice);
    if (question?.status !== 'sent' || !question.coachId || !programme || !mentor) return 'obsolete';
    const sent = await deps.messenger.toPersonalChat(notice.tenantId, question.coachId, (t) =>
      MessageFactory.attachment(
        cardAttachment(coachQuestionCard(t, { programme, mentorName: mentor.displayName, question })),
      ),
    );
    if (sent.status !== 'not-reachable') return sent;
    // Not dropped in silence: kept as not delivered, and the mentor gets the coach's direct ways.
    const kept = await deps.coach.undelivered({
      tenantId: notice.tenantId,
      programmeId: notice.programmeId,
      ...notice.subject,
    });
    const coach = programme.coach ?? { name: question.coachEmail, email: question.coachEmail };
    if (kept)
      await deps.messenger.toPerson(notice.tenantId, mentor, (t) =>
        MessageFactory.attachment(cardAttachment(coachAskedCard(t, kept, coach))),
      );
    return sent;
  },

  async 'coach-answer'(deps, notice) {
    const { question, programme, mentor } = await thread(deps, notice);
    if (question?.status !== 'answered' || !programme || !mentor) return 'obsolete';
    const coachName = programme.coach?.name ?? question.coachEmail;
    return deps.messenger.toPerson(notice.tenantId, mentor, (t) =>
      MessageFactory.attachment(cardAttachment(coachAnswerCard(t, question, { mentorReads: true, coachName }))),
    );
  },
};
