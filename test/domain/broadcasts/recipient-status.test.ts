import {
  claimRecipient,
  combineShardCounts,
  countDeliveries,
  expireRecipient,
  isFinished,
  pendingRecipient,
  settleRecipient,
} from '../../../bot/src/domain/broadcasts';

const now = new Date('2027-03-01T09:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const pending = pendingRecipient(
  'b1',
  { key: 'person:anna', kind: 'person', target: 'anna', displayName: 'Anna', language: 'en' },
  { shard: 0 },
  now,
);

describe('recipient status', () => {
  test('pending → sending → sent; a sent delivery cannot be claimed again', () => {
    const claimed = claimRecipient(pending, 'worker-1', now);
    expect(claimed.ok && claimed.value).toMatchObject({ status: 'sending', claimedBy: 'worker-1' });
    const sent = settleRecipient(claimed.ok ? claimed.value : pending, { status: 'sent', attempts: 2 }, later(10));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    expect(claimRecipient(sent, 'worker-2', later(20))).toEqual({ ok: false, reason: 'already-taken' });
  });

  test('a delivery being sent by another worker cannot be taken', () => {
    const claimed = claimRecipient(pending, 'worker-1', now);
    expect(claimed.ok && claimRecipient(claimed.value, 'worker-2', now)).toEqual({
      ok: false,
      reason: 'already-taken',
    });
  });

  test('failures keep the reason and the HTTP status', () => {
    expect(
      settleRecipient(pending, { status: 'not-reachable', reason: 'app-removed', httpStatus: 403, attempts: 1 }, now),
    ).toMatchObject({ status: 'not-reachable', reason: 'app-removed', httpStatus: 403 });
  });

  test('a sending row past its lease is closed as failed with an unknown outcome, never made pending again', () => {
    const claimed = claimRecipient(pending, 'worker-1', now);
    if (!claimed.ok) throw new Error('claim failed');
    expect(expireRecipient(claimed.value, later(59_000), 60_000)).toEqual({ ok: false, reason: 'not-expired' });
    const expired = expireRecipient(claimed.value, later(60_000), 60_000);
    expect(expired.ok && expired.value).toMatchObject({ status: 'failed', reason: 'outcome-unknown-interrupted' });
    expect(expireRecipient(pending, later(600_000), 60_000).ok).toBe(false);
  });

  test('counts feed the progress bar; finished when nothing is pending or sending', () => {
    const counts = countDeliveries(['sent', 'sent', 'failed', 'not-reachable', 'pending']);
    expect(counts).toEqual({ pending: 1, sending: 0, sent: 2, failed: 1, 'not-reachable': 1, total: 5 });
    expect(isFinished(counts)).toBe(false);
    expect(isFinished(countDeliveries(['sent', 'failed']))).toBe(true);
  });

  test('shard tallies add up; the rows of shards without a tally yet count as pending', () => {
    const shards = [
      countDeliveries(['sent', 'sent', 'failed']),
      countDeliveries(['not-reachable', 'sending', 'pending']),
    ];
    const counts = combineShardCounts(shards, 10);
    expect(counts).toEqual({ pending: 5, sending: 1, sent: 2, failed: 1, 'not-reachable': 1, total: 10 });
    expect(isFinished(counts)).toBe(false);
    expect(isFinished(combineShardCounts([countDeliveries(['sent', 'failed'])], 2))).toBe(true);
    // A shard that gained rows after the total was taken (a resumed fan-out) is not lost from the total.
    expect(combineShardCounts([countDeliveries(['sent', 'sent', 'sent'])], 2)).toMatchObject({ total: 3, pending: 0 });
  });
});
