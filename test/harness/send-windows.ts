/**
 * Rates read from recorded send times, the way Teams counts them: a window of one second ends at
 * each send, and holds every send in the second before (the fake connector's sliding windows).
 */

/** The most sends in any one second. */
export function busiestSecond(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < sorted.length; end += 1) {
    while (sorted[start]! <= sorted[end]! - windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Sends per second from the first to the last (the first send starts the clock, so it is not counted). */
export function achievedRate(times: readonly number[]): number {
  if (times.length < 2) return 0;
  const sorted = [...times].sort((a, b) => a - b);
  return ((sorted.length - 1) * 1000) / (sorted.at(-1)! - sorted[0]!);
}

/** How many of the sorted times fall into each second from the first: shows ramp-up, stalls and the tail. */
export function perSecond(times: readonly number[]): number[] {
  const counts: number[] = [];
  for (const at of times)
    counts[Math.floor((at - times[0]!) / 1000)] = (counts[Math.floor((at - times[0]!) / 1000)] ?? 0) + 1;
  return Array.from(counts, (count) => count ?? 0);
}
