import { claimDelivery, leaseExpired, settleDelivery } from '../delivery-track';
import { fail, ok, type Result } from '../result';
import type { RecipientPlan } from './audience';

/**
 * The life of one delivery. The stored status is the truth: `sent` is never sent again, and a
 * `sending` row whose outcome is unknown (a crash, a timeout) is closed as failed, not re-sent.
 */
export const RECIPIENT_STATUSES = ['pending', 'sending', 'sent', 'failed', 'not-reachable'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/** Why a delivery did not go through, for HR's report and CSV. */
export type DeliveryReason =
  | 'no-conversation'
  | 'app-removed'
  | 'conversation-not-found'
  | 'throttled'
  | 'teams-unavailable'
  | 'rejected'
  | 'outcome-unknown-timeout'
  | 'outcome-unknown-server-error'
  | 'outcome-unknown-interrupted';

export interface Recipient extends RecipientPlan {
  broadcastId: string;
  /** Which of the broadcast's shards holds the row (see delivery-shards.ts). */
  shard: number;
  /**
   * The personal chat's conversation reference, looked up once at fan-out so a send needs no
   * read of its own; opaque here. Missing for channels, and for people without a chat then.
   */
  conversation?: Record<string, unknown>;
  /**
   * A channel post's message id, kept so a post can be taken back (a good practice its author
   * withdrew is replaced by a short note). People's rows do not keep it.
   */
  activityId?: string;
  status: RecipientStatus;
  reason?: DeliveryReason;
  httpStatus?: number;
  attempts: number;
  claimedBy?: string;
  claimedAt?: string;
  updatedAt: string;
}

/** How a send ended, as the delivery layer reports it. */
export type DeliveryOutcome =
  | { status: 'sent'; attempts: number; activityId?: string }
  | {
      status: 'not-reachable';
      reason: 'no-conversation' | 'app-removed' | 'conversation-not-found';
      httpStatus?: number;
      attempts: number;
    }
  | { status: 'failed'; reason: DeliveryReason; httpStatus?: number; attempts: number };

export const FINAL_STATUSES: ReadonlySet<RecipientStatus> = new Set(['sent', 'failed', 'not-reachable']);

/** A new, pending delivery in its shard, with the conversation to send to when it is known. */
export function pendingRecipient(
  broadcastId: string,
  plan: RecipientPlan,
  placement: { shard: number; conversation?: Record<string, unknown> },
  now: Date,
): Recipient {
  return {
    ...plan,
    broadcastId,
    shard: placement.shard,
    conversation: placement.conversation,
    status: 'pending',
    attempts: 0,
    updatedAt: now.toISOString(),
  };
}

/** Takes a pending delivery for one worker; anything else is not this worker's to send. */
export function claimRecipient(recipient: Recipient, by: string, now: Date): Result<Recipient, 'already-taken'> {
  return claimDelivery(recipient, by, now);
}

/** Records how the send ended. The conversation is not needed any more (final rows are never sent again), so it goes. */
export function settleRecipient(recipient: Recipient, outcome: DeliveryOutcome, now: Date): Recipient {
  const posted = outcome.status === 'sent' && recipient.kind === 'channel' ? outcome.activityId : undefined;
  return { ...settleDelivery(recipient, outcome, now), conversation: undefined, activityId: posted };
}

/**
 * A delivery left in `sending` past its lease belonged to a worker that died. Whether Teams
 * got the message is unknowable (an activity POST has no idempotency key), so it is closed as
 * failed with that reason for HR to see, rather than risking a second message.
 */
export function expireRecipient(recipient: Recipient, now: Date, leaseMs: number): Result<Recipient, 'not-expired'> {
  if (!leaseExpired(recipient, now, leaseMs)) return fail('not-expired');
  return ok(settleRecipient(recipient, { status: 'failed', reason: 'outcome-unknown-interrupted', attempts: 0 }, now));
}

/** Counts per status: the report's progress bar. */
export type DeliveryCounts = Record<RecipientStatus, number> & { total: number };

export function countDeliveries(statuses: Iterable<RecipientStatus>): DeliveryCounts {
  const counts: DeliveryCounts = { pending: 0, sending: 0, sent: 0, failed: 0, 'not-reachable': 0, total: 0 };
  for (const status of statuses) {
    counts[status] += 1;
    counts.total += 1;
  }
  return counts;
}

/**
 * A broadcast's counts from its shards' tallies. Shards without one yet (no chunk recorded) are
 * all pending: their rows are what the broadcast's `total` holds beyond the tallied ones.
 */
export function combineShardCounts(shards: readonly DeliveryCounts[], total: number): DeliveryCounts {
  const counts = countDeliveries([]);
  for (const shard of shards) {
    for (const status of RECIPIENT_STATUSES) counts[status] += shard[status];
    counts.total += shard.total;
  }
  counts.pending += Math.max(0, total - counts.total);
  counts.total = Math.max(total, counts.total);
  return counts;
}

/** True when nothing is left to send. */
export function isFinished(counts: DeliveryCounts): boolean {
  return counts.pending === 0 && counts.sending === 0;
}
