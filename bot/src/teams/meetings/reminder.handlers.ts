import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import { refuse } from '../cards/card-action';
import { isComplete } from '../pair-messenger';
import { Verbs } from '../verbs';
import { meetingActions, meetingRef, type MeetingFeatureDeps } from './meeting-feature';
import { reminderCard } from './meeting.cards';

const reminderRef = meetingRef.extend({
  lead: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  remindedStart: z.string().datetime(),
});

/**
 * Teams refreshes the reminder card for each member (its `refresh.userIds`): each gets it in
 * their own language, with the meeting as it stands now. Only the pair's two members.
 */
export function registerReminderView(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  // Answered to the refreshing member only, as every card action is (see universal-action.ts).
  // Not asPairMember: a reminder of a pair that is gone says so before anything about membership.
  meetingActions(app, deps)(Verbs.viewReminder, reminderRef, async ({ data: ref, actor, t }) => {
    const [full, meeting] = await Promise.all([
      deps.matching.pairWithPeople(actor.tenantId, ref.programmeId, ref.pairId),
      deps.meetings.meetingOfTenant(actor.tenantId, ref.programmeId, ref.pairId, ref.meetingId),
    ]);
    if (!isComplete(full) || !meeting) return refuse('not-found');
    const people = [full.mentor, full.mentee];
    if (!people.some((p) => p.aadObjectId === actor.aadObjectId)) return refuse('not-your-pair');
    const userIds = await deps.messenger.teamsUserIds(actor.tenantId, people);
    return reminderCard(t, {
      meeting,
      target: full.programme.meetingsTarget,
      people,
      leadMinutes: ref.lead,
      remindedStart: ref.remindedStart,
      userIds,
      materials: full.programme.materials,
    });
  });
}
