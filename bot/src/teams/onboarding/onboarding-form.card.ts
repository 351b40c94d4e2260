import { AVAILABILITY_SLOTS } from '../../domain/participant/availability';
import { PROFILE_ANSWER_FIELDS, SPOKEN_LANGUAGES, type Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { FieldIssue } from '../../domain/result';
import type { Language } from '../../domain/language';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardChoice, type FormCardData } from '../cards/card-template';
import { fieldErrors } from '../cards/field-errors';
import { asCardText } from '../cards/card-text';
import template from './onboarding-form.card.json';

/** The people picker's "not given" choice; Adaptive Cards need a non-empty value. */
export const NO_MANAGER = 'none';

const FIELDS = [...PROFILE_ANSWER_FIELDS, 'consent'] as const;
type FormValues = Record<(typeof FIELDS)[number], string>;

export interface OnboardingFormInput {
  programme: Programme;
  language: Language;
  /** The profile being edited, if there is one. */
  profile?: Profile;
  /** The Teams client's time zone, to prefill. */
  clientTimeZone?: string;
  /** What HR's import already knows about the person, to prefill. */
  enrolment?: { role: string; department: string; location: string };
  /** What the person typed, after a refused submit. */
  entered?: Record<string, unknown>;
  issues?: FieldIssue[];
  /** Replaces the generic "please check the fields" line, e.g. for missing consent. */
  summaryText?: string;
  privacyUrl: string;
}

/** What `onboarding-form.card.json` reads. */
export interface OnboardingFormCardData extends FormCardData<FormValues> {
  title: string;
  privacyLink: string;
  languageChoices: CardChoice[];
  topicChoices: CardChoice[];
  slotChoices: CardChoice[];
  programmeId: string;
  noManager: string;
}

/** The onboarding form: new, prefilled from the profile, or back with the entered values and messages. */
export function onboardingFormCard(t: Translate, input: OnboardingFormInput): AdaptiveCardJson {
  const values = input.entered
    ? enteredValues(input.entered)
    : input.profile
      ? valuesOf(input.profile)
      : newValues(input);
  return expandCard<OnboardingFormCardData>(template, {
    title: t('onboarding.form.title', { programme: asCardText(input.programme.name) }),
    summary: input.summaryText ?? (input.issues?.length ? t('validation.summary') : ''),
    requiredMessage: t('validation.required'),
    labels: t('onboarding.form', { returnObjects: true }),
    privacyLink: t('onboarding.form.privacyLink', { url: input.privacyUrl }),
    values,
    errors: { ...Object.fromEntries(FIELDS.map((f) => [f, ''])), ...fieldErrors(t, input.issues) },
    languageChoices: SPOKEN_LANGUAGES.map((code) => ({ title: t(`onboarding.languages.${code}`), value: code })),
    topicChoices: activeTopics(input.programme.topics).map((topic) => ({
      title: topic.names[input.language],
      value: topic.key,
    })),
    slotChoices: AVAILABILITY_SLOTS.map((slot) => ({ title: t(`onboarding.slots.${slot}`), value: slot })),
    programmeId: input.programme.id,
    noManager: NO_MANAGER,
  });
}

function newValues(input: OnboardingFormInput): FormValues {
  const known = input.enrolment;
  return {
    ...blank(),
    role: known?.role ?? '',
    department: known?.department ?? '',
    location: known?.location ?? '',
    timeZone: input.clientTimeZone ?? '',
    capacity: '1',
    managerAadObjectId: NO_MANAGER,
  };
}

function valuesOf(p: Profile): FormValues {
  return {
    role: p.role,
    department: p.department,
    location: p.location,
    timeZone: p.timeZone,
    languages: p.languages.join(','),
    topics: p.topics.join(','),
    ownTopics: p.ownTopics,
    goals: p.goals,
    availability: p.availability.join(','),
    format: p.format,
    capacity: String(p.capacity),
    managerAadObjectId: p.managerAadObjectId ?? NO_MANAGER,
    consent: 'true',
  };
}

function enteredValues(entered: Record<string, unknown>): FormValues {
  return Object.fromEntries(
    FIELDS.map((field) => [field, typeof entered[field] === 'string' ? entered[field] : '']),
  ) as FormValues;
}

function blank(): FormValues {
  return Object.fromEntries(FIELDS.map((f) => [f, ''])) as FormValues;
}
