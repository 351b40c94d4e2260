import {
  burstFor,
  emptySendWindow,
  fullBucket,
  recordSend,
  sendWindowWait,
  takeToken,
  type BucketState,
} from '../../bot/src/teams/token-bucket';

describe('token bucket', () => {
  test('after the burst, a token comes every 1/rate seconds; a caller told to wait takes nothing', () => {
    const settings = { ratePerSecond: 40, burst: burstFor(40) };
    expect(settings.burst).toBe(1);
    let state = fullBucket(settings, 0);
    const first = takeToken(state, settings, 0);
    expect(first.waitMs).toBe(0);
    state = first.state;
    const early = takeToken(state, settings, 10);
    expect(early.waitMs).toBe(15);
    expect(early.state).toBe(state);
    expect(takeToken(state, settings, 25).waitMs).toBe(0);
  });

  test('tokens that come while the bucket is full are gone: a quiet spell buys at most the burst', () => {
    const settings = { ratePerSecond: 500, burst: burstFor(500) };
    expect(settings.burst).toBe(10);
    let state: BucketState = fullBucket(settings, 0);
    let taken = 0;
    // Ten seconds quiet, then as many as the bucket gives at that instant.
    for (
      let result = takeToken(state, settings, 10_000);
      result.waitMs === 0;
      result = takeToken(state, settings, 10_000)
    ) {
      state = result.state;
      taken += 1;
    }
    expect(taken).toBe(10);
  });

  test('a sender whose timer wakes late loses nothing while the delay stays within the burst', () => {
    const settings = { ratePerSecond: 500, burst: burstFor(500) };
    let state = fullBucket(settings, 0);
    const leftAt: number[] = [];
    // Each wake-up comes 15 ms after the one before (a busy event loop), and takes all it may.
    for (let now = 0; leftAt.length < 5000; now += 15) {
      for (
        let result = takeToken(state, settings, now);
        result.waitMs === 0;
        result = takeToken(state, settings, now)
      ) {
        state = result.state;
        leftAt.push(now);
      }
    }
    // 5,000 at 500/s: 10 s, less the first burst's head start.
    expect(leftAt.at(-1)!).toBeLessThanOrEqual(10_000);
  });

  test('over any stretch of time T, at most rate x T + burst tokens are taken', () => {
    const settings = { ratePerSecond: 490, burst: burstFor(490) };
    let state = fullBucket(settings, 0);
    const leftAt: number[] = [];
    let now = 0;
    while (leftAt.length < 3000) {
      const result = takeToken(state, settings, now);
      if (result.waitMs === 0) {
        state = result.state;
        leftAt.push(now);
      }
      now += Math.random() < 0.9 ? 1 : 40; // mostly prompt, now and then a long pause
    }
    for (const windowMs of [100, 1000]) {
      const most = (windowMs * 490) / 1000 + settings.burst;
      for (let i = 0, j = 0; i < leftAt.length; i++) {
        while (leftAt[j]! <= leftAt[i]! - windowMs) j++;
        expect(i - j + 1).toBeLessThanOrEqual(most);
      }
    }
  });
});

describe('send window', () => {
  test('a send waits until the oldest of the last `limit` is a window old', () => {
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
