/**
 * The benchmark runner (`npm run bench`): starts an in-memory Azurite and a fake Bot
 * Connector, runs every figure in turn and prints one JSON line per figure on stdout.
 * Everything else (progress, diagnostics, errors) goes to stderr, so stdout can be piped
 * straight into a file of results.
 */
import { performance } from 'node:perf_hooks';
import { startEmbeddedAzurite } from '../../bot/src/storage/embedded-azurite';
import { FakeConnector } from '../harness/fake-connector';
import { botRoundTrip } from './figures/bot-round-trip';
import { environment } from './figures/environment';
import type { BenchContext, FigureSource } from './lib/figure';

/** Every figure, in output order. A new figure is one file in figures/ and one line here. */
const FIGURES: Array<[name: string, source: FigureSource]> = [
  ['environment', environment],
  ['bot-round-trip', botRoundTrip],
  ['matching', (context) => import('./figures/matching').then((figure) => figure.matching(context))],
  ['reminder-tick', (context) => import('./figures/reminder-tick').then((figure) => figure.reminderTick(context))],
  ['journey-api', (context) => import('./figures/journey-api').then((figure) => figure.journeyApi(context))],
  ['dashboard', (context) => import('./figures/dashboard').then((figure) => figure.dashboard(context))],
  ['tab-bundle', (context) => import('./figures/tab-bundle').then((figure) => figure.tabBundle(context))],
  ['tab-render', (context) => import('./figures/tab-render').then((figure) => figure.tabRender(context))],
  ['tenant-budget', (context) => import('./figures/tenant-budget').then((figure) => figure.tenantBudget(context))],
  // Last: it leaves hundreds of megabytes for the collector, which would slow whatever came after it.
  ['broadcast', (context) => import('./figures/broadcast').then((figure) => figure.broadcast(context))],
];

/** If something still holds the event loop after clean-up, exit anyway rather than hang a CI job. */
const EXIT_GRACE_MS = 5000;

async function main(): Promise<void> {
  const stdout = process.stdout.write.bind(process.stdout);
  keepStdoutForFigures();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const startedAt = performance.now();

  const azurite = await startEmbeddedAzurite({ tablePort: 0, queuePort: 0 });
  const connector = await new FakeConnector().start();
  const context: BenchContext = { azurite, connector, log };
  try {
    // `npm run bench -- matching` runs only the named figures (the environment always).
    const only = process.argv.slice(2);
    for (const [name, source] of FIGURES.filter(
      ([name]) => only.length === 0 || name === 'environment' || only.includes(name),
    )) {
      const figureStartedAt = performance.now();
      const figures = await source(context);
      figures.forEach((figure) => stdout(`${JSON.stringify(figure)}\n`));
      log(`${name}: done in ${seconds(figureStartedAt)} s`);
      connector.reset();
    }
  } finally {
    await connector.stop();
    await azurite.stop();
  }
  log(`bench finished in ${seconds(startedAt)} s`);
}

/** Libraries that print to stdout would corrupt the JSON lines: send their console output to stderr. */
function keepStdoutForFigures(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

main()
  .then(() => {
    setTimeout(() => {
      console.error(`bench: something still held the process ${EXIT_GRACE_MS} ms after clean-up; exiting anyway`);
      process.exit(0);
    }, EXIT_GRACE_MS).unref();
  })
  .catch((error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  });
