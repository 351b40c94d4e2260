import type { Clock } from '../domain/clock';
import { dueHourPartitions } from '../domain/meetings/due-index';
import { dueVerdict } from '../domain/meetings/reminders';
import type { Meeting } from '../domain/meetings';
import type { Logger } from '../logger';
import type { DueIndex, MeetingNotifier } from '../services/meetings/meeting-ports';
import type { BriefingReminderService } from '../services/briefings/briefing-reminder-service';

/** What one tick did, for logs and tests. */
export interface TickReport {
  read: number;
  sent: number;
  /** Entries whose sends failed (logged; never retried: at most once). */
  failed: number;
  void: number;
  late: number;
  lostToOtherInstance: number;
}

/**
 * One scheduler tick: reads only the due index's hour partitions since the last tick, claims
 * each due entry with a conditional write (so two instances never both send it), checks it is
 * still valid (not moved, cancelled or already started), and sends it. A claim is never given
 * back: at most once is the promise, because a duplicate reminder to an executive is worse
 * than a missing one (failures are logged).
 */
export class ReminderScheduler {
  constructor(
    private readonly index: DueIndex,
    private readonly meetings: {
      meeting(programmeId: string, pairId: string, meetingId: string): Promise<Meeting | undefined>;
    },
    private readonly notifier: MeetingNotifier,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly instanceId: string,
    /** Runs briefing reminders (entries of kind `briefing-reminder`); without it they are void. */
    private readonly briefings?: Pick<BriefingReminderService, 'remind'>,
  ) {}

  async tick(): Promise<TickReport> {
    const now = this.clock.now();
    const partitions = dueHourPartitions(await this.index.lastTick(), now);
    const due = await this.index.due(partitions, now);
    const report: TickReport = { read: due.length, sent: 0, failed: 0, void: 0, late: 0, lostToOtherInstance: 0 };
    for (const stored of due) {
      if (!(await this.index.claim(stored, this.instanceId, now))) {
        report.lostToOtherInstance += 1;
        continue;
      }
      const { entry } = stored;
      if (entry.kind === 'briefing-reminder') {
        const outcome = this.briefings ? await this.briefings.remind(entry, now) : 'void';
        report[outcome] += 1;
        await this.index.settle(stored, outcome);
        continue;
      }
      const meeting = await this.meetings.meeting(entry.programmeId, entry.pairId, entry.meetingId);
      const verdict = dueVerdict(entry, meeting, now);
      if (verdict !== 'send' || !meeting) {
        report[verdict === 'late' ? 'late' : 'void'] += 1;
        if (verdict === 'late') this.logger.info({ entry }, 'reminder skipped: the meeting has already started');
        await this.index.settle(stored, verdict);
        continue;
      }
      const outcome = await this.notifier.notify(entry, meeting);
      if (outcome === 'sent') report.sent += 1;
      else this.logger.warn({ entry }, 'reminder could not be delivered');
      await this.index.settle(stored, outcome);
    }
    await this.index.saveTick(now);
    return report;
  }
}
