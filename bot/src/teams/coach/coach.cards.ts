import { COACH_LIMITS, type CoachQuestion } from '../../domain/coach/coach-question';
import type { Coach, Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { chatLinkTo, mailLinkTo } from '../mentor-kit/teams-links';
import askedTemplate from './coach-asked.card.json';
import answerTemplate from './coach-answer.card.json';
import formTemplate from './coach-question-form.card.json';
import questionTemplate from './coach-question.card.json';

/** The texts of a form (the mentor's question, the coach's answer), from one i18n section each. */
type FormTexts = Record<'title' | 'intro' | 'label' | 'required' | 'send', string>;

/** What `coach-question-form.card.json` reads. */
export interface CoachQuestionFormData extends FormTexts {
  maxLength: number;
  programmeId: string;
  questionId: string;
}

/** What `coach-asked.card.json` reads. */
export interface CoachAskedData {
  title: string;
  status: string;
  statusColor: 'Good' | 'Warning';
  questionLabel: string;
  question: string;
  /** '' when the question was sent: the direct ways to the coach show only when it was not. */
  chatUrl: string;
  mailUrl: string;
  chatLabel: string;
  mailLabel: string;
}

/** What `coach-question.card.json` reads. */
export interface CoachQuestionData extends FormTexts {
  question: string;
  maxLength: number;
  programmeId: string;
  mentorId: string;
  questionId: string;
}

/** What `coach-answer.card.json` reads. */
export interface CoachAnswerData {
  title: string;
  note: string;
  questionLabel: string;
  question: string;
  answerLabel: string;
  answer: string;
}

/** A text block's content: typed text read as typed, its line breaks kept. */
const typedBlock = (text: string) => asCardText(text).replace(/\n/g, '\n\n');

/** The mentor's form: a question to the programme's coach; the card's id makes a double click one question. */
export function coachQuestionFormCard(
  t: Translate,
  programme: Pick<Programme, 'id' | 'name'> & { coach: Coach },
  questionId: string,
): AdaptiveCardJson {
  const names = { coach: asCardText(programme.coach.name), programme: asCardText(programme.name) };
  return expandCard<CoachQuestionFormData>(formTemplate, {
    ...(t('coach.form', { returnObjects: true, ...names }) as FormTexts),
    maxLength: COACH_LIMITS.question,
    programmeId: programme.id,
    questionId,
  });
}

/** What the mentor sees after asking: sent, or not delivered with the coach's chat link and email. */
export function coachAskedCard(t: Translate, question: CoachQuestion, coach: Coach): AdaptiveCardJson {
  const names = { coach: asCardText(coach.name), email: asCardText(coach.email) };
  const sent = question.status !== 'not-delivered';
  return expandCard<CoachAskedData>(askedTemplate, {
    title: t('coach.asked.title', names),
    status: t(sent ? 'coach.asked.sent' : 'coach.asked.notDelivered', names),
    statusColor: sent ? 'Good' : 'Warning',
    questionLabel: t('coach.asked.questionLabel'),
    question: typedBlock(question.text),
    chatUrl: sent ? '' : chatLinkTo(coach.email),
    mailUrl: mailLinkTo(coach.email),
    chatLabel: t('coach.asked.chat'),
    mailLabel: t('coach.asked.mail'),
  });
}

/** The question in the coach's personal chat, with the mentor's name and an Answer button. */
export function coachQuestionCard(
  t: Translate,
  view: { programme: Pick<Programme, 'name'>; mentorName: string; question: CoachQuestion },
): AdaptiveCardJson {
  const names = { mentor: asCardText(view.mentorName), programme: asCardText(view.programme.name) };
  return expandCard<CoachQuestionData>(questionTemplate, {
    ...(t('coach.question', { returnObjects: true, ...names }) as FormTexts),
    question: typedBlock(view.question.text),
    maxLength: COACH_LIMITS.answer,
    programmeId: view.question.programmeId,
    mentorId: view.question.mentorId,
    questionId: view.question.questionId,
  });
}

/** An answered question: to the mentor (from the coach), or to the coach as what was sent. */
export function coachAnswerCard(
  t: Translate,
  question: CoachQuestion,
  reader: { mentorReads: true; coachName: string } | { mentorReads: false },
): AdaptiveCardJson {
  return expandCard<CoachAnswerData>(answerTemplate, {
    title: reader.mentorReads
      ? t('coach.answer.titleForMentor', { coach: asCardText(reader.coachName) })
      : t('coach.answer.titleForCoach'),
    note: reader.mentorReads ? '' : t('coach.answer.sentToMentor'),
    questionLabel: t('coach.answer.questionLabel'),
    question: typedBlock(question.text),
    answerLabel: t('coach.answer.answerLabel'),
    answer: typedBlock(question.answer ?? ''),
  });
}
