import type { ProxiedRequest } from './request-counting-proxy';

/**
 * How many storage round trips a piece of work made one after another: the longest chain of
 * requests in which each started only after the one before it had been answered. Requests sent
 * side by side (Promise.all) count once, however many there are.
 */
export function sequentialDepth(requests: readonly Pick<ProxiedRequest, 'startedAt' | 'endedAt'>[]): number {
  const byStart = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  const depths: number[] = [];
  byStart.forEach((request, i) => {
    const before = byStart
      .slice(0, i)
      .flatMap((earlier, k) => (earlier.endedAt <= request.startedAt ? [depths[k]!] : []));
    depths.push(1 + Math.max(0, ...before));
  });
  return Math.max(0, ...depths);
}
