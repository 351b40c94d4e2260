import { ConversationThrottle, type RateWindow } from '../../bot/src/teams/conversation-throttle';

/** Within every sliding window of each length, no more grants than the limit. */
function worstSlidingCount(times: number[], windowMs: number): number {
  let worst = 0;
  for (let i = 0; i < times.length; i++) {
    const inWindow = times.filter((t) => t >= times[i]! && t < times[i]! + windowMs).length;
    worst = Math.max(worst, inWindow);
  }
  return worst;
}

describe('conversation throttle', () => {
  // Teams' shape (7/1 s, 8/2 s) scaled down five times so the test takes a second, not five.
  const windows: RateWindow[] = [
    { points: 7, seconds: 0.2 },
    { points: 8, seconds: 0.4 },
  ];

  test('a burst never exceeds any limit in any sliding window, even across fixed-window edges', async () => {
    const throttle = new ConversationThrottle(windows);
    const grants: number[] = [];
    // Start mid-window so bursts straddle the limiter's own window boundaries.
    await throttle.acquire('warm-up');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await Promise.all(Array.from({ length: 20 }, () => throttle.acquire('chat').then(() => grants.push(Date.now()))));
    grants.sort((a, b) => a - b);
    expect(grants).toHaveLength(20);
    expect(worstSlidingCount(grants, 200)).toBeLessThanOrEqual(7);
    expect(worstSlidingCount(grants, 400)).toBeLessThanOrEqual(8);
  });

  test('conversations do not wait for each other', async () => {
    const throttle = new ConversationThrottle(windows);
    for (let i = 0; i < 3; i++) await throttle.acquire('busy');
    const order: string[] = [];
    await Promise.all([
      throttle.acquire('busy').then(() => order.push('busy')),
      throttle.acquire('quiet').then(() => order.push('quiet')),
    ]);
    expect(order).toEqual(['quiet', 'busy']);
  });
});
