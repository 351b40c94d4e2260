import { wholeTicks } from '../../tab/src/dashboard/charts/whole-ticks';

describe('whole-number axis ticks for counts', () => {
  test.each([
    [0, [0, 1]],
    [2, [0, 1, 2]],
    [5, [0, 1, 2, 3, 4, 5]],
    [7, [0, 2, 4, 6, 8]],
    [23, [0, 5, 10, 15, 20, 25]],
    [999, [0, 200, 400, 600, 800, 1000]],
    [6000, [0, 2000, 4000, 6000]],
  ])('up to %d: %j', (largest, ticks) => {
    expect(wholeTicks(largest)).toEqual(ticks);
  });

  test('never a fraction, always reaching the largest value, never more than six', () => {
    for (let largest = 0; largest <= 5000; largest += 7) {
      const ticks = wholeTicks(largest);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(largest);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });
});
