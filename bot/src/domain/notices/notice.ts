import { claimDelivery, leaseExpired, settleDelivery } from '../delivery-track';
import type { DeliveryOutcome, DeliveryReason, RecipientStatus } from '../broadcasts/recipient-status';
import type { PairEndCode } from '../pairing/pair-ending';
import { fail, ok, type Result } from '../result';

/**
 * What a notice says, with what it needs to be written at send time (never the text: the
 * recipient reads it in their language as it is then). Ids only, no names.
 */
export type NoticeSubject =
  /** A new pair's mentee is asked to confirm their mentor. */
  | { kind: 'ask-mentee'; pairId: string }
  /** The mentee confirmed: the mentor is introduced to them. */
  | { kind: 'introduce-mentor'; pairId: string }
  /** An admin learns that a mentee declined their pair. */
  | { kind: 'pair-declined'; pairId: string }
  /** An admin learns that a pair ended, why, and who needs a new partner (ids as the pair keeps them). */
  | { kind: 'pair-ended'; mentorId: string; menteeId: string; endCode: PairEndCode }
  /** A member learns that HR ended their tandem (the reason stays with HR). */
  | { kind: 'tandem-ended' }
  /** A member learns that their tandem ended because the partner left (nothing about who or why). */
  | { kind: 'partner-left' }
  /** A mentor gets their mentor kit: when they onboard, and again when their pair is confirmed. */
  | { kind: 'mentor-kit'; occasion: 'onboarded' | 'paired' }
  /** A mentor's question reaches the coach, with an Answer button. */
  | { kind: 'coach-question'; mentorId: string; questionId: string }
  /** The coach's answer reaches the mentor who asked. */
  | { kind: 'coach-answer'; mentorId: string; questionId: string }
  /** An author learns that HR did not take up their good practice (with HR's reason, read at send time). */
  | { kind: 'practice-rejected'; practiceId: string }
  /** An author learns that their good practice was published, with a link to the library. */
  | { kind: 'practice-published'; practiceId: string };

export type NoticeKind = NoticeSubject['kind'];

/** A notice's life: a news recipient's, plus `skipped` for one whose reason no longer held when its turn came. */
export type NoticeStatus = RecipientStatus | 'skipped';
export type NoticeReason = DeliveryReason | 'obsolete';

/** How the delivery layer reports a notice's send, or that it was not sent because it no longer applies. */
export type NoticeOutcome = DeliveryOutcome | { status: 'skipped'; reason: 'obsolete'; attempts: 0 };

/** One proactive message that follows someone's action, to one person. */
export interface Notice {
  tenantId: string;
  programmeId: string;
  /** The recorded action's batch: one queue message, read together by the worker. */
  batchId: string;
  /** The person it goes to (AAD object id). */
  recipient: string;
  subject: NoticeSubject;
  status: NoticeStatus;
  reason?: NoticeReason;
  httpStatus?: number;
  attempts: number;
  claimedBy?: string;
  claimedAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** A notice to record: who gets what. */
export interface PlannedNotice {
  recipient: string;
  subject: NoticeSubject;
}

/**
 * The notices one action causes. `actionId` is derived from the action itself (a stable UUID),
 * so a double click or a retried invoke records the same rows again, never a second set.
 */
export interface NoticeBatch {
  tenantId: string;
  programmeId: string;
  actionId: string;
  notices: readonly PlannedNotice[];
}

/** Rows per batch: one queue message each, and within one entity-group transaction (100 rows). */
export const NOTICES_PER_BATCH = 50;

/** The batch's notices as pending rows, split into batches of at most {@link NOTICES_PER_BATCH}. */
export function pendingNotices(batch: NoticeBatch, now: Date): Notice[] {
  return batch.notices.map((planned, index) => ({
    tenantId: batch.tenantId,
    programmeId: batch.programmeId,
    batchId: `${batch.actionId}.${Math.floor(index / NOTICES_PER_BATCH)}`,
    recipient: planned.recipient,
    subject: planned.subject,
    status: 'pending',
    attempts: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));
}

/** A notice's key within its batch: one notice of a kind per person and action. */
export function noticeKey(notice: Pick<Notice, 'subject' | 'recipient'>): string {
  return `${notice.subject.kind}|${notice.recipient}`;
}

export function claimNotice(notice: Notice, by: string, now: Date): Result<Notice, 'already-taken'> {
  return claimDelivery(notice, by, now);
}

export function settleNotice(notice: Notice, outcome: NoticeOutcome, now: Date): Notice {
  return settleDelivery(notice, outcome, now);
}

/** A `sending` notice whose worker died is closed as "outcome unknown", never sent again (see delivery-track.ts). */
export function expireNotice(notice: Notice, now: Date, leaseMs: number): Result<Notice, 'not-expired'> {
  if (!leaseExpired(notice, now, leaseMs)) return fail('not-expired');
  return ok(settleNotice(notice, { status: 'failed', reason: 'outcome-unknown-interrupted', attempts: 0 }, now));
}
