import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Meeting } from '../../domain/meetings';
import type { Profile } from '../../domain/participant/profile';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MeetingService } from '../../services/meetings/meeting-service';
import { actorOf } from '../actor';
import { parseCardData, programmeRef } from '../card-data';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { tenantOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { meetingCard, scheduleFormCard } from './meeting.cards';

export interface MeetingFeatureDeps {
  meetings: MeetingService;
  matching: MatchingService;
}

const pairRef = programmeRef.extend({ pairId: z.string().min(3).max(140) });
const meetingRef = pairRef.extend({ meetingId: z.string().uuid(), reason: z.string().max(300).optional() });
const checkInData = meetingRef.extend({ outcome: z.enum(['held', 'moved', 'cancelled']) });

/** `schedule`/`termin` in the pair chat, the meeting card, cancelling, and the check-in answer. */
export function registerMeetings(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  const failure = (context: TurnContext, reason: string) => translatorFor(context)(`meetings.failures.${reason}`, { defaultValue: translatorFor(context)('errors.turnFailed') });

  app.message(command('schedule'), async (context) => {
    const t = translatorFor(context);
    const found = await deps.matching.pairOfChat(tenantOf(context), context.activity.conversation.id);
    if (!found?.mentor || !found.mentee) return void (await context.sendActivity(MessageFactory.text(t('meetings.notPairChat'))));
    const actor = await actorOf(context);
    const me = [found.mentor, found.mentee].find((p) => p.aadObjectId === actor.aadObjectId);
    const pairId = `${found.pair.mentorId}~${found.pair.menteeId}`;
    const next = await deps.meetings.nextNumber(actor, found.pair.programmeId, pairId);
    if (!me || !next.ok) return void (await context.sendActivity(MessageFactory.text(failure(context, next.ok ? 'not-your-pair' : next.reason))));
    const card = scheduleFormCard(t, { programmeId: found.pair.programmeId, pairId, ...next.value, timeZone: me.timeZone });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  });

  app.adaptiveCards.actionExecute(Verbs.scheduleMeeting, async (context, _state, raw: Record<string, unknown>) => {
    const t = translatorFor(context);
    const ref = parseCardData(pairRef, raw);
    if (!ref) return t('errors.invalidCardData');
    const actor = await actorOf(context);
    const { people, target } = await pairView(deps, actor.tenantId, ref.programmeId, ref.pairId);
    const me = people.find((p) => p.aadObjectId === actor.aadObjectId);
    if (!me) return failure(context, 'not-your-pair');
    const result = await deps.meetings.schedule(actor, ref.programmeId, ref.pairId, { ...raw, timeZone: me.timeZone });
    if (result.ok) return meetingCard(t, { meeting: result.value, target: target ?? result.value.number, people });
    const next = await deps.meetings.nextNumber(actor, ref.programmeId, ref.pairId);
    const frame = next.ok ? next.value : { number: 1, target: 1 };
    const summary = result.reason === 'invalid-input' ? undefined : failure(context, result.reason);
    return scheduleFormCard(t, { ...ref, ...frame, timeZone: me.timeZone, entered: raw, issues: result.issues, summary });
  });

  app.adaptiveCards.actionExecute(Verbs.cancelMeeting, async (context, _state, raw) => {
    const t = translatorFor(context);
    const ref = parseCardData(meetingRef, raw);
    if (!ref) return t('errors.invalidCardData');
    const actor = await actorOf(context);
    const cancelled = await deps.meetings.cancel(actor, ref.programmeId, ref.pairId, ref.meetingId, ref.reason || undefined);
    if (!cancelled.ok) return failure(context, cancelled.reason);
    return render(deps, context, cancelled.value, actor.displayName);
  });

  app.adaptiveCards.actionExecute(Verbs.rescheduleMeeting, async (context, _state, raw) => {
    const t = translatorFor(context);
    const ref = parseCardData(meetingRef.extend({ date: z.string().max(20), time: z.string().max(10), moveReason: z.string().max(300).optional() }), raw);
    if (!ref) return t('errors.invalidCardData');
    const actor = await actorOf(context);
    const me = (await pairView(deps, actor.tenantId, ref.programmeId, ref.pairId)).people.find((p) => p.aadObjectId === actor.aadObjectId);
    if (!me) return failure(context, 'not-your-pair');
    const moved = await deps.meetings.reschedule(actor, ref.programmeId, ref.pairId, ref.meetingId, { date: ref.date, time: ref.time, timeZone: me.timeZone }, ref.moveReason || undefined);
    if (!moved.ok) return failure(context, moved.reason === 'invalid-input' ? 'invalid-time' : moved.reason);
    return render(deps, context, moved.value);
  });

  app.adaptiveCards.actionExecute(Verbs.checkInMeeting, async (context, _state, raw) => {
    const t = translatorFor(context);
    const data = parseCardData(checkInData, raw);
    if (!data) return t('errors.invalidCardData');
    const answered = await deps.meetings.checkIn(await actorOf(context), data.programmeId, data.pairId, data.meetingId, data.outcome);
    if (!answered.ok) return failure(context, answered.reason);
    return t('meetings.checkIn.thanks', { number: answered.value.number, outcome: t(`meetings.checkIn.outcomes.${data.outcome}`) });
  });
}

async function render(deps: MeetingFeatureDeps, context: TurnContext, meeting: Meeting, cancelledBy?: string) {
  const { people, target } = await pairView(deps, tenantOf(context), meeting.programmeId, meeting.pairId);
  return meetingCard(translatorFor(context), { meeting, target: target ?? meeting.number, people, cancelledBy });
}

/** Both people of the pair and the programme's meetings target, in one read of the pair. */
async function pairView(deps: MeetingFeatureDeps, tenantId: string, programmeId: string, pairId: string): Promise<{ people: Profile[]; target?: number }> {
  const full = await deps.matching.pairWithPeople(tenantId, programmeId, pairId);
  return { people: [full?.mentor, full?.mentee].filter((p): p is Profile => Boolean(p)), target: full?.programme?.meetingsTarget };
}
