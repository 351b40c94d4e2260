import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { JOURNEY, seedJourney } from '../../harness/journey-fixture';
import { SSO_ENV, testTokenIssuer, type TestTokenIssuer } from '../../harness/sso-tokens';
import { startTestTandem, TestClock, type TestTandem } from '../../harness/test-server';
import { buildTabForTest, launchChromium, SCREENSHOT_DIR } from './tab-browser';
import { openTabPage } from './tab-session';
import type { HostSettings, TeamsHost } from './teams-host';

/** How a tab test file opens pages and keeps pictures of them. */
export interface JourneyTabFixture {
  openTab(
    tabPath: string,
    settings: Partial<HostSettings> & { userObjectId: string; signInFails?: boolean },
    viewport?: { width: number; height: number },
  ): Promise<TeamsHost>;
  shoot(host: TeamsHost, name: string): Promise<void>;
  /** An SSO token for a user, for calling the tab's API without a page. */
  tokenFor(userObjectId: string): Promise<string>;
}

/**
 * Registers a tab test file's hooks: the real tab bundle, a server in SSO mode trusting the
 * test's token issuer, the journey fixture seeded (HR is its bootstrap admin), one Chromium,
 * and every page closed after each test. `seeded` gets the server and programme once they
 * exist, for what the file seeds on top.
 */
export function useJourneyTab(
  seeded: (server: TestTandem, programmeId: string, clock: TestClock) => Promise<void> = async () => {},
): JourneyTabFixture {
  let browser: Browser;
  let server: TestTandem;
  let issuer: TestTokenIssuer;
  let removeTab: () => Promise<void>;
  const pages: Page[] = [];

  beforeAll(async () => {
    const tab = await buildTabForTest();
    removeTab = tab.remove;
    issuer = await testTokenIssuer();
    const clock = new TestClock();
    server = await startTestTandem({
      env: { ...SSO_ENV, TAB_DIR: tab.dir, TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr },
      clock,
      tabAuth: issuer.authenticator(),
    });
    await seeded(server, await seedJourney(server, clock), clock);
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await removeTab?.();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  return {
    openTab: (tabPath, settings, viewport) =>
      openTabPage({ browser, server, issuer, pages }, tabPath, settings, viewport),
    shoot: (host, name) => host.screenshot(path.join(SCREENSHOT_DIR, `${name}.png`)),
    tokenFor: (userObjectId) => issuer.sign({ oid: userObjectId, name: userObjectId }),
  };
}
