import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Translate } from '../../i18n';
import { refuse } from '../cards/card-action';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { inviteToFeedback } from '../feedback/feedback-invitations';
import type { CompletePair } from '../pair-messenger';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { asPairMember } from '../pair-member';
import { meetingActions, meetingRef, type MeetingFeatureDeps } from './meeting-feature';
import { checkInCard } from './meeting.cards';
import { postMeetingPlan } from './meeting-plan-message';

const checkInData = meetingRef.extend({ outcome: z.enum(['held', 'moved', 'cancelled']) });

/**
 * The answer to "did it take place?" (the first answer counts). Both members then see who
 * answered what on the check-in card; a held meeting sends each person the private feedback
 * card and the pair the plan for the next meeting.
 */
export function registerCheckIn(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  const on = meetingActions(app, deps);
  on(
    Verbs.checkInMeeting,
    checkInData,
    asPairMember(deps.matching, async ({ context, data, t }, { actor, full }) => {
      const answered = await deps.meetings.checkIn(actor, data.programmeId, data.pairId, data.meetingId, data.outcome);
      if (!answered.ok) return refuse(answered.reason);
      const people = [full.mentor, full.mentee];
      const userIds = await deps.messenger.teamsUserIds(full.pair.tenantId, people);
      await shareAnswer(deps, context, full, (t) => checkInCard(t, answered.value, { people, userIds }));
      if (data.outcome === 'held') await inviteToFeedback(deps, full, answered.value);
      await postMeetingPlan(deps, full);
      return checkInCard(t, answered.value, { people, userIds });
    }),
  );
}

/** The answered check-in replaces the question for everyone in the conversation it was asked in. */
async function shareAnswer(
  deps: MeetingFeatureDeps,
  context: TurnContext,
  full: CompletePair,
  card: (t: Translate) => AdaptiveCardJson,
): Promise<void> {
  const messageId = context.activity.replyToId;
  if (!messageId) return;
  if (context.activity.conversation.id === full.pair.chatId) {
    await deps.messenger.updateInPairChat(full, messageId, (t) => MessageFactory.attachment(cardAttachment(card(t))));
    return;
  }
  await context.updateActivity({
    ...MessageFactory.attachment(cardAttachment(card(translatorFor(context)))),
    id: messageId,
  });
}
