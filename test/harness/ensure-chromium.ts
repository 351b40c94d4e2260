import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumStep, findChromium, INSTALL_CHROMIUM } from './chromium';

/**
 * Runs before jest in `npm test`: the tab tests need a real Chromium, and a machine without
 * one should hear it once, in one line, instead of through ten failing tests.
 */
function ensureChromium(): void {
  const root = process.getuid?.() === 0;
  const step = chromiumStep({
    found: findChromium() !== undefined,
    configured: !!process.env.CHROMIUM_PATH,
    root,
    apt: existsSync('/usr/bin/apt-get'),
  });
  if (step === 'ready') return;
  if (step === 'install') {
    console.log('Chromium is missing; installing it with apt-get for the tab tests.');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (findChromium()) return;
  }
  const configured = process.env.CHROMIUM_PATH ? ` (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist)` : '';
  console.error(
    `Chromium is missing for the tab tests${configured}: run \`${INSTALL_CHROMIUM}\`, or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

ensureChromium();
