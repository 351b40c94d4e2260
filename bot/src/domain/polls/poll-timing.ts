import type { Meeting } from '../meetings/meeting';
import { meetingRevision } from '../meetings/meeting';
import type { DueEntry } from '../meetings/reminders';
import { DEFAULT_POLL_SETTINGS, type PollSettings } from './poll';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** When the automatic poll opens and closes for a meeting (UTC instants). */
export function pollWindow(
  meeting: Meeting,
  settings: PollSettings = DEFAULT_POLL_SETTINGS,
): { opensAt: number; closesAt: number } {
  const start = Date.parse(meeting.startsAt);
  return { opensAt: start - settings.openDaysBefore * DAY, closesAt: start - settings.closeHoursBefore * HOUR };
}

/**
 * The due-index entries of a planned meeting's automatic poll: it opens N days before (at once
 * when the meeting is closer than that) and closes H hours before. None when the close time has
 * already passed: a poll that closes as it opens decides nothing.
 */
export function pollEntriesFor(
  meeting: Meeting,
  now: Date,
  settings: PollSettings = DEFAULT_POLL_SETTINGS,
): DueEntry[] {
  if (meeting.status !== 'planned') return [];
  const { opensAt, closesAt } = pollWindow(meeting, settings);
  if (closesAt <= now.getTime()) return [];
  const base = {
    programmeId: meeting.programmeId,
    pairId: meeting.pairId,
    meetingId: meeting.id,
    startsAt: meeting.startsAt,
    revision: meetingRevision(meeting),
  };
  return [
    { ...base, kind: 'poll-open', dueAt: new Date(Math.max(opensAt, now.getTime())).toISOString() },
    { ...base, kind: 'poll-close', dueAt: new Date(closesAt).toISOString() },
  ];
}
