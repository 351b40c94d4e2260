import { meetingRevision, type Meeting } from './meeting';

const MINUTE = 60_000;

/** Reminder lead times when the programme sets none: a day before and an hour before. */
export const DEFAULT_REMINDER_LEADS_MINUTES: readonly number[] = [24 * 60, 60];
/** The check-in comes shortly after the planned end, while the meeting is fresh. */
export const DEFAULT_CHECK_IN_DELAY_MINUTES = 15;
/** Limits for a programme's lead times: at least five minutes, at most a week, four at most. */
export const REMINDER_LEAD_LIMITS = { minMinutes: 5, maxMinutes: 7 * 24 * 60, maxCount: 4 } as const;

/**
 * Something the scheduler must do at a time: remind both people, or ask whether the meeting
 * took place. It carries the start and revision it was computed for, so a tick can tell a
 * stale entry (the meeting moved since) from a current one without any delete having happened.
 */
export interface DueEntry {
  /**
   * `poll-open` and `poll-close` run the meeting's automatic topic poll (see polls/poll-timing.ts);
   * `briefing-reminder` reminds those who accepted a briefing (see briefings/briefing-reminders.ts:
   * no pair, the briefing's id as `meetingId`).
   */
  kind: 'reminder' | 'check-in' | 'poll-open' | 'poll-close' | 'briefing-reminder';
  /** Briefing reminders only: a briefing is found by tenant and programme, and has no pair. */
  tenantId?: string;
  programmeId: string;
  pairId: string;
  meetingId: string;
  /** Minutes before the start; reminders (of meetings and briefings) only. */
  leadMinutes?: number;
  /** UTC ISO instant when it becomes due. */
  dueAt: string;
  /** The meeting's start when the entry was written (UTC ISO). */
  startsAt: string;
  /** {@link meetingRevision} when the entry was written. */
  revision: number;
}

/** True for lead times a programme may set (whole minutes, within the limits, not too many). */
export function areValidLeads(leads: readonly number[]): boolean {
  const { minMinutes, maxMinutes, maxCount } = REMINDER_LEAD_LIMITS;
  return (
    leads.length <= maxCount &&
    leads.every((lead) => Number.isInteger(lead) && lead >= minMinutes && lead <= maxMinutes)
  );
}

function entry(meeting: Meeting, kind: DueEntry['kind'], dueAt: number, leadMinutes?: number): DueEntry {
  const { programmeId, pairId, id: meetingId, startsAt } = meeting;
  const base = {
    kind,
    programmeId,
    pairId,
    meetingId,
    dueAt: new Date(dueAt).toISOString(),
    startsAt,
    revision: meetingRevision(meeting),
  };
  return leadMinutes === undefined ? base : { ...base, leadMinutes };
}

/**
 * The reminders to write for a planned meeting, earliest first. A reminder already due when
 * the meeting is (re)scheduled is left out: the confirmation card just told both people, and
 * "tomorrow at 10" arriving for a meeting in 30 minutes would be wrong.
 */
export function remindersFor(
  meeting: Meeting,
  now: Date,
  leadsMinutes: readonly number[] = DEFAULT_REMINDER_LEADS_MINUTES,
): DueEntry[] {
  if (meeting.status !== 'planned') return [];
  const start = Date.parse(meeting.startsAt);
  return [...new Set(leadsMinutes)]
    .sort((a, b) => b - a)
    .map((lead) => entry(meeting, 'reminder', start - lead * MINUTE, lead))
    .filter((reminder) => Date.parse(reminder.dueAt) > now.getTime());
}

/** The check-in for a planned meeting: a little after its planned end. */
export function checkInFor(meeting: Meeting, delayMinutes: number = DEFAULT_CHECK_IN_DELAY_MINUTES): DueEntry {
  return entry(meeting, 'check-in', Date.parse(meeting.endsAt) + delayMinutes * MINUTE);
}

/** What a tick does with a due entry it has read. */
export type DueVerdict = 'send' | 'void' | 'late';

/**
 * `void` when the meeting is gone, no longer planned (cancelled, moved, already checked in) or
 * was rescheduled after the entry was written; `late` for a reminder (or a poll opening) whose
 * meeting has already started (after downtime: skip and log); otherwise `send`. A check-in
 * or a poll close is never late.
 */
export function dueVerdict(due: DueEntry, meeting: Meeting | undefined, now: Date): DueVerdict {
  if (!meeting || meeting.id !== due.meetingId || meeting.status !== 'planned') return 'void';
  if (meeting.startsAt !== due.startsAt || meetingRevision(meeting) !== due.revision) return 'void';
  // A poll that would open once the meeting has started is pointless; a close still decides the topic.
  if ((due.kind === 'reminder' || due.kind === 'poll-open') && now.getTime() >= Date.parse(meeting.startsAt))
    return 'late';
  return 'send';
}

/** Whether the entry should still be sent now. */
export function isStillValid(due: DueEntry, meeting: Meeting | undefined, now: Date): boolean {
  return dueVerdict(due, meeting, now) === 'send';
}
