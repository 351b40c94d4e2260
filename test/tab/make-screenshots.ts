import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR } from './support/tab-browser';

/**
 * `npm run screenshots`: the README's pictures, made by the tab's own browser tests (real server,
 * Azurite, the tab in headless Chromium inside a fake Teams host), so they can be remade after
 * any change to the tab. Each test saves its main states (the cards drawn by the Adaptive Cards renderer, test/tab/card-pictures.test.ts); the README shows a few of them.
 */
const README_PICTURES: Record<string, string> = {
  'journey-light-de.png': 'journey.png',
  'practices-library-dark-de.png': 'good-practices.png',
  'personal-admin-overview-en.png': 'hr-overview.png',
  'dashboard-overview-chart-light-de.png': 'dashboard.png',
  'report-print-de.png': 'sponsor-report.png',
  'card-poll-de.png': 'poll-card.png',
  'card-meeting-en.png': 'meeting-card.png',
};

const ROOT = path.resolve(__dirname, '../..');
const IMAGES = path.join(ROOT, 'docs/images');

execFileSync('npx', ['tsx', 'test/harness/ensure-chromium.ts'], { cwd: ROOT, stdio: 'inherit' });
execFileSync('npx', ['jest', 'test/tab'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(IMAGES, { recursive: true });
for (const [shot, picture] of Object.entries(README_PICTURES)) {
  const from = path.join(SCREENSHOT_DIR, shot);
  if (!existsSync(from)) throw new Error(`The tab tests made no ${shot}; update README_PICTURES in ${__filename}`);
  copyFileSync(from, path.join(IMAGES, picture));
  console.log(`docs/images/${picture}  ←  ${path.relative(ROOT, from)}`);
}
