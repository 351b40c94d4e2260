import { DEFAULT_REMINDER_LEADS_MINUTES, type DueEntry, type DueVerdict } from '../meetings/reminders';
import type { Briefing } from './briefing';

const MINUTE = 60_000;

/**
 * The reminders of a sent briefing, one due entry per lead time of the programme, earliest
 * first. One entry serves everyone: when it comes due, those who have accepted by then are
 * reminded (so a person who declined after accepting gets none). Leads already past are left out.
 * A briefing has no pair: `pairId` is empty and `meetingId` is the briefing's id.
 */
export function briefingRemindersFor(
  briefing: Pick<Briefing, 'id' | 'tenantId' | 'programmeId' | 'startsAt' | 'status'>,
  now: Date,
  leadsMinutes: readonly number[] = DEFAULT_REMINDER_LEADS_MINUTES,
): DueEntry[] {
  if (briefing.status !== 'sent') return [];
  const start = Date.parse(briefing.startsAt);
  return [...new Set(leadsMinutes)]
    .sort((a, b) => b - a)
    .map((lead): DueEntry => ({
      kind: 'briefing-reminder',
      tenantId: briefing.tenantId,
      programmeId: briefing.programmeId,
      pairId: '',
      meetingId: briefing.id,
      leadMinutes: lead,
      dueAt: new Date(start - lead * MINUTE).toISOString(),
      startsAt: briefing.startsAt,
      revision: 0,
    }))
    .filter((entry) => Date.parse(entry.dueAt) > now.getTime());
}

/**
 * `void` when the briefing is gone, not sent or starts at another time than the entry was
 * written for; `late` once it has started (after downtime); otherwise `send`.
 */
export function briefingReminderVerdict(
  entry: DueEntry,
  briefing: Pick<Briefing, 'id' | 'startsAt' | 'status'> | undefined,
  now: Date,
): DueVerdict {
  if (!briefing || briefing.id !== entry.meetingId || briefing.status !== 'sent') return 'void';
  if (briefing.startsAt !== entry.startsAt) return 'void';
  return now.getTime() >= Date.parse(briefing.startsAt) ? 'late' : 'send';
}
