import { isCalendarDate, type CalendarDate } from '../calendar-date';
import { fail, ok, type Result } from '../result';

/** A time of day as `HH:mm` (24 h), as people type it into a card. */
export type WallTime = string;

/** A date and time on someone's wall clock, in an IANA time zone such as `Europe/Berlin`. */
export interface WallClock {
  date: CalendarDate;
  time: WallTime;
  timeZone: string;
}

/** How an instant reads on a wall clock, for display and for "same weekday next time". */
export interface LocalReading extends WallClock {
  /** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
  weekday: number;
  /** Minutes east of UTC at that instant (Berlin summer: 120). */
  offsetMinutes: number;
}

/** Why a wall-clock reading could not be made; the card marks the matching field. */
export type LocalTimeFailure = 'invalid-time-zone' | 'invalid-date' | 'invalid-time';

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** True for `HH:mm` between 00:00 and 23:59. */
export function isWallTime(value: string): boolean {
  return WALL_TIME.test(value);
}

// Building a DateTimeFormat costs far more than using one; zones are few, so keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return undefined; // RangeError: not a zone ICU knows
  }
}

/** True for a time zone `Intl` knows, such as `Europe/Berlin` or `UTC`. */
export function isTimeZone(timeZone: string): boolean {
  return timeZone.trim() !== '' && formatterFor(timeZone) !== undefined;
}

// formatToParts is the costly step, and a journey asks for the same few instants (its meetings,
// today, the suggested dates) again and again: remember readings per zone, by whole second.
const MAX_READINGS_PER_ZONE = 10_000;
const readings = new Map<Intl.DateTimeFormat, Map<number, number>>();

/** The wall clock of an instant in a zone (whole seconds), as milliseconds of a pretend-UTC date. */
function wallMillis(formatter: Intl.DateTimeFormat, instant: number): number {
  let known = readings.get(formatter);
  if (!known) readings.set(formatter, (known = new Map()));
  const second = Math.floor(instant / 1000);
  const remembered = known.get(second);
  if (remembered !== undefined) return remembered;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second: seconds = 0 } = parts;
  const wall = Date.UTC(year, month - 1, day, hour, minute, seconds);
  if (known.size >= MAX_READINGS_PER_ZONE) known.clear();
  known.set(second, wall);
  return wall;
}

/** Minutes east of UTC for a zone at an instant; `Intl` knows every DST rule, so no table here. */
function offsetAt(formatter: Intl.DateTimeFormat, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000; // the formatter drops milliseconds
  return Math.round((wallMillis(formatter, whole) - whole) / MINUTE);
}

/**
 * The UTC instant of a wall-clock date and time in a zone.
 *
 * Around a DST switch a wall time can be missing (spring: 02:30 in Berlin) or occur twice
 * (autumn: 02:30 in Berlin). Like Temporal's `compatible` choice, a missing time moves forward
 * by the gap (02:30 → 03:30 summer time) and a repeated one takes the earlier (summer) reading,
 * so a person always gets a meeting and never one an hour before what they typed.
 */
export function toInstant(wall: WallClock): Result<Date, LocalTimeFailure> {
  const formatter = formatterFor(wall.timeZone);
  if (!formatter || wall.timeZone.trim() === '') return fail('invalid-time-zone');
  if (!isCalendarDate(wall.date)) return fail('invalid-date');
  const time = WALL_TIME.exec(wall.time);
  if (!time) return fail('invalid-time');
  const [year, month, day] = wall.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, Number(time[1]), Number(time[2]));
  // Zones change offset at most once a day, so the offsets a day either side are the only candidates.
  const before = offsetAt(formatter, asUtc - DAY);
  const after = offsetAt(formatter, asUtc + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => wallMillis(formatter, instant) === asUtc)
    .sort((a, b) => a - b);
  // No candidate reads back as typed: the time fell into a spring gap; the old offset moves it forward.
  return ok(new Date(candidates[0] ?? asUtc - before * MINUTE));
}

/** How an instant reads on the wall clock of a zone (minutes precision). */
export function toWallClock(instant: Date, timeZone: string): Result<LocalReading, LocalTimeFailure> {
  const formatter = formatterFor(timeZone);
  if (!formatter || timeZone.trim() === '') return fail('invalid-time-zone');
  if (Number.isNaN(instant.getTime())) return fail('invalid-date');
  const wall = new Date(wallMillis(formatter, instant.getTime()));
  const iso = wall.toISOString();
  return ok({
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    timeZone,
    weekday: wall.getUTCDay(),
    offsetMinutes: offsetAt(formatter, instant.getTime()),
  });
}
