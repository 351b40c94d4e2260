import type { Application, TurnState } from '@microsoft/teams-ai';
import { registerCheckIn } from './check-in.handlers';
import { registerMeetingChanges } from './meeting-changes.handlers';
import type { MeetingFeatureDeps } from './meeting-feature';
import { registerScheduling } from './schedule.handlers';
import { registerReminderView } from './reminder.handlers';
import { registerMeetingViews } from './meeting-views.handlers';

export type { MeetingFeatureDeps } from './meeting-feature';

/** The pair's meetings: planning and scheduling, moving and cancelling, reminders and the check-in afterwards. */
export function registerMeetings(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  registerScheduling(app, deps);
  registerMeetingChanges(app, deps);
  registerCheckIn(app, deps);
  registerReminderView(app, deps);
  registerMeetingViews(app, deps);
}
