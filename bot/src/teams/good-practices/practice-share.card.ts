import type { Language } from '../../domain/language';
import type { FieldIssue } from '../../domain/result';
import type { Translate } from '../../i18n';
import type { PracticeContext } from '../../services/good-practices/practice-access';
import { expandCard, type AdaptiveCardJson, type FormCardData } from '../cards/card-template';
import { fieldErrors } from '../cards/field-errors';
import template from './practice-share.card.json';
import { topicChoices } from './practice-text';

const FIELDS = ['title', 'text', 'topic', 'link', 'credit', 'onAuthorDeletion'] as const;

/** What `practice-share.card.json` reads. */
export interface PracticeShareCardData extends FormCardData {
  title: string;
  intro: string;
  topics: Array<{ key: string; name: string }>;
  submitLabel: string;
  programmeId: string;
  submissionId: string;
}

/**
 * The `share a practice` form. Its submission id is made when the form is shown, so pressing
 * twice files one practice; a refused submit comes back with what was typed and the problems marked.
 */
export function practiceShareCard(
  t: Translate,
  input: {
    context: PracticeContext;
    language: Language;
    submissionId: string;
    entered?: Record<string, unknown>;
    issues?: FieldIssue[];
  },
): AdaptiveCardJson {
  const text = (key: string) => (typeof input.entered?.[key] === 'string' ? (input.entered[key] as string) : '');
  return expandCard<PracticeShareCardData>(template, {
    title: t('goodPractices.share.title'),
    intro: t(input.context.role === 'hr' ? 'goodPractices.share.hrIntro' : 'goodPractices.share.intro'),
    summary: input.issues?.length ? t('validation.summary') : '',
    requiredMessage: t('validation.required'),
    labels: t('goodPractices.share.labels', { returnObjects: true }),
    topics: topicChoices(input.context.programme, input.language),
    values: {
      ...Object.fromEntries(FIELDS.map((field) => [field, text(field)])),
      credit: text('credit') || 'anonymous',
      onAuthorDeletion: text('onAuthorDeletion') || 'remove',
    },
    errors: { ...Object.fromEntries(FIELDS.map((f) => [f, ''])), ...fieldErrors(t, input.issues) },
    submitLabel: t('goodPractices.share.submit'),
    programmeId: input.context.programme.id,
    submissionId: input.submissionId,
  });
}
