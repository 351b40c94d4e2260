import type { CalendarDate } from '../calendar-date';
import type { Language } from '../language';

/** The formats a meeting can have (unlike a profile's preference, there is no `either`). */
export const MEETING_FORMATS = ['online', 'in-person'] as const;
/** How a meeting happens; in person needs a place. */
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/**
 * Where a meeting stands. `moved` and `cancelled` are final: the pair schedules a new meeting,
 * so each record tells one story (planned → held, or planned → not held and why).
 */
export type MeetingStatus = 'planned' | 'held' | 'cancelled' | 'moved';

/** One change someone made to a meeting; the momentum guard reads who keeps moving meetings. */
export interface MeetingChange {
  kind: 'reschedule' | 'cancel';
  /** AAD object id of the person who made the change. */
  by: string;
  /** UTC ISO instant of the change. */
  at: string;
  reason?: string;
  /** The start before a reschedule (UTC ISO). */
  from?: string;
  /** The start after a reschedule; absent when the check-in said "moved" without a new time. */
  to?: string;
  /** True when the change came from the after-meeting check-in rather than the meeting card. */
  viaCheckIn?: boolean;
}

/** The answer to "did it take place?". */
export interface CheckIn {
  outcome: 'held' | 'moved' | 'cancelled';
  by: string;
  at: string;
}

/**
 * What a meeting is about: a catalogue topic (its names kept as they were when decided) or a
 * question the pair typed in, which reads the same in both languages. Not part of
 * {@link meetingRevision}: a new topic must not void the meeting's reminders.
 */
export interface Agenda {
  topicKey?: string;
  titles: Record<Language, string>;
  /** The poll that decided it; absent for a change on the spot. */
  pollId?: string;
  /** AAD object id of who set it, or `auto` for a poll closed at its time. */
  setBy: string;
  at: string;
}

/** A meeting of a pair, stored in UTC. */
export interface Meeting {
  id: string;
  programmeId: string;
  pairId: string;
  /** 1 … the programme's meetings target, in the order the pair scheduled them. */
  number: number;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  /** The zone the time was entered in; the next-date suggestion keeps that wall-clock time. */
  timeZone: string;
  format: MeetingFormat;
  place?: string;
  note?: string;
  status: MeetingStatus;
  /** The topic, once a poll (or the pair, on the spot) decided it. */
  agenda?: Agenda;
  /** Earlier agendas of this meeting, oldest first: what was planned before a change. */
  agendaHistory?: Agenda[];
  /** The online meeting's join link, once one of the pair created the Teams meeting and pasted it. */
  joinUrl?: string;
  history: MeetingChange[];
  checkIn?: CheckIn;
  /** The pair chat's message that shows this meeting (Teams activity id), kept current on every change. */
  messageId?: string;
  createdBy: string;
  createdAt: string;
}

/** Limits of what people type on the meeting card, named in the error messages. */
export const MEETING_LIMITS = {
  durationMin: 15,
  durationMax: 240,
  durationDefault: 60,
  placeMax: 200,
  noteMax: 500,
  reasonMax: 300,
  joinUrlMax: 2000,
} as const;

/** The programme facts scheduling needs. */
export interface ProgrammeFrame {
  id: string;
  endDate: CalendarDate;
  meetingsTarget: number;
}

/**
 * The number the next meeting gets: one more than those held or still planned, so a
 * cancelled or moved meeting frees its number for the meeting that replaces it.
 */
export function nextMeetingNumber(meetings: readonly Meeting[]): number {
  return meetings.filter((m) => m.status === 'held' || m.status === 'planned').length + 1;
}

/** How many meetings took place. */
export function heldCount(meetings: readonly Meeting[]): number {
  return meetings.filter((m) => m.status === 'held').length;
}

/**
 * A change to the schedule that reminders were computed for. Reminders carry it, so one
 * written before a reschedule is recognised as stale even if the meeting returns to its old time.
 */
export function meetingRevision(meeting: Meeting): number {
  return meeting.history.length;
}

/**
 * The pair's planned meeting that would overlap `[startsAt, endsAt)`, if any (`exceptId`, the
 * meeting being moved, does not count): two meetings of one pair never overlap.
 */
export function overlappingMeeting(
  meetings: readonly Meeting[],
  startsAt: string,
  endsAt: string,
  exceptId?: string,
): Meeting | undefined {
  const [start, end] = [Date.parse(startsAt), Date.parse(endsAt)];
  return meetings.find(
    (m) => m.status === 'planned' && m.id !== exceptId && Date.parse(m.startsAt) < end && start < Date.parse(m.endsAt),
  );
}

/** A meeting's end for a start and duration, as UTC ISO. */
export function endOf(startsAt: Date, durationMinutes: number): string {
  return new Date(startsAt.getTime() + durationMinutes * 60_000).toISOString();
}
