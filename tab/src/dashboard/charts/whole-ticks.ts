/**
 * Axis ticks for counts: whole numbers from 0 past the largest value, at most about six of
 * them, stepping 1, 2, 5, 10, 20, 50, … (the chart's own ticks would split small counts
 * into halves: "0.5 pairs").
 */
export function wholeTicks(largest: number, most = 6): number[] {
  const top = Math.max(1, Math.ceil(largest));
  let step = 1;
  for (let magnitude = 1; Math.ceil(top / step) + 1 > most; magnitude *= 10)
    step = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) + 1 <= most) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) ticks.push(tick);
  return ticks;
}
