import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildTab, type BundleSize } from '../../../tab/build';

/** Debian's Chromium; `.ci/run` installs it on a fresh machine. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/run or apt-get install chromium`);
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
