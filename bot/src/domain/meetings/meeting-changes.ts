import { cleanTypedText, linkProblem } from '../text';
import type { CalendarDate } from '../calendar-date';
import { fail, ok, type Result } from '../result';
import type { WallClock } from './local-time';
import { endOf, MEETING_LIMITS, overlappingMeeting, type Agenda, type Meeting, type MeetingChange } from './meeting';
import { checkStart, type StartFailure } from './meeting-form';

/** The clock and the programme's last day, which every move is checked against. */
export interface ChangeContext {
  now: Date;
  programmeEndDate: CalendarDate;
  /** The pair's other meetings: a move must not land on one of them. */
  pairMeetings?: readonly Meeting[];
}

/** Why a reschedule was refused; only planned meetings move. */
export type MeetingChangeFailure = StartFailure | 'not-planned' | 'same-time' | 'overlaps';
/** Why a check-in answer was refused; the second answer of a pair gets `already-checked-in`. */
export type CheckInFailure = 'already-checked-in' | 'not-started-yet';

/** A trimmed optional reason, or the field issue when it is too long. */
function cleanReason(reason: string | undefined): Result<string | undefined, 'invalid-input'> {
  const why = cleanTypedText(reason ?? '').trim();
  if (why.length > MEETING_LIMITS.reasonMax)
    return fail('invalid-input', [{ field: 'reason', code: 'too-long', limit: MEETING_LIMITS.reasonMax }]);
  return ok(why || undefined);
}

function change(
  kind: MeetingChange['kind'],
  by: string,
  now: Date,
  reason: string | undefined,
  extra: Partial<MeetingChange> = {},
): MeetingChange {
  return { kind, by, at: now.toISOString(), ...(reason ? { reason } : {}), ...extra };
}

/**
 * Moves a planned meeting to a new wall-clock start (same duration), recording who and why.
 * Moving to the very same instant is refused, so a double submit is not counted against anyone.
 */
export function reschedule(
  meeting: Meeting,
  newStart: WallClock,
  by: string,
  reason: string | undefined,
  ctx: ChangeContext,
): Result<Meeting, MeetingChangeFailure> {
  if (meeting.status !== 'planned') return fail('not-planned');
  const why = cleanReason(reason);
  if (!why.ok) return why;
  const start = checkStart(newStart, ctx.now, ctx.programmeEndDate);
  if (!start.ok) return start;
  const startsAt = start.value.toISOString();
  if (startsAt === meeting.startsAt) return fail('same-time');
  const endsAt = endOf(start.value, meeting.durationMinutes);
  if (overlappingMeeting(ctx.pairMeetings ?? [], startsAt, endsAt, meeting.id))
    return fail('overlaps', [{ field: 'time', code: 'overlaps' }]);
  return ok({
    ...meeting,
    startsAt,
    endsAt,
    timeZone: newStart.timeZone,
    history: [
      ...meeting.history,
      change('reschedule', by, ctx.now, why.value, { from: meeting.startsAt, to: startsAt }),
    ],
  });
}

/** Cancels a planned meeting, recording who and why; its number is free for the next one. */
export function cancel(
  meeting: Meeting,
  by: string,
  reason: string | undefined,
  now: Date,
): Result<Meeting, 'not-planned' | 'invalid-input'> {
  if (meeting.status !== 'planned') return fail('not-planned');
  const why = cleanReason(reason);
  if (!why.ok) return why;
  return ok({ ...meeting, status: 'cancelled', history: [...meeting.history, change('cancel', by, now, why.value)] });
}

/**
 * The check-in's "yes": the meeting counts as held. Only once it has started, and only once:
 * both people see the same check-in card, and the second press must not count twice.
 */
export function markHeld(meeting: Meeting, by: string, now: Date): Result<Meeting, CheckInFailure> {
  const refused = checkInRefusal(meeting, now);
  if (refused) return fail(refused);
  return ok({ ...meeting, status: 'held', checkIn: { outcome: 'held', by, at: now.toISOString() } });
}

/**
 * The check-in's "moved" or "cancelled": the meeting did not take place. It is recorded as a
 * change by the person who answered, so the momentum guard sees it like a cancel on the card.
 */
export function markNotHeld(
  meeting: Meeting,
  outcome: 'moved' | 'cancelled',
  by: string,
  now: Date,
): Result<Meeting, CheckInFailure> {
  const refused = checkInRefusal(meeting, now);
  if (refused) return fail(refused);
  const kind = outcome === 'moved' ? 'reschedule' : 'cancel';
  return ok({
    ...meeting,
    status: outcome,
    checkIn: { outcome, by, at: now.toISOString() },
    history: [...meeting.history, change(kind, by, now, undefined, { viaCheckIn: true })],
  });
}

function checkInRefusal(meeting: Meeting, now: Date): CheckInFailure | undefined {
  if (meeting.status !== 'planned') return 'already-checked-in';
  if (now.getTime() < Date.parse(meeting.startsAt)) return 'not-started-yet';
  return undefined;
}

/**
 * Sets the agenda, as decided by a poll or changed on the spot; the agenda it replaces goes
 * to the history, so the journey can tell what was planned from what was discussed.
 * Setting the same topic again (a retried invoke) changes nothing.
 */
export function setAgenda(meeting: Meeting, agenda: Agenda): Meeting {
  const current = meeting.agenda;
  if (current && sameTopic(current, agenda)) return meeting;
  return {
    ...meeting,
    agenda,
    agendaHistory: current ? [...(meeting.agendaHistory ?? []), current] : (meeting.agendaHistory ?? []),
  };
}

function sameTopic(a: Agenda, b: Agenda): boolean {
  return (
    a.topicKey === b.topicKey && a.titles.en === b.titles.en && a.titles.de === b.titles.de && a.pollId === b.pollId
  );
}

/**
 * Stores the join link someone pasted after creating the Teams meeting (any https link: some
 * pairs meet on another platform). It does not change the schedule, so reminders stay valid
 * and carry the link from now on.
 */
export function setJoinUrl(meeting: Meeting, url: string): Result<Meeting, 'not-planned' | 'invalid-input'> {
  if (meeting.status !== 'planned') return fail('not-planned');
  const trimmed = url.trim();
  const problem = linkProblem(url) ?? (trimmed.length > MEETING_LIMITS.joinUrlMax ? 'invalid' : undefined);
  if (problem) return fail('invalid-input', [{ field: 'joinUrl', code: problem }]);
  return ok({ ...meeting, joinUrl: trimmed });
}

/** Whether a meeting id from a card really belongs to the pair acting on it (tampered ids). */
export function belongsTo(meeting: Meeting, programmeId: string, pairId: string): boolean {
  return meeting.programmeId === programmeId && meeting.pairId === pairId;
}
