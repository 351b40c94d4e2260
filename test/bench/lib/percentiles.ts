/** Summary statistics of latency samples, in the samples' unit (milliseconds here). */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest sample that at least p % of
 * the samples are less than or equal to. No interpolation, so every value reported is a
 * latency that was actually observed.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Percentiles, mean and range of a set of samples. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: total / sorted.length,
    min: percentile(sorted, 0),
    max: sorted[sorted.length - 1]!,
  };
}

/** Rounds to two decimals, the precision every figure is reported in. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A latency summary as figure fields (`p50_ms`, …), rounded. */
export function latencyFields(summary: LatencySummary): Record<string, number> {
  return {
    p50_ms: round2(summary.p50),
    p95_ms: round2(summary.p95),
    p99_ms: round2(summary.p99),
    mean_ms: round2(summary.mean),
    min_ms: round2(summary.min),
    max_ms: round2(summary.max),
  };
}
