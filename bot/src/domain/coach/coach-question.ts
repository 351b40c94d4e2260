import { fail, ok, type Result } from '../result';
import { cleanTypedText } from '../text';

/** How long a question to the coach may be; the answer may be longer. */
export const COACH_LIMITS = { question: 2000, answer: 4000 } as const;

/**
 * A question's life: `sent` to the coach's personal chat, `not-delivered` when the coach has
 * no chat with Tandem (the mentor got the coach's chat link and email instead), `answered`.
 */
export type CoachQuestionStatus = 'sent' | 'not-delivered' | 'answered';

/** A mentor's question to the programme's coach, and the answer once there is one. */
export interface CoachQuestion {
  tenantId: string;
  programmeId: string;
  /** From the question card, so a double click stores one question. */
  questionId: string;
  mentorId: string;
  /** The coach's address as HR set it, when asked. */
  coachEmail: string;
  /** The coach's AAD object id, when Tandem knows them; only they may answer. */
  coachId?: string;
  text: string;
  status: CoachQuestionStatus;
  answer?: string;
  askedAt: string;
  answeredAt?: string;
}

/** Why a typed question or answer is refused. */
export type MessageTextProblem = 'empty' | 'too-long' | 'control-characters';

/**
 * A question or answer as typed, refused rather than silently changed when it holds control
 * characters or direction overrides (see `cleanTypedText`); line breaks and tabs are fine.
 */
export function messageText(raw: unknown, max: number): Result<string, MessageTextProblem> {
  if (typeof raw !== 'string') return fail('empty');
  const unified = raw.replace(/\r\n?/g, '\n');
  if (cleanTypedText(unified, { multiLine: true }) !== unified) return fail('control-characters');
  const text = unified.trim();
  if (!text) return fail('empty');
  return text.length > max ? fail('too-long') : ok(text);
}

/** A new question: sent when the coach is known to Tandem, otherwise kept as not delivered. */
export function newQuestion(
  question: Omit<CoachQuestion, 'status' | 'askedAt' | 'answer' | 'answeredAt'>,
  now: Date,
): CoachQuestion {
  return { ...question, status: question.coachId ? 'sent' : 'not-delivered', askedAt: now.toISOString() };
}

export type AnswerRefusal = 'not-the-coach' | 'already-answered';

/** The coach's answer: only the coach the question went to, and only once. */
export function answerQuestion(
  question: CoachQuestion,
  by: string,
  answer: string,
  now: Date,
): Result<CoachQuestion, AnswerRefusal> {
  if (!question.coachId || question.coachId !== by) return fail('not-the-coach');
  if (question.status === 'answered') return fail('already-answered');
  return ok({ ...question, status: 'answered', answer, answeredAt: now.toISOString() });
}

/** An email or UPN as an index key: Entra compares them without case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
