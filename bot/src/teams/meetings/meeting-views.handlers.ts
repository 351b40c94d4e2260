import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import { onUniversalAction } from '../cards/universal-action';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { asMember, failureText, meetingRef, pairRef, type MeetingFeatureDeps } from './meeting-feature';
import { planCardFor } from './meeting-plan-message';
import { checkInCard } from './meeting.cards';

const planRef = pairRef.extend({ intro: z.enum(['no-meeting-scheduled', 'programme-ending', '']).optional() });

/**
 * What each member's Teams client fetches when it shows a shared meeting, check-in or plan card
 * (`refresh`): the card as it stands now, in the viewer's language and time zone. Only the
 * pair's two members; anyone else keeps the shared version and is told why.
 */
export function registerMeetingViews(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  onUniversalAction(app, Verbs.viewMeeting, (context, raw) =>
    asMember(deps, context, meetingRef, raw, async (member, ref) => {
      const meeting = await deps.meetings.meeting(ref.programmeId, ref.pairId, ref.meetingId);
      return meeting ? deps.meetingMessages.cardFor(member.full, meeting, member.me) : failureText(context, 'not-found');
    }),
  );

  onUniversalAction(app, Verbs.viewCheckIn, (context, raw) =>
    asMember(deps, context, meetingRef, raw, async ({ full }, ref) => {
      const meeting = await deps.meetings.meeting(ref.programmeId, ref.pairId, ref.meetingId);
      if (!meeting) return failureText(context, 'not-found');
      const people = [full.mentor, full.mentee];
      return checkInCard(translatorFor(context), meeting, { people, userIds: await deps.messenger.teamsUserIds(full.pair.tenantId, people) });
    }),
  );

  onUniversalAction(app, Verbs.viewMeetingPlan, (context, raw) =>
    asMember(deps, context, planRef, raw, async (member, ref) => (await planCardFor(deps, member.full, member.me, ref.intro || undefined)) ?? failureText(context, 'target-reached')),
  );
}
