import { performance } from 'node:perf_hooks';
import { JOURNEY } from '../../harness/journey-fixture';
import { buildTabForTest, launchChromium } from '../../tab/support/tab-browser';
import { TeamsHost } from '../../tab/support/teams-host';
import type { BenchContext, Figure } from '../lib/figure';
import { startJourneyServer } from '../lib/journey-server';
import { summarize } from '../lib/percentiles';

const RUNS = 7;

/**
 * Time to first meaningful render of the pinned tab in headless Chromium: from opening the
 * Teams host page to the pair's meetings on screen (teams-js handshake, SSO token, journey API,
 * React render). A fresh page each run; the first run, which warms the server, is not counted.
 */
export async function tabRender(context: BenchContext): Promise<Figure[]> {
  const tab = await buildTabForTest();
  const { server, issuer, stop } = await startJourneyServer(context, { TAB_DIR: tab.dir });
  const browser = await launchChromium();
  try {
    const samples: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const started = performance.now();
      const host = await TeamsHost.open(
        page,
        server.url,
        '/tab/index.html?view=chat',
        {
          frameContext: 'content',
          locale: 'de-DE',
          theme: 'default',
          chatId: JOURNEY.chatId,
          userObjectId: JOURNEY.mentee,
        },
        () => issuer.sign({ oid: JOURNEY.mentee }),
      );
      await host.tab.locator('[data-section="timeline"] li').first().waitFor();
      if (run > 0) samples.push(performance.now() - started);
      await page.close();
    }
    const summary = summarize(samples);
    return [
      {
        figure: 'tab-render',
        runs: RUNS,
        p50_ms: Math.round(summary.p50),
        max_ms: Math.round(summary.max),
        target_ms: 1000,
      },
    ];
  } finally {
    await browser.close();
    await stop();
    await tab.remove();
  }
}
