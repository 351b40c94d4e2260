import { DEFAULT_REMINDER_LEADS_MINUTES } from '../../domain/meetings/reminders';
import { DEFAULT_POLL_SETTINGS, pollSettingsOf, type PollSettings } from '../../domain/polls';
import { randomUUID } from 'node:crypto';
import { addMonths, calendarDateOf } from '../../domain/calendar-date';
import { LANGUAGES, type Language } from '../../domain/language';
import type { Programme, SponsorMessage } from '../../domain/programme/programme';
import {
  DEFAULT_DURATION_MONTHS,
  DEFAULT_MEETINGS_TARGET,
  SPONSOR_TEXT_FIELDS,
} from '../../domain/programme/programme-settings';
import { LEAD_LIMITS_FOR_PEOPLE } from '../../domain/programme/reminder-leads';
import type { FieldIssue } from '../../domain/result';
import { languageOfTranslate, type Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardChoice, type FormCardData } from '../cards/card-template';
import { fieldErrors } from '../cards/field-errors';
import { Verbs } from '../verbs';
import template from './programme-form.card.json';

const FIELDS = [
  'name',
  'startDate',
  'endDate',
  'meetingsTarget',
  'reminderHours',
  'pollOpenDays',
  'pollCloseHours',
  'pollVoting',
  'pollDecision',
  'languages',
  'sponsorTextDe',
  'sponsorTextEn',
  'sponsorName',
  'sponsorRole',
  'coachName',
  'coachEmail',
] as const;
type FormValues = Record<(typeof FIELDS)[number], string>;

/** What the form shows: a new programme (with a fresh id, so a double click creates one), or an existing one. */
export type ProgrammeFormMode =
  { kind: 'create'; draftId?: string; today: Date } | { kind: 'edit'; programme: Programme };

/** What `programme-form.card.json` reads; `cancelVerb` is empty while creating (no Cancel button). */
export interface ProgrammeFormCardData extends FormCardData<FormValues> {
  title: string;
  reminderHint: string;
  /** One message field per language shown, with its input id. */
  sponsorTexts: Array<{ id: string; label: string; value: string; error: string }>;
  languageChoices: CardChoice[];
  programmeId: string;
  saveVerb: string;
  cancelVerb: string;
}

/**
 * The create/edit form. After a failed save it comes back with what the person typed and a
 * message under each field that needs another look.
 */
export function programmeFormCard(
  t: Translate,
  mode: ProgrammeFormMode,
  entered?: Record<string, unknown>,
  issues?: FieldIssue[],
): AdaptiveCardJson {
  const editing = mode.kind === 'edit';
  const language = languageOfTranslate(t);
  const values = entered
    ? enteredValues(entered)
    : editing
      ? valuesOf(mode.programme, language)
      : defaults(mode.today, language);
  const errors = { ...Object.fromEntries(FIELDS.map((f) => [f, ''])), ...fieldErrors(t, issues) };
  return expandCard<ProgrammeFormCardData>(template, {
    title: t(editing ? 'programme.form.titleEdit' : 'programme.form.titleCreate'),
    summary: issues?.length ? t('validation.summary') : '',
    requiredMessage: t('validation.required'),
    labels: t('programme.form', { returnObjects: true }),
    reminderHint: t('programme.form.reminderHint', {
      count: LEAD_LIMITS_FOR_PEOPLE.maxCount,
      min: LEAD_LIMITS_FOR_PEOPLE.minMinutes,
      max: LEAD_LIMITS_FOR_PEOPLE.maxHours,
    }),
    values,
    errors,
    sponsorTexts: sponsorLanguages(mode, entered).map((l) => ({
      id: SPONSOR_TEXT_FIELDS[l],
      label: t('programme.form.sponsorTextIn', { language: t(`programme.languageNames.${l}`) }),
      value: values[SPONSOR_TEXT_FIELDS[l]],
      error: errors[SPONSOR_TEXT_FIELDS[l]] ?? '',
    })),
    languageChoices: LANGUAGES.map((language) => ({
      title: t(`programme.languageNames.${language}`),
      value: language,
    })),
    programmeId: editing ? mode.programme.id : (mode.draftId ?? randomUUID()),
    saveVerb: editing ? Verbs.updateProgramme : Verbs.createProgramme,
    cancelVerb: editing ? Verbs.showProgramme : '',
  });
}

function defaults(today: Date, language: Language): FormValues {
  const start = calendarDateOf(today);
  return {
    ...blank(),
    startDate: start,
    endDate: addMonths(start, DEFAULT_DURATION_MONTHS),
    meetingsTarget: String(DEFAULT_MEETINGS_TARGET),
    reminderHours: leadHoursText(DEFAULT_REMINDER_LEADS_MINUTES, language),
    ...pollValues(DEFAULT_POLL_SETTINGS),
    languages: 'de,en',
  };
}

function valuesOf(p: Programme, language: Language): FormValues {
  return {
    name: p.name,
    startDate: p.startDate,
    endDate: p.endDate,
    meetingsTarget: String(p.meetingsTarget),
    reminderHours: leadHoursText(p.reminderLeadsMinutes ?? DEFAULT_REMINDER_LEADS_MINUTES, language),
    ...pollValues(pollSettingsOf(p)),
    languages: p.languages.join(','),
    sponsorTextDe: storedSponsorText(p.sponsor, 'de'),
    sponsorTextEn: storedSponsorText(p.sponsor, 'en'),
    sponsorName: p.sponsor?.name ?? '',
    sponsorRole: p.sponsor?.role ?? '',
    coachName: p.coach?.name ?? '',
    coachEmail: p.coach?.email ?? '',
  };
}

/** Lead times as HR types them: hours in the reader's decimals, separated by semicolons ("24; 0,5"). */
function leadHoursText(minutes: readonly number[], language: Language): string {
  const hours = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  return minutes.map((m) => hours.format(m / 60)).join('; ');
}

/** One message field per language of the programme (all while creating), and any that already has a message. */
function sponsorLanguages(mode: ProgrammeFormMode, entered?: Record<string, unknown>): Language[] {
  const typed = typeof entered?.languages === 'string' ? entered.languages.split(',') : [];
  const chosen = mode.kind === 'edit' ? [...mode.programme.languages, ...typed] : typed;
  const withText = mode.kind === 'edit' ? LANGUAGES.filter((l) => storedSponsorText(mode.programme.sponsor, l)) : [];
  const shown = LANGUAGES.filter((l) => chosen.includes(l) || withText.includes(l));
  return shown.length > 0 ? shown : [...LANGUAGES];
}

/** The message exactly as stored for a language; a message saved before languages existed fills every field. */
function storedSponsorText(sponsor: SponsorMessage | undefined, language: Language): string {
  if (!sponsor) return '';
  return sponsor.texts ? (sponsor.texts[language] ?? '') : sponsor.text;
}

function pollValues(
  settings: PollSettings,
): Pick<FormValues, 'pollOpenDays' | 'pollCloseHours' | 'pollVoting' | 'pollDecision'> {
  return {
    pollOpenDays: String(settings.openDaysBefore),
    pollCloseHours: String(settings.closeHoursBefore),
    pollVoting: settings.voting,
    pollDecision: settings.decision,
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
