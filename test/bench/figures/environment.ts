import os from 'node:os';
import type { Figure } from '../lib/figure';

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
      memory_gb: Math.round((os.totalmem() / 1024 ** 3) * 100) / 100,
    },
  ];
}
