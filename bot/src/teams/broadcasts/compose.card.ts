import { AUDIENCES, NEWS_LANGUAGES } from '../../domain/broadcasts';
import type { Programme } from '../../domain/programme/programme';
import type { FieldIssue } from '../../domain/result';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardChoice, type FormCardData } from '../cards/card-template';
import { fieldErrors } from '../cards/field-errors';
import template from './compose.card.json';

const FIELDS = [
  'programmeId',
  'audience',
  'language',
  'titleEn',
  'textEn',
  'titleDe',
  'textDe',
  'imageUrl',
  'buttonLabel',
  'buttonUrl',
  'author',
] as const;

export interface ComposeCardInput {
  programmes: readonly Programme[];
  /** The draft's id, fixed when the card is first built, so Preview twice stores one draft. */
  broadcastId: string;
  /** What was typed (after a failed preview, or when editing a draft). */
  entered?: Record<string, unknown>;
  issues?: FieldIssue[];
  summary?: string;
}

/** What `compose.card.json` reads. */
export interface ComposeCardData extends FormCardData<Record<string, unknown>> {
  programmeChoices: CardChoice[];
  audienceChoices: CardChoice[];
  languageChoices: CardChoice[];
  broadcastId: string;
}

/** HR's compose form. After a failed preview it comes back with what was typed and each problem marked. */
export function composeCard(t: Translate, input: ComposeCardInput): AdaptiveCardJson {
  const entered = input.entered ?? {};
  const values = Object.fromEntries(
    FIELDS.map((field) => [field, typeof entered[field] === 'string' ? entered[field] : '']),
  );
  return expandCard<ComposeCardData>(template, {
    labels: t('news.compose', { returnObjects: true }),
    summary: input.summary ?? (input.issues?.length ? t('news.compose.invalid') : ''),
    requiredMessage: t('validation.required'),
    values: {
      ...values,
      programmeId: values.programmeId || (input.programmes[0]?.id ?? ''),
      language: values.language || 'both',
      audience: values.audience || 'participants',
    },
    errors: { ...Object.fromEntries(FIELDS.map((field) => [field, ''])), ...fieldErrors(t, input.issues) },
    programmeChoices: input.programmes.map((programme) => ({ title: programme.name, value: programme.id })),
    audienceChoices: AUDIENCES.map((audience) => ({ title: t(`news.audiences.${audience}`), value: audience })),
    languageChoices: NEWS_LANGUAGES.map((language) => ({ title: t(`news.languages.${language}`), value: language })),
    broadcastId: input.broadcastId,
  });
}
