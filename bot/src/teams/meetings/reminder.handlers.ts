import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { isComplete } from '../pair-messenger';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { onUniversalAction } from '../cards/universal-action';
import { failureText, meetingRef, type MeetingFeatureDeps } from './meeting-feature';
import { reminderCard } from './meeting.cards';

const reminderRef = meetingRef.extend({ lead: z.coerce.number().int().min(0).max(7 * 24 * 60), remindedStart: z.string().datetime() });

/**
 * Teams refreshes the reminder card for each member (its `refresh.userIds`): each gets it in
 * their own language, with the meeting as it stands now. Only the pair's two members.
 */
export function registerReminderView(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  // Answered to the refreshing member only: teams-ai's actionExecute would also replace the chat message for everyone (see universal-action.ts).
  onUniversalAction(app, Verbs.viewReminder, async (context, raw) => {
    const ref = parseCardData(reminderRef, raw);
    if (!ref) return translatorFor(context)('errors.invalidCardData');
    const actor = await actorOf(context);
    const [full, meeting] = await Promise.all([deps.matching.pairWithPeople(actor.tenantId, ref.programmeId, ref.pairId), deps.meetings.meetingOfTenant(actor.tenantId, ref.programmeId, ref.pairId, ref.meetingId)]);
    if (!isComplete(full) || !meeting) return failureText(context, 'not-found');
    const people = [full.mentor, full.mentee];
    if (!people.some((p) => p.aadObjectId === actor.aadObjectId)) return failureText(context, 'not-your-pair');
    const userIds = await deps.messenger.teamsUserIds(actor.tenantId, people);
    return reminderCard(translatorFor(context), { meeting, target: full.programme.meetingsTarget, people, leadMinutes: ref.lead, remindedStart: ref.remindedStart, userIds, materials: full.programme.materials });
  });
}
