import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildTab, type BundleSize } from '../../../tab/build';
import { findChromium, INSTALL_CHROMIUM } from '../../harness/chromium';

/** Debian's Chromium (or `CHROMIUM_PATH`); `npm test` checks for it before jest starts. */
export const CHROMIUM = findChromium();
/** Flags verified on this kind of machine: no sandbox in containers, nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** One headless Chromium for a test file. */
export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(`Chromium not found: run \`${INSTALL_CHROMIUM}\` or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The real tab bundle built into a temporary folder the test server serves as TAB_DIR. */
export async function buildTabForTest(): Promise<{ dir: string; bundles: BundleSize[]; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tandem-tab-'));
  const { bundles } = await buildTab(dir);
  return { dir, bundles, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Where screenshots go, for people to look at after a run. */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../build/screenshots');
