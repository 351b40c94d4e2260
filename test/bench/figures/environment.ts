import os from 'node:os';
import type { Figure } from '../lib/figure';
import { round2 } from '../lib/percentiles';

/** Where the figures were taken: numbers from different machines or Node versions are not comparable. */
export async function environment(): Promise<Figure[]> {
  const cpus = os.cpus();
  return [
    {
      figure: 'environment',
      node: process.version,
      cpus: cpus.length,
      cpu_model: cpus[0]?.model.trim() ?? 'unknown',
      platform: `${process.platform}-${process.arch}`,
      memory_gb: round2(os.totalmem() / 1024 ** 3),
      // Other work on the machine shows up in the tails; a busy machine makes p95/p99 unreliable.
      load_avg_1m: round2(os.loadavg()[0] ?? 0),
    },
  ];
}
