import { programmeOverview } from '../journey/programme-overview';
import type { Programme } from '../programme/programme';
import { startedPairs, type DashboardPair } from './dashboard-facts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** One week of the programme: meetings held and planned in it, and the running totals. */
export interface CadenceWeek {
  /** The week's first day (UTC date, counted from the programme's start). */
  weekStart: string;
  held: number;
  planned: number;
  /** Meetings held up to the week's end. */
  heldSoFar: number;
  /** The line that reaches every started pair's target by the end date, at the week's end. */
  targetLine: number;
}

/** Meetings per week across the programme's period against the line that reaches every target. */
export function meetingCadence(programme: Programme, pairs: readonly DashboardPair[]): CadenceWeek[] {
  const start = Date.parse(`${programme.startDate}T00:00:00Z`);
  const end = Date.parse(`${programme.endDate}T00:00:00Z`) + DAY;
  const weeks = Math.max(1, Math.ceil((end - start) / WEEK));
  const started = startedPairs(pairs);
  const total = started.length * programme.meetingsTarget;
  const meetings = started.flatMap((p) => p.meetings).filter((m) => m.status === 'held' || m.status === 'planned');
  // Each meeting into its week once (a thousand pairs have thousands of meetings).
  const held = new Array<number>(weeks).fill(0);
  const planned = new Array<number>(weeks).fill(0);
  let heldBefore = 0;
  for (const meeting of meetings) {
    const at = Date.parse(meeting.startsAt);
    if (at < start) heldBefore += meeting.status === 'held' ? 1 : 0;
    if (at < start || at >= end) continue;
    const week = Math.floor((at - start) / WEEK);
    if (meeting.status === 'held') held[week] = held[week]! + 1;
    else planned[week] = planned[week]! + 1;
  }
  let heldSoFar = heldBefore;
  return held.map((heldInWeek, index) => {
    const from = start + index * WEEK;
    const to = Math.min(end, from + WEEK);
    heldSoFar += heldInWeek;
    return {
      weekStart: new Date(from).toISOString().slice(0, 10),
      held: heldInWeek,
      planned: planned[index]!,
      heldSoFar,
      targetLine: Math.round(((total * (to - start)) / (end - start)) * 10) / 10,
    };
  });
}

/** How the started pairs are doing, worst first: at risk, quiet, behind, on track. */
export type PairHealth = 'at-risk' | 'quiet' | 'behind' | 'on-track';

/** Running pairs per health, from the same flags as HR's pairs table. */
export function pairHealth(
  programme: Programme,
  pairs: readonly DashboardPair[],
  now: Date,
): Record<PairHealth, number> {
  const running = pairs
    .filter((p) => p.pair.status === 'confirmed')
    .map((p) => ({ pair: p.pair, pairId: p.pairId, mentorName: '', menteeName: '', meetings: p.meetings }));
  const health: Record<PairHealth, number> = { 'at-risk': 0, quiet: 0, behind: 0, 'on-track': 0 };
  for (const { flags } of programmeOverview(programme, running, now).pairs) {
    const worst = (['at-risk', 'quiet', 'behind'] as const).find((flag) => flags.includes(flag));
    health[worst ?? 'on-track'] += 1;
  }
  return health;
}
