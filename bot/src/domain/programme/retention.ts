import type { Programme } from './programme';

export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What stays of a programme after its personal data is deleted: counts, no people. */
export interface ProgrammeAggregates {
  participants: number;
  mentors: number;
  mentees: number;
}

/** Whether a closed programme's personal data is due for deletion. */
export function isDueForPurge(programme: Programme, now: Date, retentionDays: number): boolean {
  if (programme.status !== 'closed' || !programme.closedAt || programme.purgedAt) return false;
  return now.getTime() - new Date(programme.closedAt).getTime() >= retentionDays * DAY_MS;
}

/** The programme after its personal data was deleted. */
export function markPurged(programme: Programme, aggregates: ProgrammeAggregates, now: Date): Programme {
  return { ...programme, purgedAt: now.toISOString(), aggregates };
}
