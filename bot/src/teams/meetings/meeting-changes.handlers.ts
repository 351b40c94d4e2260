import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Meeting } from '../../domain/meetings';
import type { Profile } from '../../domain/participant/profile';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { tenantOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { failureText, meetingCardFor, meetingRef, type MeetingFeatureDeps } from './meeting-feature';

const rescheduleData = meetingRef.extend({ date: z.string().max(20), time: z.string().max(10), moveReason: z.string().max(300).optional() });

/** Moving and cancelling from the meeting card (both record who did it and why), and adding the join link. */
export function registerMeetingChanges(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  app.adaptiveCards.actionExecute(Verbs.cancelMeeting, async (context, _state, raw) => {
    const ref = parseCardData(meetingRef, raw);
    if (!ref) return translatorFor(context)('errors.invalidCardData');
    const actor = await actorOf(context);
    const cancelled = await deps.meetings.cancel(actor, ref.programmeId, ref.pairId, ref.meetingId, ref.reason || undefined);
    if (!cancelled.ok) return failureText(context, cancelled.reason);
    await withdrawPolls(deps, cancelled.value);
    return render(deps, context, cancelled.value, actor.displayName);
  });

  app.adaptiveCards.actionExecute(Verbs.rescheduleMeeting, async (context, _state, raw) => {
    const ref = parseCardData(rescheduleData, raw);
    if (!ref) return translatorFor(context)('errors.invalidCardData');
    const actor = await actorOf(context);
    const me = (await pairView(deps, actor.tenantId, ref.programmeId, ref.pairId)).people.find((p) => p.aadObjectId === actor.aadObjectId);
    if (!me) return failureText(context, 'not-your-pair');
    const moved = await deps.meetings.reschedule(actor, ref.programmeId, ref.pairId, ref.meetingId, { date: ref.date, time: ref.time, timeZone: me.timeZone }, ref.moveReason || undefined);
    if (!moved.ok) return failureText(context, moved.reason === 'invalid-input' ? 'invalid-time' : moved.reason);
    return render(deps, context, moved.value);
  });

  app.adaptiveCards.actionExecute(Verbs.setJoinLink, async (context, _state, raw) => {
    const ref = parseCardData(meetingRef.extend({ joinUrl: z.string().max(2100) }), raw);
    if (!ref) return translatorFor(context)('errors.invalidCardData');
    const linked = await deps.meetings.setJoinLink(await actorOf(context), ref.programmeId, ref.pairId, ref.meetingId, ref.joinUrl);
    if (!linked.ok) return failureText(context, linked.reason === 'invalid-input' ? 'invalid-join-link' : linked.reason);
    return render(deps, context, linked.value);
  });
}

/** Closes the cancelled meeting's open poll. If that fails the meeting stays cancelled and the failure is logged: the person asked to cancel, and that worked. */
async function withdrawPolls(deps: MeetingFeatureDeps, meeting: Meeting): Promise<void> {
  try {
    for (const withdrawn of await deps.polls.withdrawForMeeting(meeting.programmeId, meeting.pairId, meeting.id)) deps.pollMessages.refresh(withdrawn.poll);
  } catch (error) {
    deps.logger.warn({ err: error, meetingId: meeting.id }, 'the cancelled meeting\'s poll could not be closed');
  }
}

async function render(deps: MeetingFeatureDeps, context: TurnContext, meeting: Meeting, cancelledBy?: string) {
  const { people, target } = await pairView(deps, tenantOf(context), meeting.programmeId, meeting.pairId);
  return meetingCardFor(deps, context, { meeting, target: target ?? meeting.number, people, cancelledBy });
}

/** Both people of the pair and the programme's meetings target, in one read of the pair. */
async function pairView(deps: MeetingFeatureDeps, tenantId: string, programmeId: string, pairId: string): Promise<{ people: Profile[]; target?: number }> {
  const full = await deps.matching.pairWithPeople(tenantId, programmeId, pairId);
  return { people: [full?.mentor, full?.mentee].filter((p): p is Profile => Boolean(p)), target: full?.programme?.meetingsTarget };
}
