import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Meeting } from '../../domain/meetings';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { cardAttachment } from '../cards/card-template';
import { inviteToFeedback } from '../feedback/feedback-invitations';
import { isComplete, type CompletePair } from '../pair-messenger';
import { translatorFor } from '../turn-info';
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
    // One read of the pair and its people serves both the feedback cards and the plan.
    const full = await deps.matching.pairWithPeople(actor.tenantId, data.programmeId, data.pairId);
    if (isComplete(full)) {
      if (data.outcome === 'held') await inviteToFeedback(deps, full, answered.value);
      await suggestNext(deps, context, full, answered.value);
    }
    return t('meetings.checkIn.thanks', { number: answered.value.number, outcome: t(`meetings.checkIn.outcomes.${data.outcome}`) });
  });
}

/** After a check-in the pair sees when the next meeting would fit (in the mentee's zone); nothing once the target is reached. */
async function suggestNext(deps: MeetingFeatureDeps, context: TurnContext, full: CompletePair, meeting: Meeting): Promise<void> {
  const plan = await deps.meetings.plan(full.pair.tenantId, meeting.programmeId, meeting.pairId, { timeZone: full.mentee.timeZone, sharedSlots: sharedSlots([full.mentor, full.mentee]) });
  if (!plan) return;
  const card = nextMeetingCard(translatorFor(context), { plan, programmeId: meeting.programmeId, pairId: meeting.pairId, programmeEndDate: full.programme.endDate });
  await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
}
