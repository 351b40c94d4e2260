import { fail, ok, type Result } from '../result';
import { endOf, nextMeetingNumber, overlappingMeeting, type Meeting, type ProgrammeFrame } from './meeting';
import { checkStart, parseMeetingForm, type StartFailure } from './meeting-form';

/** What the service knows when someone submits the meeting card. */
export interface ScheduleContext {
  /** A fresh id from the service (the domain has no randomness). */
  meetingId: string;
  programme: ProgrammeFrame;
  pairId: string;
  /** The pair's meetings so far, to number the new one. */
  existing: readonly Meeting[];
  /** AAD object id of the person scheduling; the service checks they belong to the pair. */
  by: string;
  now: Date;
  /**
   * The number the submitted form was made for. A form left open while the partner planned
   * that meeting must not book the next one by surprise.
   */
  formNumber?: number;
}

/**
 * Why a meeting could not be scheduled: `target-reached` when all meetings are held or planned,
 * `already-planned` when the form's meeting was planned meanwhile, `overlaps` when the pair
 * already meets at that time.
 */
export type ScheduleFailure = StartFailure | 'target-reached' | 'already-planned' | 'overlaps';

/**
 * A new planned meeting from the card's inputs (strings are fine: they are parsed here).
 * Field problems come first, all at once, so the card can mark every field in one go;
 * then the start is checked against now and the programme's end.
 */
export function scheduleMeeting(input: unknown, ctx: ScheduleContext): Result<Meeting, ScheduleFailure> {
  const form = parseMeetingForm(input);
  if (!form.ok) return form;
  const number = nextMeetingNumber(ctx.existing);
  if (ctx.formNumber !== undefined && ctx.formNumber !== number) return fail('already-planned');
  if (number > ctx.programme.meetingsTarget) return fail('target-reached');
  const start = checkStart(form.value, ctx.now, ctx.programme.endDate);
  if (!start.ok) return start;
  const { durationMinutes, format, place, note, timeZone } = form.value;
  if (overlappingMeeting(ctx.existing, start.value.toISOString(), endOf(start.value, durationMinutes)))
    return fail('overlaps', [{ field: 'time', code: 'overlaps' }]);
  return ok({
    id: ctx.meetingId,
    programmeId: ctx.programme.id,
    pairId: ctx.pairId,
    number,
    startsAt: start.value.toISOString(),
    endsAt: endOf(start.value, durationMinutes),
    durationMinutes,
    timeZone,
    format,
    ...(place ? { place } : {}),
    ...(note ? { note } : {}),
    status: 'planned',
    history: [],
    createdBy: ctx.by,
    createdAt: ctx.now.toISOString(),
  });
}
