import { cleanTypedText } from '../text';
import type { FitReason } from '../matching';
import { fail, ok, type Result } from '../result';
import type { PairEndCode } from './pair-ending';

/** Where a published pair stands. The mentee is asked first: the executive decides to take part. */
export type PairStatus = 'awaiting-confirmation' | 'confirmed' | 'declined' | 'ended';

/** A published mentor–mentee pair of a programme. */
export interface Pair {
  programmeId: string;
  tenantId: string;
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: FitReason[];
  status: PairStatus;
  /** The pair's group chat with Tandem, once bound. */
  chatId?: string;
  createdAt: string;
  respondedAt?: string;
  endedAt?: string;
  /** Why HR ended the pair; kept for HR, not shown to the pair. */
  endReason?: string;
  /** How the pair ended, as a code HR reads in its own language (absent on pairs ended before codes). */
  endCode?: PairEndCode;
  /** The momentum guard's memory: when each nudge kind last went out, and the at-risk flag for HR. */
  momentum?: PairMomentum;
}

/** What the momentum guard keeps on a pair between sweeps. */
export interface PairMomentum {
  /** Nudge kind → when it was last sent (UTC ISO), for the weekly rate limit. */
  lastNudged: Partial<Record<string, string>>;
  /** Set when one person cancelled or moved meetings twice in a row; HR sees it in the pair list. */
  atRisk?: { reason: 'repeated-changes'; personId: string; since: string };
}

/** A pair's id: stable for the same two people in one programme, so publishing twice creates one pair. */
export function pairIdOf(mentorId: string, menteeId: string): string {
  return `${mentorId}~${menteeId}`;
}

/**
 * The members a pair id seems to name (split at its first `~`), undefined when it names none.
 * Only a guess, to read a pair's profiles side by side with the pair: an id that itself holds a
 * `~` splits wrongly, so the pair row decides.
 */
export function membersOfPairId(pairId: string): { mentorId: string; menteeId: string } | undefined {
  const at = pairId.indexOf('~');
  return at > 0 && at < pairId.length - 1
    ? { mentorId: pairId.slice(0, at), menteeId: pairId.slice(at + 1) }
    : undefined;
}

export type PairResponseFailure = 'not-your-pair' | 'already-answered';

/** The mentee confirms or declines; nobody else can, and an answer is final. */
export function respondToPair(
  pair: Pair,
  responderId: string,
  accept: boolean,
  now: Date,
): Result<Pair, PairResponseFailure> {
  if (pair.menteeId !== responderId) return fail('not-your-pair');
  if (pair.status !== 'awaiting-confirmation') return fail('already-answered');
  return ok({ ...pair, status: accept ? 'confirmed' : 'declined', respondedAt: now.toISOString() });
}

/** Whether these chat members are exactly this pair (the bot itself is not passed in). */
export function isPairChat(pair: Pair, memberIds: readonly string[]): boolean {
  const members = new Set(memberIds);
  return pair.status === 'confirmed' && members.size === 2 && members.has(pair.mentorId) && members.has(pair.menteeId);
}

export type EndPairFailure = 'already-ended' | 'reason-required';
export const END_REASON_MAX = 300;

/** HR ends a pair, with a reason for the record. */
export function endPair(pair: Pair, reason: string, now: Date): Result<Pair, EndPairFailure> {
  const why = cleanTypedText(reason, { multiLine: true }).trim();
  if (pair.status === 'ended' || pair.status === 'declined') return fail('already-ended');
  if (!why || why.length > END_REASON_MAX) return fail('reason-required');
  return ok({ ...pair, status: 'ended', endedAt: now.toISOString(), endReason: why, endCode: 'ended-by-hr' });
}
