import { heldCount, MAX_INTERVAL_DAYS, type Meeting } from '../meetings';
import type { Pair, PairStatus } from '../pairing/pair';
import type { Programme, ProgrammeStatus } from '../programme/programme';

/**
 * Why HR should look at a pair. Reason codes only; the tab words them.
 * `quiet`: nothing planned and the last meeting longer ago than the momentum interval;
 * `behind`: fewer meetings held or planned than the time elapsed calls for;
 * `at-risk`: the momentum guard flagged the pair (one person keeps cancelling or moving meetings);
 * `no-chat`: confirmed, but Tandem was never added to the pair's chat.
 */
export type PairFlag = 'awaiting-confirmation' | 'no-chat' | 'no-meeting-yet' | 'quiet' | 'behind' | 'at-risk';

/** One pair on HR's overview: cadence and flags, never private content. */
export interface OverviewPair {
  pairId: string;
  mentor: string;
  mentee: string;
  status: PairStatus;
  held: number;
  planned: number;
  target: number;
  lastMeetingAt?: string;
  nextMeetingAt?: string;
  flags: PairFlag[];
}

/** A programme as HR sees it in the tab. */
export interface ProgrammeOverview {
  programme: {
    id: string;
    name: string;
    status: ProgrammeStatus;
    startDate: string;
    endDate: string;
    meetingsTarget: number;
  };
  pairs: OverviewPair[];
}

/** What the overview needs to know about one pair. */
export interface OverviewPairInput {
  pair: Pair;
  pairId: string;
  mentorName: string;
  menteeName: string;
  meetings: readonly Meeting[];
}

const DAY = 86_400_000;

/** HR's overview of a programme: every pair that is not over, those needing attention first. */
export function programmeOverview(
  programme: Programme,
  pairs: readonly OverviewPairInput[],
  now: Date,
): ProgrammeOverview {
  const rows = pairs
    .filter((p) => p.pair.status === 'confirmed' || p.pair.status === 'awaiting-confirmation')
    .map((p) => overviewPair(programme, p, now))
    .sort((a, b) => b.flags.length - a.flags.length || a.mentee.localeCompare(b.mentee));
  const { id, name, status, startDate, endDate, meetingsTarget } = programme;
  return { programme: { id, name, status, startDate, endDate, meetingsTarget }, pairs: rows };
}

function overviewPair(programme: Programme, input: OverviewPairInput, now: Date): OverviewPair {
  const { meetings, pair } = input;
  const starts = (status: Meeting['status']) =>
    meetings
      .filter((m) => m.status === status)
      .map((m) => m.startsAt)
      .sort();
  const held = heldCount(meetings);
  const planned = starts('planned').filter((s) => s > now.toISOString());
  const heldStarts = starts('held');
  const lastMeetingAt = heldStarts[heldStarts.length - 1];
  return {
    pairId: input.pairId,
    mentor: input.mentorName,
    mentee: input.menteeName,
    status: pair.status,
    held,
    planned: planned.length,
    target: programme.meetingsTarget,
    lastMeetingAt,
    nextMeetingAt: planned[0],
    flags: flagsOf(programme, input, { held, planned: planned.length, lastMeetingAt }, now),
  };
}

function flagsOf(
  programme: Programme,
  { pair }: OverviewPairInput,
  counts: { held: number; planned: number; lastMeetingAt?: string },
  now: Date,
): PairFlag[] {
  if (pair.status === 'awaiting-confirmation') return ['awaiting-confirmation'];
  const flags: PairFlag[] = pair.momentum?.atRisk ? ['at-risk'] : [];
  if (!pair.chatId) flags.push('no-chat');
  if (counts.held + counts.planned === 0) flags.push('no-meeting-yet');
  const since = counts.lastMeetingAt ?? pair.respondedAt ?? pair.createdAt;
  if (counts.planned === 0 && now.getTime() - Date.parse(since) > MAX_INTERVAL_DAYS * DAY) flags.push('quiet');
  if (counts.held + counts.planned < expectedByNow(programme, now) - 1) flags.push('behind');
  return flags;
}

// Meetings spread evenly over the programme: how many should have happened by today.
function expectedByNow(programme: Programme, now: Date): number {
  const start = Date.parse(`${programme.startDate}T00:00:00Z`);
  const end = Date.parse(`${programme.endDate}T00:00:00Z`);
  const elapsed = Math.min(1, Math.max(0, (now.getTime() - start) / Math.max(DAY, end - start)));
  return Math.floor(elapsed * programme.meetingsTarget);
}
