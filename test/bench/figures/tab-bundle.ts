import { buildTabForTest } from '../../tab/support/tab-browser';
import type { BenchContext, Figure } from '../lib/figure';

/** The tab's JavaScript as Teams downloads it: each page's first load and what HR's lazily loaded dashboard adds, raw and gzipped. Target ≤ 300 KB gzipped per load. */
export async function tabBundle(_context: BenchContext): Promise<Figure[]> {
  const { bundles, remove } = await buildTabForTest();
  await remove();
  return bundles.map((b) => ({
    figure: 'tab-bundle',
    load: b.load,
    files: b.files.length,
    kib: Math.round(b.bytes / 102.4) / 10,
    gzip_kib: Math.round(b.gzipBytes / 102.4) / 10,
    target_gzip_kib: 300,
  }));
}
