import type { DueEntry } from '../domain/meetings/reminders';
import type { Meeting } from '../domain/meetings';
import type { MeetingNotifier } from '../services/meetings/meeting-ports';

/** Hands each due entry to the notifier of its feature: meetings (reminders, check-ins) or topic polls. */
export class DueEntryDispatcher implements MeetingNotifier {
  constructor(
    private readonly meetings: MeetingNotifier,
    private readonly polls: MeetingNotifier,
  ) {}

  notify(entry: DueEntry, meeting: Meeting): Promise<'sent' | 'failed'> {
    return entry.kind === 'poll-open' || entry.kind === 'poll-close'
      ? this.polls.notify(entry, meeting)
      : this.meetings.notify(entry, meeting);
  }
}
