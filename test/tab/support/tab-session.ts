import type { Browser, Page } from 'playwright-core';
import type { TestTokenIssuer } from '../../harness/sso-tokens';
import type { TestTandem } from '../../harness/test-server';
import { TeamsHost, type HostSettings } from './teams-host';

/** What opening a tab needs: the browser, the server, who signs tokens, and the pages to close after each test. */
export interface TabSession {
  browser: Browser;
  server: TestTandem;
  issuer: TestTokenIssuer;
  pages: Page[];
}

/**
 * Opens a tab page in the simulated Teams client as one user (a token signed for them, or a
 * failed sign-in), at a viewport (desktop by default).
 */
export async function openTabPage(
  session: TabSession,
  tabPath: string,
  settings: Partial<HostSettings> & { userObjectId: string; signInFails?: boolean },
  viewport = { width: 1280, height: 1400 },
): Promise<TeamsHost> {
  const page = await session.browser.newPage({ viewport });
  session.pages.push(page);
  const full: HostSettings = { frameContext: 'content', locale: 'en-GB', theme: 'default', ...settings };
  return TeamsHost.open(page, session.server.url, tabPath, full, async () =>
    settings.signInFails ? undefined : session.issuer.sign({ oid: full.userObjectId, name: full.userObjectId }),
  );
}
