import { fail, ok, type Result } from './result';

/**
 * The columns every tracked proactive delivery keeps (a news recipient, a notice): the stored
 * status is the truth, `sent` is never sent again, and a claim names who is sending it.
 */
export interface DeliveryTrack {
  status: string;
  reason?: string;
  httpStatus?: number;
  attempts: number;
  claimedBy?: string;
  claimedAt?: string;
  updatedAt: string;
}

/** How a send ended, as the delivery layer reports it; the reason codes are the feature's own. */
export interface SettledOutcome {
  status: string;
  reason?: string;
  httpStatus?: number;
  attempts: number;
}

/** Takes a pending delivery for one worker; anything else is not this worker's to send. */
export function claimDelivery<T extends DeliveryTrack>(row: T, by: string, now: Date): Result<T, 'already-taken'> {
  if (row.status !== 'pending') return fail('already-taken');
  return ok({ ...row, status: 'sending', claimedBy: by, claimedAt: now.toISOString(), updatedAt: now.toISOString() });
}

/** Records how the send ended; attempts add up over claims. */
export function settleDelivery<T extends DeliveryTrack>(
  row: T,
  outcome: SettledOutcome & { status: T['status'] },
  now: Date,
): T {
  const failed = outcome.status !== 'sent';
  return {
    ...row,
    status: outcome.status,
    attempts: row.attempts + outcome.attempts,
    updatedAt: now.toISOString(),
    reason: failed ? outcome.reason : undefined,
    httpStatus: failed ? outcome.httpStatus : undefined,
  };
}

/**
 * True when a `sending` delivery outlived its lease: its worker died. Whether Teams got the
 * message is unknowable (an activity POST has no idempotency key), so the caller closes it as
 * failed with that reason rather than risking a second message.
 */
export function leaseExpired(row: DeliveryTrack, now: Date, leaseMs: number): boolean {
  return row.status === 'sending' && !!row.claimedAt && now.getTime() - Date.parse(row.claimedAt) >= leaseMs;
}
