import type { GoodPractice } from '../../domain/good-practices/good-practice';
import type { Language } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import type { FieldIssue } from '../../domain/result';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardFact, type FormCardData } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { fieldErrors } from '../cards/field-errors';
import template from './practice-review.card.json';
import { practiceFacts, topicChoices } from './practice-text';

/** What `practice-review.card.json` reads. */
export interface PracticeReviewCardData extends FormCardData {
  heading: string;
  facts: CardFact[];
  pending: boolean;
  approved: boolean;
  title: string;
  text: string;
  topics: Array<{ key: string; name: string }>;
  programmeId: string;
  practiceId: string;
}

/**
 * HR's review of one practice: a pending one with its title, text and topic tags to edit, a
 * reason to give when rejecting, and Edit & approve / Reject; an approved one with the channels
 * to publish it to. A decided one shows only where it stands (the heading says what happened).
 */
export function practiceReviewCard(
  t: Translate,
  input: {
    programme: Programme;
    practice: GoodPractice;
    language: Language;
    heading?: string;
    entered?: Record<string, unknown>;
    issues?: FieldIssue[];
  },
): AdaptiveCardJson {
  const { practice } = input;
  const text = (key: string, fallback: string) =>
    typeof input.entered?.[key] === 'string' ? (input.entered[key] as string) : fallback;
  return expandCard<PracticeReviewCardData>(template, {
    heading: input.heading ?? t('goodPractices.review.title'),
    summary: input.issues?.length ? t('validation.summary') : '',
    requiredMessage: t('validation.required'),
    labels: {
      ...t('goodPractices.review.labels', { returnObjects: true }),
      approve: t('goodPractices.review.approve'),
      reject: t('goodPractices.review.reject'),
      publish: t('goodPractices.review.publish'),
    },
    values: {
      title: text('title', practice.title),
      text: text('text', practice.text),
      topics: text('topics', practice.topics.join(',')),
      reason: text('reason', ''),
    },
    errors: { title: '', text: '', topics: '', reason: '', ...fieldErrors(t, input.issues) },
    facts: practiceFacts(t, input.programme, practice, input.language),
    pending: practice.status === 'pending',
    approved: practice.status === 'approved',
    title: asCardText(practice.title),
    text: asCardText(practice.text),
    topics: topicChoices(input.programme, input.language),
    programmeId: input.programme.id,
    practiceId: practice.id,
  });
}
