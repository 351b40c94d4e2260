import type { CalendarDate } from '../calendar-date';
import type { PairStatus } from '../pairing/pair';
import { heldCount, type Meeting } from './meeting';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** The kinds of nudge; the Teams layer words each one in the recipient's language. */
export type NudgeKind = 'no-meeting-scheduled' | 'repeated-changes' | 'programme-ending';

/** One nudge to send: who gets it (AAD object ids). */
export interface Nudge {
  kind: NudgeKind;
  recipients: string[];
}

/** What the guard decided for one pair. */
export interface MomentumDecision {
  nudges: Nudge[];
  /** Set when the pair should be flagged at risk for HR; raising a flag twice is harmless. */
  atRisk?: { reason: 'repeated-changes'; personId: string };
}

/** Programme settings of the guard. */
export interface MomentumSettings {
  /** Weeks after the last meeting without a next one scheduled. */
  noMeetingWeeks: number;
  /** Weeks before the programme's end when a pair short of the target is nudged. */
  endingWithinWeeks: number;
  /** At most one nudge of each kind per pair in this many days. */
  rateLimitDays: number;
}

/** The defaults: four weeks without a meeting, three weeks before the end, weekly at most. */
export const DEFAULT_MOMENTUM_SETTINGS: MomentumSettings = {
  noMeetingWeeks: 4,
  endingWithinWeeks: 3,
  rateLimitDays: 7,
};

/** Everything the guard looks at for one pair. */
export interface MomentumInput {
  pair: {
    status: PairStatus;
    mentorId: string;
    menteeId: string;
    /** When the pair started (UTC ISO): the anchor before any meeting took place. */
    since: string;
  };
  meetings: readonly Meeting[];
  meetingsTarget: number;
  programmeEndDate: CalendarDate;
  /** When each kind was last sent to this pair (UTC ISO). */
  lastSent: Partial<Record<NudgeKind, string>>;
  now: Date;
  settings?: MomentumSettings;
}

/**
 * The momentum guard for one pair: which nudges are due now and whether to flag the pair.
 * Nothing for a pair that is not running (ended, declined, unconfirmed) or after the
 * programme's last day.
 */
export function assessMomentum(input: MomentumInput): MomentumDecision {
  const settings = input.settings ?? DEFAULT_MOMENTUM_SETTINGS;
  const daysToEnd = daysUntil(input.programmeEndDate, input.now);
  if (input.pair.status !== 'confirmed' || daysToEnd < 0) return { nudges: [] };
  const both = [input.pair.menteeId, input.pair.mentorId];
  const streak = changeStreak(input.meetings, [input.pair.mentorId, input.pair.menteeId]);
  const nudges: Nudge[] = [];
  if (stalled(input, settings)) nudges.push({ kind: 'no-meeting-scheduled', recipients: both });
  // A streak nudges once per new change, not every week while the streak stands.
  if (streak && isAfter(streak.lastAt, input.lastSent['repeated-changes']))
    nudges.push({ kind: 'repeated-changes', recipients: [streak.personId] });
  if (daysToEnd <= settings.endingWithinWeeks * 7 && heldOrUpcoming(input) < input.meetingsTarget)
    nudges.push({ kind: 'programme-ending', recipients: both });
  const allowed = nudges.filter(
    (nudge) => !sentRecently(input.lastSent[nudge.kind], input.now, settings.rateLimitDays),
  );
  return streak
    ? { nudges: allowed, atRisk: { reason: 'repeated-changes', personId: streak.personId } }
    : { nudges: allowed };
}

/** Whole days from today (UTC) to the programme's last day; negative once it has passed. */
function daysUntil(endDate: CalendarDate, now: Date): number {
  return Math.round(
    (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`)) / DAY,
  );
}

/**
 * No meeting ahead, the target not yet reached, and N weeks since the last meeting that took
 * (or may have taken) place, or since the pair started. A planned meeting whose time has passed
 * without a check-in answer counts as the last one: it probably happened.
 */
function stalled(input: MomentumInput, settings: MomentumSettings): boolean {
  const now = input.now.getTime();
  const planned = input.meetings.filter((m) => m.status === 'planned');
  if (planned.some((m) => Date.parse(m.startsAt) > now)) return false;
  if (heldCount(input.meetings) >= input.meetingsTarget) return false;
  const anchors = [...input.meetings.filter((m) => m.status === 'held'), ...planned].map((m) => Date.parse(m.startsAt));
  const last = Math.max(Date.parse(input.pair.since), ...anchors);
  return now - last >= settings.noMeetingWeeks * WEEK;
}

function heldOrUpcoming(input: MomentumInput): number {
  const now = input.now.getTime();
  return input.meetings.filter((m) => m.status === 'held' || (m.status === 'planned' && Date.parse(m.startsAt) > now))
    .length;
}

/**
 * The same pair member cancelled or moved twice in a row: the last two changes across all
 * meetings were theirs with no held meeting in between. Moving one meeting twice counts too,
 * because that is how an executive's calendar erodes a programme.
 */
function changeStreak(
  meetings: readonly Meeting[],
  members: readonly string[],
): { personId: string; lastAt: string } | undefined {
  const events = meetings.flatMap((m) => [
    ...m.history.map((change) => ({ at: change.at, by: change.by as string | undefined })),
    ...(m.checkIn?.outcome === 'held' ? [{ at: m.checkIn.at, by: undefined }] : []), // a held meeting breaks a streak
  ]);
  const [latest, previous] = events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  if (!latest?.by || !previous?.by || latest.by !== previous.by || !members.includes(latest.by)) return undefined;
  return { personId: latest.by, lastAt: latest.at };
}

function isAfter(at: string, sent: string | undefined): boolean {
  return sent === undefined || Date.parse(at) > Date.parse(sent);
}

function sentRecently(sent: string | undefined, now: Date, days: number): boolean {
  return sent !== undefined && now.getTime() - Date.parse(sent) < days * DAY;
}
