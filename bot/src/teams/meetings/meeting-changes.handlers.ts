import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { Meeting } from '../../domain/meetings';
import type { Result } from '../../domain/result';
import type { Actor } from '../../services/versioned';
import { refuse, type CardActionHandler } from '../cards/card-action';
import { asPairMember } from '../pair-member';
import { Verbs } from '../verbs';
import { meetingActions, meetingRef, type MeetingFeatureDeps, type MeetingRefusal } from './meeting-feature';

const rescheduleData = meetingRef.extend({
  date: z.string().max(20),
  time: z.string().max(10),
  moveReason: z.string().max(300).optional(),
});
const joinLinkData = meetingRef.extend({ joinUrl: z.string().max(2100) });

/**
 * Moving and cancelling from the meeting card (both record who did it and why), and adding the
 * join link. The one who acted gets their own view at once; the chat's message follows the
 * meeting for both (see MeetingMessages).
 */
export function registerMeetingChanges(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  const on = meetingActions(app, deps);
  on(
    Verbs.cancelMeeting,
    meetingRef,
    change(deps, async (actor, ref) => {
      const cancelled = await deps.meetings.cancel(
        actor,
        ref.programmeId,
        ref.pairId,
        ref.meetingId,
        ref.reason || undefined,
      );
      if (cancelled.ok) await withdrawPolls(deps, cancelled.value);
      return cancelled;
    }),
  );

  on(
    Verbs.rescheduleMeeting,
    rescheduleData,
    change(deps, async (actor, ref, timeZone) => {
      const moved = await deps.meetings.reschedule(
        actor,
        ref.programmeId,
        ref.pairId,
        ref.meetingId,
        { date: ref.date, time: ref.time, timeZone },
        ref.moveReason || undefined,
      );
      return moved.ok || moved.reason !== 'invalid-input'
        ? moved
        : { ok: false as const, reason: 'invalid-time' as const };
    }),
  );

  on(
    Verbs.setJoinLink,
    joinLinkData,
    change(deps, async (actor, ref) => {
      const linked = await deps.meetings.setJoinLink(actor, ref.programmeId, ref.pairId, ref.meetingId, ref.joinUrl);
      return linked.ok || linked.reason !== 'invalid-input'
        ? linked
        : { ok: false as const, reason: 'invalid-join-link' as const };
    }),
  );
}

/** One change from the meeting card: as a member, act, answer with the actor's own view of the meeting. */
function change<T extends z.infer<typeof meetingRef>>(
  deps: MeetingFeatureDeps,
  act: (actor: Actor, data: T, timeZone: string) => Promise<Result<Meeting, MeetingRefusal>>,
): CardActionHandler<T, MeetingRefusal> {
  return asPairMember(deps.matching, async ({ data }, member) => {
    const result = await act(member.actor, data, member.me.timeZone);
    return result.ok ? deps.meetingMessages.cardFor(member.full, result.value, member.me) : refuse(result.reason);
  });
}

/** Closes the cancelled meeting's open poll. If that fails the meeting stays cancelled and the failure is logged: the person asked to cancel, and that worked. */
async function withdrawPolls(deps: MeetingFeatureDeps, meeting: Meeting): Promise<void> {
  try {
    for (const withdrawn of await deps.polls.withdrawForMeeting(meeting.programmeId, meeting.pairId, meeting.id))
      deps.pollMessages.refresh(withdrawn.poll);
  } catch (error) {
    deps.logger.warn({ err: error, meetingId: meeting.id }, "the cancelled meeting's poll could not be closed");
  }
}
