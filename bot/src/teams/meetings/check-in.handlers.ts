import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Meeting } from '../../domain/meetings';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { cardAttachment } from '../cards/card-template';
import { inviteToFeedback } from '../feedback/feedback-invitations';
import { isComplete } from '../pair-messenger';
import { tenantOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { failureText, meetingRef, sharedSlots, type MeetingFeatureDeps } from './meeting-feature';
import { nextMeetingCard } from './meeting.cards';

const checkInData = meetingRef.extend({ outcome: z.enum(['held', 'moved', 'cancelled']) });

/**
 * The answer to "did it take place?" (the first answer counts). A held meeting sends each
 * person the private feedback card and the pair the plan for the next meeting.
 */
export function registerCheckIn(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  app.adaptiveCards.actionExecute(Verbs.checkInMeeting, async (context, _state, raw) => {
    const t = translatorFor(context);
    const data = parseCardData(checkInData, raw);
    if (!data) return t('errors.invalidCardData');
    const actor = await actorOf(context);
    const answered = await deps.meetings.checkIn(actor, data.programmeId, data.pairId, data.meetingId, data.outcome);
    if (!answered.ok) return failureText(context, answered.reason);
    if (data.outcome === 'held') await inviteToFeedback(deps, actor.tenantId, answered.value);
    await suggestNext(deps, context, answered.value);
    return t('meetings.checkIn.thanks', { number: answered.value.number, outcome: t(`meetings.checkIn.outcomes.${data.outcome}`) });
  });
}

/** After a check-in the pair sees when the next meeting would fit (in the mentee's zone); nothing once the target is reached. */
async function suggestNext(deps: MeetingFeatureDeps, context: TurnContext, meeting: Meeting): Promise<void> {
  const full = await deps.matching.pairWithPeople(tenantOf(context), meeting.programmeId, meeting.pairId);
  if (!isComplete(full) || !full.programme) return;
  const plan = await deps.meetings.plan(full.pair.tenantId, meeting.programmeId, meeting.pairId, { timeZone: full.mentee.timeZone, sharedSlots: sharedSlots([full.mentor, full.mentee]) });
  if (!plan) return;
  const card = nextMeetingCard(translatorFor(context), { plan, programmeId: meeting.programmeId, pairId: meeting.pairId, programmeEndDate: full.programme.endDate });
  await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
}
