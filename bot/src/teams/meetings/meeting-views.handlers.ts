import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import { refuse } from '../cards/card-action';
import { asPairMember } from '../pair-member';
import { Verbs } from '../verbs';
import { meetingActions, meetingRef, pairRef, type MeetingFeatureDeps } from './meeting-feature';
import { planCardFor } from './meeting-plan-message';
import { checkInCard } from './meeting.cards';

const planRef = pairRef.extend({ intro: z.enum(['no-meeting-scheduled', 'programme-ending', '']).optional() });

/**
 * What each member's Teams client fetches when it shows a shared meeting, check-in or plan card
 * (`refresh`): the card as it stands now, in the viewer's language and time zone. Only the
 * pair's two members; anyone else keeps the shared version and is told why.
 */
export function registerMeetingViews(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  const on = meetingActions(app, deps);
  on(
    Verbs.viewMeeting,
    meetingRef,
    asPairMember(deps.matching, async ({ data: ref }, member) => {
      const meeting = await deps.meetings.meeting(ref.programmeId, ref.pairId, ref.meetingId);
      return meeting ? deps.meetingMessages.cardFor(member.full, meeting, member.me) : refuse('not-found');
    }),
  );

  on(
    Verbs.viewCheckIn,
    meetingRef,
    asPairMember(deps.matching, async ({ data: ref, t }, { full }) => {
      const meeting = await deps.meetings.meeting(ref.programmeId, ref.pairId, ref.meetingId);
      if (!meeting) return refuse('not-found');
      const people = [full.mentor, full.mentee];
      return checkInCard(t, meeting, {
        people,
        userIds: await deps.messenger.teamsUserIds(full.pair.tenantId, people),
      });
    }),
  );

  on(
    Verbs.viewMeetingPlan,
    planRef,
    asPairMember(
      deps.matching,
      async ({ data: ref }, member) =>
        (await planCardFor(deps, member.full, member.me, ref.intro || undefined)) ?? refuse('target-reached'),
    ),
  );
}
