import { coachAnswerPlan, coachQuestionPlan } from '../../domain/coach/coach-notices';
import {
  answerQuestion,
  COACH_LIMITS,
  messageText,
  newQuestion,
  type AnswerRefusal,
  type CoachQuestion,
  type MessageTextProblem,
} from '../../domain/coach/coach-question';
import type { Clock } from '../../domain/clock';
import type { Coach, Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { ConversationDirectory } from '../conversation-directory';
import type { NoticeOutbox } from '../notices/notice-ports';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';
import type { CoachQuestionRepository, PeopleByEmail, QuestionRef } from './coach-ports';

export type CoachFailure = 'not-a-mentor' | 'no-coach' | 'not-found' | MessageTextProblem | AnswerRefusal;

/** A programme whose coach a mentor can ask. */
export type CoachedProgramme = Programme & { coach: Coach };

/** A stored question with the programme it belongs to. */
export interface AskedQuestion {
  question: CoachQuestion;
  programme: CoachedProgramme;
}

/**
 * Ask the coach: a mentor's question is stored before anything is sent, then goes to the coach's
 * personal chat as a notice when Tandem knows the coach (by email or UPN) and has a chat with
 * them; otherwise it is kept as "not delivered" and the mentor reaches the coach directly.
 */
export class CoachService {
  constructor(
    private readonly stores: {
      programmes: Pick<ProgrammeRepository, 'get' | 'list'>;
      profiles: Pick<ProfileRepository, 'get'>;
      questions: CoachQuestionRepository;
      people: Pick<PeopleByEmail, 'find'>;
      directory: Pick<ConversationDirectory, 'findPerson'>;
    },
    private readonly notices: NoticeOutbox,
    private readonly clock: Clock,
  ) {}

  /** The programmes in which this person mentors and which have a coach. */
  async coachedProgrammes(actor: Actor): Promise<CoachedProgramme[]> {
    const programmes = (await this.stores.programmes.list(actor.tenantId)).map((p) => p.value);
    const mine = await Promise.all(
      programmes.map(async (programme) => ((await this.coachedFor(actor, programme)).ok ? programme : undefined)),
    );
    return mine.filter((p): p is CoachedProgramme => p !== undefined);
  }

  /** Stores the question (once per card), then sends it to the coach or keeps it as not delivered. */
  async ask(
    actor: Actor,
    programmeId: string,
    questionId: string,
    typed: unknown,
  ): Promise<Result<AskedQuestion, CoachFailure>> {
    const text = messageText(typed, COACH_LIMITS.question);
    if (!text.ok) return text;
    const found = await this.stores.programmes.get(actor.tenantId, programmeId);
    const programme = found ? await this.coachedFor(actor, found.value) : fail('not-a-mentor' as const);
    if (!programme.ok) return programme;
    const ref = { tenantId: actor.tenantId, programmeId, mentorId: actor.aadObjectId, questionId };
    const earlier = await this.stores.questions.get(ref);
    if (earlier) return ok({ question: earlier.value, programme: programme.value });
    const coachId = await this.reachableCoach(actor.tenantId, programme.value.coach);
    const question = newQuestion(
      { ...ref, coachEmail: programme.value.coach.email, coachId, text: text.value },
      this.clock.now(),
    );
    if ((await this.stores.questions.create(question)) === 'exists')
      return this.ask(actor, programmeId, questionId, typed);
    if (question.coachId) await this.notices.record(coachQuestionPlan({ ...question, coachId: question.coachId }));
    return ok({ question, programme: programme.value });
  }

  /** The coach answers: only the coach it was sent to, once; the answer goes to the mentor as a notice. */
  async answer(
    actor: Actor,
    ref: Omit<QuestionRef, 'tenantId'>,
    typed: unknown,
  ): Promise<Result<CoachQuestion, CoachFailure>> {
    const text = messageText(typed, COACH_LIMITS.answer);
    if (!text.ok) return text;
    const found = await this.stores.questions.get({ ...ref, tenantId: actor.tenantId });
    if (!found) return fail('not-found');
    const answered = answerQuestion(found.value, actor.aadObjectId, text.value, this.clock.now());
    if (!answered.ok) return answered;
    // Two presses at once: the second finds a changed ETag, reads again and is told it was answered.
    if ((await this.stores.questions.update(answered.value, found.etag)) !== 'written')
      return this.answer(actor, ref, typed);
    await this.notices.record(coachAnswerPlan(answered.value));
    return ok(answered.value);
  }

  /**
   * The coach could not be reached when the question was sent (they blocked or removed Tandem
   * since): the question is kept as not delivered; returns it so the mentor can be told, or
   * undefined when it was not waiting (answered meanwhile, or already marked).
   */
  async undelivered(ref: QuestionRef): Promise<CoachQuestion | undefined> {
    const found = await this.stores.questions.get(ref);
    if (found?.value.status !== 'sent') return undefined;
    const kept: CoachQuestion = { ...found.value, status: 'not-delivered' };
    return (await this.stores.questions.update(kept, found.etag)) === 'written' ? kept : this.undelivered(ref);
  }

  /** A question by key, for the notices that carry it. */
  async question(ref: QuestionRef): Promise<CoachQuestion | undefined> {
    return (await this.stores.questions.get(ref))?.value;
  }

  private async coachedFor(actor: Actor, programme: Programme): Promise<Result<CoachedProgramme, CoachFailure>> {
    const profile = await this.stores.profiles.get(programme.id, actor.aadObjectId);
    if (profile?.value.role !== 'mentor') return fail('not-a-mentor');
    return programme.coach ? ok({ ...programme, coach: programme.coach }) : fail('no-coach');
  }

  /** The coach's AAD object id when Tandem knows their address and has a personal chat with them. */
  private async reachableCoach(tenantId: string, coach: Coach): Promise<string | undefined> {
    const coachId = await this.stores.people.find(tenantId, coach.email);
    return coachId && (await this.stores.directory.findPerson(tenantId, coachId)) ? coachId : undefined;
  }
}
