import { briefingReminderVerdict, type Briefing } from '../../domain/briefings';
import type { DueEntry } from '../../domain/meetings/reminders';
import type { BriefingRepository, RsvpRepository } from './briefing-ports';

/** Sends one person their reminder of a briefing. A port because the Teams layer draws and sends it. */
export interface BriefingReminderSender {
  remind(briefing: Briefing, aadObjectId: string): Promise<'sent' | 'failed'>;
}

/** What became of a due briefing reminder: the scheduler records it on the entry. */
export type BriefingReminderOutcome = 'sent' | 'failed' | 'void' | 'late';

/**
 * Runs a briefing's due reminder entry, which the scheduler has claimed (so of several
 * instances exactly one runs it): everyone who has accepted by now is reminded, once. Who
 * declined in between gets nothing, since the answers are read when the entry comes due.
 */
export class BriefingReminderService {
  constructor(
    private readonly briefings: Pick<BriefingRepository, 'get'>,
    private readonly rsvps: Pick<RsvpRepository, 'ofBriefing'>,
    private readonly sender: BriefingReminderSender,
  ) {}

  async remind(entry: DueEntry, now: Date): Promise<BriefingReminderOutcome> {
    const found = entry.tenantId && (await this.briefings.get(entry.tenantId, entry.programmeId, entry.meetingId));
    const verdict = briefingReminderVerdict(entry, found ? found.value : undefined, now);
    if (verdict !== 'send') return verdict;
    if (!found) return 'void';
    const accepted = (await this.rsvps.ofBriefing(entry.programmeId, entry.meetingId)).filter(
      (rsvp) => rsvp.answer === 'accepted',
    );
    let failed = 0;
    for (const rsvp of accepted)
      if ((await this.sender.remind(found.value, rsvp.aadObjectId)) === 'failed') failed += 1;
    return failed > 0 ? 'failed' : 'sent';
  }
}
