import type { Clock } from '../../domain/clock';
import type { CheckInFailure, MeetingChangeFailure } from '../../domain/meetings/meeting-changes';
import type { ScheduleFailure } from '../../domain/meetings/schedule-meeting';
import {
  cancel,
  markHeld,
  markNotHeld,
  nextMeetingNumber,
  planNextMeeting,
  reschedule,
  scheduleMeeting,
  setJoinUrl,
  type Meeting,
  type NextMeetingPlan,
} from '../../domain/meetings';
import type { AvailabilitySlot } from '../../domain/participant/availability';
import type { Programme } from '../../domain/programme/programme';
import { checkInFor, remindersFor, type DueEntry } from '../../domain/meetings/reminders';
import { pollEntriesFor, pollSettingsOf } from '../../domain/polls';
import { fail, ok, type Result } from '../../domain/result';
import type { PairRepository } from '../matching/pairing-repositories';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';
import type { DueIndex, MeetingRepository } from './meeting-ports';
import { changeMeeting } from './meeting-update';
import { memberPairContext } from './pair-context';

/** Every reason a meeting use case refuses: the pair's, the domain's, and a write that lost a race. */
export type MeetingServiceFailure =
  'not-found' | 'not-your-pair' | 'busy' | ScheduleFailure | MeetingChangeFailure | CheckInFailure;

/** The pair's meeting use cases; only the two members of a confirmed pair may act. */
export class MeetingService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly pairs: PairRepository,
    private readonly meetings: MeetingRepository,
    private readonly dueIndex: DueIndex,
    private readonly clock: Clock,
    /** The id for a seed: the same seed gives the same id, so one press sent twice books one meeting. */
    private readonly idFor: (seed: string) => string,
  ) {}

  /** Schedules the pair's next meeting and files its reminders and check-in in the due index. */
  async schedule(
    actor: Actor,
    programmeId: string,
    pairId: string,
    input: unknown,
    formNumber?: number,
  ): Promise<Result<Meeting, MeetingServiceFailure>> {
    const context = await this.pairContext(actor, programmeId, pairId);
    if (!context.ok) return context;
    const existing = (await this.meetings.list(programmeId, pairId)).map((m) => m.value);
    const now = this.clock.now();
    // The n-th attempt at meeting number k of this pair: a double click (or Teams retrying) names the same row.
    const number = nextMeetingNumber(existing);
    const meetingId = this.idFor(
      `${programmeId}|${pairId}|${number}|${existing.filter((m) => m.number === number).length}`,
    );
    const meeting = scheduleMeeting(input, {
      meetingId,
      programme: context.value.programme,
      pairId,
      existing,
      by: actor.aadObjectId,
      now,
      formNumber,
    });
    if (!meeting.ok) return meeting;
    if ((await this.meetings.create(meeting.value)) !== 'created') return this.twinOf(meeting.value);
    await this.dueIndex.add(dueEntriesOf(meeting.value, context.value.programme, now));
    return meeting;
  }

  /**
   * The create found the row already there: the same press arrived twice (same person, same
   * time), which is the meeting it booked; or the partner booked that meeting a moment earlier.
   */
  private async twinOf(attempted: Meeting): Promise<Result<Meeting, MeetingServiceFailure>> {
    const found = (await this.meetings.get(attempted.programmeId, attempted.pairId, attempted.id))?.value;
    if (found && found.createdBy === attempted.createdBy && found.startsAt === attempted.startsAt) return ok(found);
    return fail('already-planned');
  }

  /** Moves a planned meeting (the new time in the mover's time zone) and files new reminders; the old ones become void. */
  async reschedule(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
    to: { date: string; time: string; timeZone: string },
    reason?: string,
  ): Promise<Result<Meeting, MeetingServiceFailure>> {
    const context = await this.pairContext(actor, programmeId, pairId);
    if (!context.ok) return context;
    const found = await this.meetings.get(programmeId, pairId, meetingId);
    if (!found) return fail('not-found');
    const now = this.clock.now();
    const pairMeetings = (await this.meetings.list(programmeId, pairId)).map((m) => m.value);
    const moved = reschedule(found.value, to, actor.aadObjectId, reason, {
      now,
      programmeEndDate: context.value.programme.endDate,
      pairMeetings,
    });
    if (!moved.ok) return moved;
    if ((await this.meetings.update(moved.value, found.etag)) !== 'written') return fail('busy');
    // The old time's entries go now rather than coming due as void; the new time's are filed.
    await this.dueIndex.remove(dueEntriesOf(found.value, context.value.programme, filedAt(found.value)));
    await this.dueIndex.add(dueEntriesOf(moved.value, context.value.programme, now));
    return moved;
  }

  /** Cancels a planned meeting; its reminders become void because the meeting changed. */
  async cancel(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
    reason?: string,
  ): Promise<Result<Meeting, MeetingServiceFailure>> {
    return this.changeAsMember(
      actor,
      { programmeId, pairId, meetingId },
      (meeting, now) => cancel(meeting, actor.aadObjectId, reason, now),
      // Its reminders, check-in and poll times go with it, instead of coming due as void.
      (before, programme) => this.dueIndex.remove(dueEntriesOf(before, programme, filedAt(before))),
    );
  }

  /** Stores the join link of a planned meeting (pasted by either member). */
  async setJoinLink(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
    url: string,
  ): Promise<Result<Meeting, MeetingServiceFailure>> {
    return this.changeAsMember(actor, { programmeId, pairId, meetingId }, (meeting) => setJoinUrl(meeting, url));
  }

  /**
   * The held or planned meeting with this number, for a member: what a stale form for that
   * number is answered with.
   */
  async numbered(actor: Actor, programmeId: string, pairId: string, number: number): Promise<Meeting | undefined> {
    const context = await this.pairContext(actor, programmeId, pairId);
    if (!context.ok) return undefined;
    return (await this.meetings.list(programmeId, pairId))
      .map((m) => m.value)
      .find((m) => m.number === number && (m.status === 'planned' || m.status === 'held'));
  }

  /** Remembers the pair chat's message that shows the meeting, so later changes update it for both. */
  async rememberMessage(meeting: Meeting, messageId: string): Promise<void> {
    await changeMeeting(
      this.meetings,
      { programmeId: meeting.programmeId, pairId: meeting.pairId, meetingId: meeting.id },
      (found) => (found.messageId === messageId ? found : { ...found, messageId }),
    );
  }

  /** The number the next meeting would get and the programme's target, for the form's title. */
  async nextNumber(
    actor: Actor,
    programmeId: string,
    pairId: string,
  ): Promise<Result<{ number: number; target: number }, MeetingServiceFailure>> {
    const context = await this.pairContext(actor, programmeId, pairId);
    if (!context.ok) return context;
    const existing = (await this.meetings.list(programmeId, pairId)).map((m) => m.value);
    return ok({ number: nextMeetingNumber(existing), target: context.value.programme.meetingsTarget });
  }

  /** The check-in answer after the planned end: held, moved or cancelled (first answer counts). */
  async checkIn(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
    outcome: 'held' | 'moved' | 'cancelled',
  ): Promise<Result<Meeting, MeetingServiceFailure>> {
    return this.changeAsMember(actor, { programmeId, pairId, meetingId }, (meeting, now) =>
      outcome === 'held'
        ? markHeld(meeting, actor.aadObjectId, now)
        : markNotHeld(meeting, outcome, actor.aadObjectId, now),
    );
  }

  /**
   * The plan for the pair's next meeting (rhythm and a suggested date in `timeZone`), or nothing
   * when the target is reached or no date fits. Callers have already checked who is asking.
   */
  async plan(
    tenantId: string,
    programmeId: string,
    pairId: string,
    frame: { timeZone: string; sharedSlots: readonly AvailabilitySlot[] },
  ): Promise<NextMeetingPlan | undefined> {
    const [programme, meetings] = await Promise.all([
      this.programmes.get(tenantId, programmeId),
      this.meetings.list(programmeId, pairId),
    ]);
    if (!programme) return undefined;
    const { meetingsTarget, endDate } = programme.value;
    return planNextMeeting({
      meetings: meetings.map((m) => m.value),
      meetingsTarget,
      programmeEndDate: endDate,
      ...frame,
      now: this.clock.now(),
    });
  }

  /** A meeting, if its pair belongs to this tenant (for links that name the meeting). */
  async meetingOfTenant(
    tenantId: string,
    programmeId: string,
    pairId: string,
    meetingId: string,
  ): Promise<Meeting | undefined> {
    const pair = await this.pairs.get(programmeId, pairId);
    return pair?.value.tenantId === tenantId ? this.meeting(programmeId, pairId, meetingId) : undefined;
  }

  /** A meeting as stored, for the scheduler's verdict. */
  async meeting(programmeId: string, pairId: string, meetingId: string): Promise<Meeting | undefined> {
    return (await this.meetings.get(programmeId, pairId, meetingId))?.value;
  }

  /**
   * One member's change of one meeting: only a member of the pair, only a meeting that exists,
   * written under its ETag (a change that raced another is refused as `busy`, not lost).
   */
  private async changeAsMember<F extends MeetingServiceFailure>(
    actor: Actor,
    ref: { programmeId: string; pairId: string; meetingId: string },
    apply: (meeting: Meeting, now: Date) => Result<Meeting, F>,
    afterWrite?: (before: Meeting, programme: Programme) => Promise<void>,
  ): Promise<Result<Meeting, MeetingServiceFailure>> {
    const context = await this.pairContext(actor, ref.programmeId, ref.pairId);
    if (!context.ok) return context;
    const found = await this.meetings.get(ref.programmeId, ref.pairId, ref.meetingId);
    if (!found) return fail('not-found');
    const changed = apply(found.value, this.clock.now());
    if (!changed.ok) return changed;
    if ((await this.meetings.update(changed.value, found.etag)) !== 'written') return fail('busy');
    await afterWrite?.(found.value, context.value.programme);
    return changed;
  }

  private async pairContext(actor: Actor, programmeId: string, pairId: string) {
    return memberPairContext(this.programmes, this.pairs, actor, programmeId, pairId);
  }
}

/**
 * What a planned meeting files in the due index at `now`: reminders at the programme's leads still
 * ahead, the check-in, and the poll's opening (at once when its time has passed) and closing.
 */
function dueEntriesOf(meeting: Meeting, programme: Programme, now: Date): DueEntry[] {
  return [
    ...remindersFor(meeting, now, programme.reminderLeadsMinutes),
    checkInFor(meeting),
    ...pollEntriesFor(meeting, now, pollSettingsOf(programme)),
  ];
}

/**
 * When a meeting's current due entries were filed: when it was last moved, else when it was
 * planned. Computed at that moment again, they have the same keys, so they can be removed.
 */
function filedAt(meeting: Meeting): Date {
  const moved = meeting.history.filter((change) => change.kind === 'reschedule').at(-1);
  return new Date(moved?.at ?? meeting.createdAt);
}
