import type { DueEntry } from './reminders';

const HOUR = 3_600_000;

/**
 * How far back a tick looks when it has no last tick or was down for long. Two days covers
 * the default 24 h lead with room; anything due earlier is for a meeting already past (late).
 * Keep it at least the programme's longest lead in hours, or catch-up misses reminders.
 */
export const DEFAULT_MAX_CATCH_UP_HOURS = 48;

/** The hour partition of an instant, `yyyyMMddHH` in UTC: `2027-03-01T10:15Z` → `2027030110`. */
export function hourPartitionOf(instant: Date): string {
  return instant.toISOString().slice(0, 13).replace(/[-T]/g, '');
}

/**
 * The row key of a due entry within its hour: `dueAt|meetingId|revision|tag`, where dueAt is
 * the UTC ISO instant and tag is `r<lead minutes>` (`b<lead minutes>` for a briefing) or the kind (`check-in`, `poll-open`, `poll-close`). Due time first, so a tick can
 * read "due by now" in the current hour with one range condition; revision and tag keep the
 * key unique when a meeting returns to an earlier time or has several leads.
 * Meeting ids must not contain `|` or the characters Table Storage forbids in keys (`/ \ # ?`).
 */
export function dueRowKey(due: DueEntry): string {
  const tag =
    due.kind === 'reminder'
      ? `r${due.leadMinutes ?? 0}`
      : due.kind === 'briefing-reminder'
        ? `b${due.leadMinutes ?? 0}`
        : due.kind;
  return `${due.dueAt}|${due.meetingId}|${due.revision}|${tag}`;
}

/**
 * An exclusive upper bound for row keys due at or before `now`: `RowKey lt bound`.
 * `}` sorts right after `|`, so every key whose due time equals `now` is included.
 */
export function dueRowKeyBound(now: Date): string {
  return `${now.toISOString()}}`;
}

/**
 * The hour partitions a tick must read, oldest first: from the last tick's hour (entries due
 * later in that hour were not yet due then) to the current one. Without a last tick (first
 * start) or after long downtime it looks back at most `maxHours`, so a restart costs a bounded
 * number of reads whatever is stored.
 */
export function dueHourPartitions(
  lastTick: Date | undefined,
  now: Date,
  maxHours: number = DEFAULT_MAX_CATCH_UP_HOURS,
): string[] {
  const current = Math.floor(now.getTime() / HOUR);
  const oldestAllowed = current - Math.max(1, Math.floor(maxHours)) + 1;
  const last = lastTick ? Math.floor(lastTick.getTime() / HOUR) : oldestAllowed;
  const from = Math.min(current, Math.max(oldestAllowed, last)); // a last tick ahead of now (clock skew) reads just this hour
  const partitions: string[] = [];
  for (let hour = from; hour <= current; hour += 1) partitions.push(hourPartitionOf(new Date(hour * HOUR)));
  return partitions;
}
