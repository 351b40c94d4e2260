import { BRIEFING_AUDIENCES } from '../../domain/briefings';
import type { Programme } from '../../domain/programme/programme';
import type { FieldIssue } from '../../domain/result';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardChoice, type FormCardData } from '../cards/card-template';
import { fieldErrors } from '../cards/field-errors';
import template from './briefing-form.card.json';

const FIELDS = [
  'programmeId',
  'title',
  'date',
  'time',
  'durationMinutes',
  'joinUrl',
  'agenda',
  'materials',
  'audience',
] as const;

export interface BriefingFormInput {
  programmes: readonly Programme[];
  /** The draft's id, fixed when the card is first built, so Preview twice stores one draft. */
  briefingId: string;
  /** HR's time zone: the date and time are read on HR's wall clock. */
  timeZone: string;
  /** What was typed (after a refused preview, or when editing a draft). */
  entered?: Record<string, unknown>;
  issues?: FieldIssue[];
  summary?: string;
}

/** What `briefing-form.card.json` reads. */
export interface BriefingFormCardData extends FormCardData<Record<string, unknown>> {
  programmeChoices: CardChoice[];
  audienceChoices: CardChoice[];
  timeLabel: string;
  briefingId: string;
}

/** HR's briefing form; after a refused preview it comes back with what was typed and each problem marked. */
export function briefingFormCard(t: Translate, input: BriefingFormInput): AdaptiveCardJson {
  const entered = input.entered ?? {};
  const values = Object.fromEntries(
    FIELDS.map((field) => [field, typeof entered[field] === 'string' ? entered[field] : '']),
  );
  return expandCard<BriefingFormCardData>(template, {
    labels: t('briefings.form', { returnObjects: true }),
    summary: input.summary ?? (input.issues?.length ? t('briefings.form.invalid') : ''),
    requiredMessage: t('validation.required'),
    values: {
      ...values,
      programmeId: values.programmeId || (input.programmes[0]?.id ?? ''),
      durationMinutes: values.durationMinutes || '60',
      audience: values.audience || 'mentors',
    },
    errors: { ...Object.fromEntries(FIELDS.map((field) => [field, ''])), ...fieldErrors(t, input.issues) },
    programmeChoices: input.programmes.map((programme) => ({ title: programme.name, value: programme.id })),
    audienceChoices: BRIEFING_AUDIENCES.map((audience) => ({
      title: t(`briefings.audiences.${audience}`),
      value: audience,
    })),
    timeLabel: t('briefings.form.time', { timeZone: input.timeZone }),
    briefingId: input.briefingId,
  });
}
