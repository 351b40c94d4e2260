import { compareDates, type CalendarDate } from '../calendar-date';
import { fail, ok, type Result } from '../result';
import { WEEKDAYS, type AvailabilitySlot } from '../participant/availability';
import { toInstant, toWallClock, type WallClock } from './local-time';
import { nextMeetingNumber, type Meeting } from './meeting';

const DAY = 86_400_000;

/** Gaps longer than four weeks lose momentum (the guard nudges then), so the plan never proposes them. */
export const MAX_INTERVAL_DAYS = 28;
/** When a slot says "morning" or "afternoon", the suggestion starts at these local times. */
export const SLOT_START_TIMES = { am: '09:00', pm: '14:00' } as const;
/** The first meeting of a new pair: a week to find each other, not a full interval. */
export const FIRST_MEETING_AFTER_DAYS = 7;
/** Without a slot or an earlier meeting, a mid-morning start. */
export const DEFAULT_START_TIME = '10:00';

/** A proposed rhythm for the meetings still to come. */
export interface Cadence {
  intervalDays: number;
  meetingsLeft: number;
  daysLeft: number;
  /** One proposed (UTC) date per meeting left, none after the programme's end. */
  dates: CalendarDate[];
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

function weekdayOf(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * Fits the meetings still to schedule into the days left: 6 in six months gives every four
 * weeks, 6 in three months every two, 4 in six weeks every week; fewer days than that gives a
 * tighter rhythm in days. Whole weeks where possible, so meetings keep their weekday.
 */
export function proposeCadence(
  meetings: readonly Meeting[],
  meetingsTarget: number,
  programmeEndDate: CalendarDate,
  now: Date,
): Result<Cadence, 'target-reached' | 'programme-ended'> {
  const meetingsLeft = meetingsTarget - (nextMeetingNumber(meetings) - 1);
  if (meetingsLeft <= 0) return fail('target-reached');
  const today = now.toISOString().slice(0, 10);
  const daysLeft = daysBetween(today, programmeEndDate);
  if (daysLeft <= 0) return fail('programme-ended');
  const even = Math.floor(daysLeft / meetingsLeft);
  const intervalDays = Math.max(1, Math.min(MAX_INTERVAL_DAYS, even >= 7 ? even - (even % 7) : even));
  const dates = Array.from({ length: meetingsLeft }, (_, k) => addDays(today, intervalDays * (k + 1))).filter(
    (d) => compareDates(d, programmeEndDate) <= 0,
  );
  return ok({ intervalDays, meetingsLeft, daysLeft, dates });
}

/** What the next-date suggestion starts from. */
export interface NextDateInput {
  /** The pair's last meeting (held or planned), if any. */
  last?: Pick<Meeting, 'startsAt'>;
  /** The zone to suggest in: the person asking, or the mentee's (the executive's calendar rules). */
  timeZone: string;
  /** A slot both marked as available, e.g. `tue-am`. */
  slot?: AvailabilitySlot;
  intervalDays: number;
  programmeEndDate: CalendarDate;
  now: Date;
}

/** A suggested start, as the person sees it and in UTC. */
export interface DateSuggestion extends WallClock {
  startsAt: string;
}

/**
 * The next meeting date: an interval after the last meeting, on the shared slot's weekday and
 * time if given, else on the last meeting's weekday and time. It is never in the past (at the
 * earliest tomorrow) and never after the programme's end: then it moves back a week at a time.
 */
export function suggestNextDate(
  input: NextDateInput,
): Result<DateSuggestion, 'no-date-before-end' | 'invalid-time-zone'> {
  const today = toWallClock(input.now, input.timeZone);
  const last = input.last ? toWallClock(new Date(input.last.startsAt), input.timeZone) : undefined;
  if (!today.ok || (last && !last.ok)) return fail('invalid-time-zone');
  const lastWall = last?.ok ? last.value : undefined;
  const planned = lastWall
    ? addDays(lastWall.date, input.intervalDays)
    : addDays(today.value.date, FIRST_MEETING_AFTER_DAYS);
  const earliest = compareDates(planned, today.value.date) > 0 ? planned : addDays(today.value.date, 1);
  const weekday = input.slot
    ? WEEKDAYS.indexOf(input.slot.slice(0, 3) as (typeof WEEKDAYS)[number]) + 1
    : (lastWall?.weekday ?? weekdayOf(earliest));
  const time = input.slot
    ? SLOT_START_TIMES[input.slot.endsWith('am') ? 'am' : 'pm']
    : (lastWall?.time ?? DEFAULT_START_TIME);
  let date = addDays(earliest, (weekday - weekdayOf(earliest) + 7) % 7);
  while (compareDates(date, input.programmeEndDate) > 0) date = addDays(date, -7);
  const start = toInstant({ date, time, timeZone: input.timeZone });
  if (!start.ok) return fail('invalid-time-zone');
  const afterLast = !input.last || start.value.getTime() > Date.parse(input.last.startsAt);
  if (start.value.getTime() <= input.now.getTime() || !afterLast) return fail('no-date-before-end');
  return ok({ date, time, timeZone: input.timeZone, startsAt: start.value.toISOString() });
}

/** The plan for a pair's next meeting: the rhythm that fits the rest of the programme and a date. */
export interface NextMeetingPlan {
  number: number;
  target: number;
  cadence: Cadence;
  suggestion: DateSuggestion;
}

/**
 * Proposes the next meeting after the last one (held or planned): the cadence for the meetings
 * left and a date in the given zone: the last meeting's weekday and time, or for the first
 * meeting a slot both people marked. Nothing when the target is reached, the programme is over
 * or no date fits before its end.
 */
export function planNextMeeting(input: {
  meetings: readonly Meeting[];
  meetingsTarget: number;
  programmeEndDate: CalendarDate;
  timeZone: string;
  sharedSlots: readonly AvailabilitySlot[];
  now: Date;
}): NextMeetingPlan | undefined {
  const cadence = proposeCadence(input.meetings, input.meetingsTarget, input.programmeEndDate, input.now);
  if (!cadence.ok) return undefined;
  const counted = input.meetings.filter((m) => m.status === 'held' || m.status === 'planned');
  const last = counted.reduce<Meeting | undefined>(
    (latest, m) => (!latest || m.startsAt > latest.startsAt ? m : latest),
    undefined,
  );
  const suggestion = suggestNextDate({
    last,
    timeZone: input.timeZone,
    slot: last ? undefined : input.sharedSlots[0],
    intervalDays: cadence.value.intervalDays,
    programmeEndDate: input.programmeEndDate,
    now: input.now,
  });
  if (!suggestion.ok) return undefined;
  return {
    number: nextMeetingNumber(input.meetings),
    target: input.meetingsTarget,
    cadence: cadence.value,
    suggestion: suggestion.value,
  };
}
