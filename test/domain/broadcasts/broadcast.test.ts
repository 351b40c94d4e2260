import { cancelBroadcast, draftBroadcast, isDue, isStalled, queueBroadcast, scheduleBroadcast, burstFor, fullBucket, reserveToken, emptySendWindow, recordSend, sendWindowWait } from '../../../bot/src/domain/broadcasts';

const now = new Date('2027-03-01T09:00:00Z');
const at = (iso: string) => new Date(iso);
const draft = draftBroadcast(
  { programmeId: 'p', audience: ['participants'], content: { language: 'en', versions: { en: { title: 't', text: 'x' } } } },
  { id: 'b1', tenantId: 't', createdBy: 'hr', createdByName: 'Helga', now },
);

describe('broadcast life', () => {
  test('a scheduled broadcast falls due at its time and can be cancelled before', () => {
    expect(scheduleBroadcast(draft, now, now)).toEqual({ ok: false, reason: 'in-the-past' });
    const scheduled = scheduleBroadcast(draft, at('2027-03-02T08:00:00Z'), now);
    if (!scheduled.ok) throw new Error('not scheduled');
    expect(isDue(scheduled.value, at('2027-03-02T07:59:59Z'))).toBe(false);
    expect(isDue(scheduled.value, at('2027-03-02T08:00:00Z'))).toBe(true);
    const cancelled = cancelBroadcast(scheduled.value, now);
    expect(cancelled.ok && cancelled.value.status).toBe('cancelled');
    expect(cancelled.ok && isDue(cancelled.value, at('2027-03-03T00:00:00Z'))).toBe(false);
    expect(cancelled.ok && queueBroadcast(cancelled.value, now)).toEqual({ ok: false, reason: 'already-sent' });
  });

  test('once queued it can be neither cancelled nor queued twice; a stalled fan-out is recognised', () => {
    const queued = queueBroadcast(draft, now);
    if (!queued.ok) throw new Error('not queued');
    expect(cancelBroadcast(queued.value, now)).toEqual({ ok: false, reason: 'already-sent' });
    expect(queueBroadcast(queued.value, now)).toEqual({ ok: false, reason: 'already-sent' });
    expect(isStalled(queued.value, at('2027-03-01T09:00:59Z'), 60_000)).toBe(false);
    expect(isStalled(queued.value, at('2027-03-01T09:01:00Z'), 60_000)).toBe(true);
  });
});

describe('token bucket', () => {
  test('after the burst, tokens come at the configured rate and callers queue fairly', () => {
    const settings = { ratePerSecond: 40, burst: burstFor(40) };
    let state = fullBucket(settings, 0);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const reserved = reserveToken(state, settings, 0);
      state = reserved.state;
      waits.push(reserved.waitMs);
    }
    expect(waits).toEqual([0, 25, 50, 75, 100]);
    // A quiet second refills at most the burst, so a sliding second never sees more than rate + burst.
    const after = reserveToken(state, settings, 5000);
    expect(after.waitMs).toBe(0);
    expect(reserveToken(after.state, settings, 5000).waitMs).toBe(25);
  });

  test('over any one-second window no more than rate + burst tokens are granted', () => {
    const settings = { ratePerSecond: 500, burst: burstFor(500) };
    let state = fullBucket(settings, 0);
    const grantedAt: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const reserved = reserveToken(state, settings, 0);
      state = reserved.state;
      grantedAt.push(reserved.waitMs);
    }
    for (let i = 0; i + 505 < grantedAt.length; i += 97) expect(grantedAt[i + 505]! - grantedAt[i]!).toBeGreaterThanOrEqual(1000);
  });
});

describe('send window', () => {
  test('sends that leave in a bunch (late timers) wait until the oldest of the last `limit` is a window old', () => {
    const window = emptySendWindow(3, 1000);
    for (const at of [0, 10, 20]) {
      expect(sendWindowWait(window, at)).toBe(0);
      recordSend(window, at);
    }
    // A fourth at 30 ms would put four sends into one second.
    expect(sendWindowWait(window, 30)).toBe(970);
    recordSend(window, 1000);
    expect(sendWindowWait(window, 1000)).toBe(10);
    expect(sendWindowWait(window, 1010)).toBe(0);
  });

  test('a long run of sends, each leaving as soon as the window allows, never has more than `limit` in any window', () => {
    const window = emptySendWindow(490, 1000);
    const sent: number[] = [];
    let now = 0;
    while (sent.length < 3000) {
      now += sendWindowWait(window, now);
      recordSend(window, now);
      sent.push(now);
      now += Math.random() < 0.5 ? 0 : 1; // bunches and gaps
    }
    for (let i = 0; i + 490 < sent.length; i++) expect(sent[i + 490]! - sent[i]!).toBeGreaterThanOrEqual(1000);
  });
});
