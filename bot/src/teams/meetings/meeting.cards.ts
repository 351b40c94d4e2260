import { teamsMeetingLink, type Meeting, type NextMeetingPlan } from '../../domain/meetings';
import type { FieldIssue } from '../../domain/result';
import type { Profile } from '../../domain/participant/profile';
import type { Material } from '../../domain/programme/programme';
import { materialsText } from '../polls/agenda-text';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatCalendarDate, formatDateTime } from '../../i18n/format-date-time';
import {
  expandCard,
  type AdaptiveCardJson,
  type CardFact,
  type CardLabels,
  type FormCardData,
} from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { fieldErrors } from '../cards/field-errors';
import checkInTemplate from './check-in.card.json';
import meetingTemplate from './meeting.card.json';
import formTemplate from './schedule-form.card.json';
import nextMeetingTemplate from './next-meeting.card.json';
import reminderTemplate from './reminder.card.json';

const FORM_FIELDS = ['date', 'time', 'durationMinutes', 'format', 'place', 'note'] as const;

/** What the schedule form is made for; `startsAt` is the suggested moment it was opened with. */
export interface ScheduleFormInput {
  programmeId: string;
  pairId: string;
  number: number;
  target: number;
  timeZone: string;
  partnerName?: string;
  entered?: Record<string, unknown>;
  issues?: FieldIssue[];
  summary?: string;
  startsAt?: string;
  /** Members whose clients refresh the form into their own language and time zone (a form posted in the pair chat). */
  userIds?: readonly string[];
}

/** What `schedule-form.card.json` reads; `number` and `startsAt` go back with the submit. */
export interface ScheduleFormCardData extends FormCardData<Record<string, unknown>> {
  title: string;
  timeLabel: string;
  programmeId: string;
  pairId: string;
  number: number;
  startsAt: string;
  userIds: string[];
}

/** The form for the pair's next meeting; times are entered in the person's own time zone. */
export function scheduleFormCard(t: Translate, input: ScheduleFormInput): AdaptiveCardJson {
  const entered = input.entered ?? {};
  const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, typeof entered[f] === 'string' ? entered[f] : '']));
  return expandCard<ScheduleFormCardData>(formTemplate, {
    title: input.partnerName
      ? t('meetings.form.titleWith', {
          number: input.number,
          target: input.target,
          partner: asCardText(input.partnerName),
        })
      : t('meetings.form.title', { number: input.number, target: input.target }),
    summary: input.summary ?? (input.issues?.length ? t('validation.summary') : ''),
    requiredMessage: t('validation.required'),
    labels: t('meetings.form', { returnObjects: true }),
    timeLabel: t('meetings.form.time', { timeZone: input.timeZone }),
    values: { ...values, durationMinutes: values.durationMinutes || '60', format: values.format || 'online' },
    errors: { ...Object.fromEntries(FORM_FIELDS.map((f) => [f, ''])), ...fieldErrors(t, input.issues) },
    programmeId: input.programmeId,
    pairId: input.pairId,
    // The form says which meeting it books: submitted after that meeting was planned, it books nothing.
    number: input.number,
    startsAt: input.startsAt ?? '',
    userIds: [...(input.userIds ?? [])],
  });
}

/** What the meeting card shows; `calendarUrl` is the signed .ics link. */
export interface MeetingCardInput {
  meeting: Meeting;
  target: number;
  people: readonly Profile[];
  calendarUrl?: string;
  /** The members whose clients refresh the card to their own language and time zone. */
  userIds?: readonly string[];
  /** A line above the title, e.g. why a form was answered with this card. */
  notice?: string;
}

/** What the meeting and reminder cards share: status, each person's local time, details and links. */
export interface MeetingViewData {
  status: string;
  times: Array<{ text: string }>;
  facts: CardFact[];
  meetingLink: string;
  joinUrl: string;
}

/** What `meeting.card.json` reads. */
export interface MeetingCardData extends MeetingViewData {
  notice: string;
  userIds: string[];
  title: string;
  labels: CardLabels;
  changeTopic: string;
  calendarUrl: string;
  canCancel: boolean;
  programmeId: string;
  pairId: string;
  meetingId: string;
}

/**
 * The meeting in the pair chat: each person's local time, the Teams-meeting link, move and
 * cancel. Its `refresh` makes each member's client fetch the card in their own language.
 */
export function meetingCard(t: Translate, input: MeetingCardInput): AdaptiveCardJson {
  const { meeting } = input;
  return expandCard<MeetingCardData>(meetingTemplate, {
    ...meetingView(t, input),
    notice: input.notice ?? '',
    userIds: [...(input.userIds ?? [])],
    title: t('meetings.card.title', { number: meeting.number, target: input.target }),
    labels: t('meetings.card', { returnObjects: true }),
    changeTopic: t('polls.change.button'),
    calendarUrl: meeting.status === 'planned' ? (input.calendarUrl ?? '') : '',
    canCancel: meeting.status === 'planned',
    programmeId: meeting.programmeId,
    pairId: meeting.pairId,
    meetingId: meeting.id,
  });
}

/** What `reminder.card.json` reads; `lead` and `remindedStart` identify the reminder when the card refreshes. */
export interface ReminderCardData extends MeetingViewData {
  title: string;
  labels: CardLabels;
  materials: string;
  userIds: string[];
  programmeId: string;
  pairId: string;
  meetingId: string;
  lead: string;
  remindedStart: string;
}

/**
 * A reminder: the meeting's times for both people, its details and the join link. `userIds`
 * (both members' Teams ids) make Teams refresh the card for each of them, so each reads it in
 * their own language; a meeting moved or cancelled since shows as such.
 */
export function reminderCard(
  t: Translate,
  input: MeetingCardInput & {
    leadMinutes: number;
    remindedStart: string;
    userIds: readonly string[];
    materials: readonly Material[];
  },
): AdaptiveCardJson {
  const { meeting } = input;
  const moved = meeting.startsAt !== input.remindedStart;
  return expandCard<ReminderCardData>(reminderTemplate, {
    ...meetingView(t, input),
    title: moved
      ? t('meetings.reminderCard.titleMoved', { number: meeting.number, target: input.target })
      : t('meetings.reminderCard.title', {
          number: meeting.number,
          target: input.target,
          lead: leadText(t, input.leadMinutes),
        }),
    labels: t('meetings.card', { returnObjects: true }),
    materials: materialsText(t, meeting, input.materials),
    userIds: [...input.userIds],
    programmeId: meeting.programmeId,
    pairId: meeting.pairId,
    meetingId: meeting.id,
    lead: String(input.leadMinutes),
    remindedStart: input.remindedStart,
  });
}

/** "24 hours", "30 minutes": how far ahead a reminder is. */
export function leadText(t: Translate, minutes: number): string {
  return minutes >= 60 && minutes % 60 === 0
    ? t('meetings.leadHours', { count: minutes / 60 })
    : t('meetings.leadMinutes', { count: minutes });
}

/** Builds what the meeting and reminder cards share. */
function meetingView(t: Translate, input: MeetingCardInput): MeetingViewData {
  const { meeting } = input;
  const language = languageOfTranslate(t);
  const times = input.people.map((person) => ({
    text: t('meetings.card.when', {
      name: asCardText(person.displayName),
      when: formatDateTime(meeting.startsAt, language, person.timeZone),
      timeZone: person.timeZone,
    }),
  }));
  return {
    status: statusText(t, meeting, input.people),
    times,
    facts: [
      { title: t('meetings.card.format'), value: t(`meetings.formats.${meeting.format}`) },
      ...(meeting.place ? [{ title: t('meetings.card.place'), value: asCardText(meeting.place) }] : []),
      {
        title: t('meetings.card.agenda'),
        value: meeting.agenda ? asCardText(meeting.agenda.titles[language]) : t('meetings.card.noAgenda'),
      },
      ...(meeting.note ? [{ title: t('meetings.card.note'), value: asCardText(meeting.note) }] : []),
    ],
    // Once the pair pasted the join link, "create the meeting" is done and "join" replaces it.
    meetingLink:
      meeting.status === 'planned' && meeting.format === 'online' && !meeting.joinUrl
        ? teamsMeetingLinkFor(t, meeting, input.target, input.people)
        : '',
    joinUrl: meeting.status === 'planned' ? (meeting.joinUrl ?? '') : '',
  };
}

/** "Cancelled by Lena.", "Held.": where a meeting that is no longer planned stands, and who said so. */
function statusText(t: Translate, meeting: Meeting, people: readonly Profile[]): string {
  if (meeting.status === 'held') return t('meetings.card.statusHeld');
  if (meeting.status === 'moved') return t('meetings.card.statusMoved');
  if (meeting.status !== 'cancelled') return '';
  const by = meeting.checkIn?.by ?? meeting.history.filter((c) => c.kind === 'cancel').at(-1)?.by;
  return t('meetings.card.cancelled', { name: nameOf(people, by) });
}

function nameOf(people: readonly Profile[], aadObjectId: string | undefined): string {
  return asCardText(people.find((p) => p.aadObjectId === aadObjectId)?.displayName ?? '');
}

/** What `check-in.card.json` reads; an empty `answered` shows the buttons. */
export interface CheckInCardData {
  title: string;
  answered: string;
  userIds: string[];
  held: string;
  moved: string;
  cancelled: string;
  programmeId: string;
  pairId: string;
  meetingId: string;
}

/**
 * Asks the pair shortly after the planned end whether the meeting took place; once one of them
 * answered, says who answered what (the first answer counts). Refreshed for each member.
 */
export function checkInCard(
  t: Translate,
  meeting: Meeting,
  view: { people: readonly Profile[]; userIds: readonly string[] },
): AdaptiveCardJson {
  const answer = meeting.checkIn;
  return expandCard<CheckInCardData>(checkInTemplate, {
    title: t('meetings.checkIn.title', { number: meeting.number }),
    answered: answer
      ? t('meetings.checkIn.answered', {
          name: nameOf(view.people, answer.by),
          number: meeting.number,
          outcome: t(`meetings.checkIn.outcomes.${answer.outcome}`),
        })
      : '',
    userIds: [...view.userIds],
    held: t('meetings.checkIn.held'),
    moved: t('meetings.checkIn.moved'),
    cancelled: t('meetings.checkIn.cancelled'),
    programmeId: meeting.programmeId,
    pairId: meeting.pairId,
    meetingId: meeting.id,
  });
}

/** Why a plan card is sent besides a pair's start and a check-in: the momentum guard's nudges that come with a date. */
export type PlanIntro = 'no-meeting-scheduled' | 'programme-ending';

/** What `next-meeting.card.json` reads. */
export interface NextMeetingCardData {
  title: string;
  intro: string;
  introKind: string;
  userIds: string[];
  rhythm: string;
  suggestion: string;
  optional: string;
  planLabel: string;
  programmeId: string;
  pairId: string;
  startsAt: string;
}

/**
 * The meeting plan: the rhythm that fits the meetings left into the programme and a suggested
 * date, with one click to the prefilled form. Sent when a pair starts, after each held meeting
 * and with the nudges (`intro` says which); refreshed for each member into their own zone.
 * The plan is made in the mentee's zone, so both members see the same suggested moment.
 */
export function nextMeetingCard(
  t: Translate,
  input: {
    plan: NextMeetingPlan;
    programmeId: string;
    pairId: string;
    programmeEndDate: string;
    intro?: PlanIntro;
    userIds?: readonly string[];
    readerTimeZone?: string;
  },
): AdaptiveCardJson {
  const { plan } = input;
  const weeks = plan.cadence.intervalDays % 7 === 0 ? plan.cadence.intervalDays / 7 : undefined;
  const language = languageOfTranslate(t);
  const end = formatCalendarDate(input.programmeEndDate, language);
  // One suggested instant for the pair, read on each reader's own clock.
  const zone = input.readerTimeZone ?? plan.suggestion.timeZone;
  return expandCard<NextMeetingCardData>(nextMeetingTemplate, {
    title: t('meetings.plan.title', { number: plan.number, target: plan.target }),
    intro: input.intro ? t(`meetings.nudges.${input.intro}`, { end }) : '',
    introKind: input.intro ?? '',
    userIds: [...(input.userIds ?? [])],
    rhythm: weeks
      ? t('meetings.plan.rhythmWeeks', { count: weeks, left: plan.cadence.meetingsLeft, end })
      : t('meetings.plan.rhythmDays', { count: plan.cadence.intervalDays, left: plan.cadence.meetingsLeft, end }),
    suggestion: t('meetings.plan.suggestion', {
      when: formatDateTime(plan.suggestion.startsAt, language, zone),
      timeZone: zone,
    }),
    optional: t('meetings.plan.optional'),
    planLabel: t('meetings.plan.open', { number: plan.number }),
    programmeId: input.programmeId,
    pairId: input.pairId,
    startsAt: plan.suggestion.startsAt,
  });
}

/** Teams' deep link to a prefilled new-meeting form for this meeting: subject, both attendees, start and end. */
function teamsMeetingLinkFor(t: Translate, meeting: Meeting, target: number, people: readonly Profile[]): string {
  const subject = `Tandem – ${t('meetings.card.title', { number: meeting.number, target })}`;
  return teamsMeetingLink({
    subject,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    attendees: people.map((p) => p.userPrincipalName),
  });
}
