import type { Page } from 'playwright-core';

/** What the simulated Teams client tells the tab about where it runs. */
export interface HostSettings {
  /** `content` for a tab, `settings` for its configuration page. */
  frameContext: 'content' | 'settings';
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  chatId?: string;
  entityId?: string;
  /** The signed-in person (oid); getAuthToken answers with a token for them. */
  userObjectId: string;
}

/** One message the tab sent to its host. */
export interface HostMessage {
  func: string;
  args: unknown[];
}

// What Teams web announces it supports; teams-js checks these before pages.config, authentication, openLink.
const RUNTIME_CONFIG = JSON.stringify({
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    app: {},
    appInstallDialog: {},
    authentication: {},
    chat: {},
    dialog: { card: {}, url: {} },
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
    teamsCore: {},
  },
});
const CLIENT_SDK_VERSION = '2.58.0';

/**
 * The host page: one iframe with the real tab, relaying every teams-js message to Node
 * (`__teamsHost`) and posting Node's answer back as a response `{id, uuidAsString, args}`,
 * the shape teams-js 2.x deserialises. `__toTab(func, args)` sends a host-initiated event.
 */
function hostPage(tabUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Teams test host</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe id="tab" title="tab" src="${tabUrl}"></iframe><script>
const frame = document.getElementById('tab');
window.addEventListener('message', async (event) => {
  const message = event.data;
  if (event.source !== frame.contentWindow || !message || typeof message.func !== 'string') return;
  const args = await window.__teamsHost(message.func, message.args || []);
  if (args !== null) frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, '*');
});
window.__toTab = (func, args) => frame.contentWindow.postMessage({ func, args }, '*');
</script></body></html>`;
}

/**
 * Plays the Teams client for a tab in a real browser: serves a host page on the tab's own
 * origin (so teams-js accepts its messages without an allow-list) and answers initialize,
 * getContext, getAuthToken and pages.config calls. Every message is recorded for assertions.
 */
export class TeamsHost {
  readonly messages: HostMessage[] = [];

  private constructor(
    private readonly page: Page,
    private readonly settings: HostSettings,
    private readonly token: () => Promise<string | undefined>,
  ) {}

  /** Opens `tabPath` (e.g. `/tab/index.html?view=chat`) of `baseUrl` inside the simulated Teams; `token` undefined means sign-in fails. */
  static async open(
    page: Page,
    baseUrl: string,
    tabPath: string,
    settings: HostSettings,
    token: () => Promise<string | undefined>,
  ): Promise<TeamsHost> {
    const host = new TeamsHost(page, settings, token);
    await page.exposeFunction('__teamsHost', (func: string, args: unknown[]) => host.answer(func, args));
    await page.route(`${baseUrl}/__teams-host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostPage(`${baseUrl}${tabPath}`) }),
    );
    await page.goto(`${baseUrl}/__teams-host.html`);
    return host;
  }

  /** The tab's frame, for locators. */
  get tab() {
    return this.page.frameLocator('#tab');
  }

  /** Teams tells the tab the user switched theme. */
  async changeTheme(theme: HostSettings['theme']): Promise<void> {
    await this.page.evaluate((t) => (globalThis as any).__toTab('themeChange', [t]), theme);
  }

  /** The user selects Save in Teams' configuration dialog. */
  async pressSave(): Promise<void> {
    await this.page.evaluate(() => (globalThis as any).__toTab('settings.save', [{}]));
  }

  /** Saves what the user sees (host page with the tab) as a PNG. */
  /** A blank top-level page in the same browser, e.g. to print what the tab shows. */
  async blankPage(): Promise<Page> {
    return this.page.context().browser()!.newPage();
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, fullPage: true });
  }

  /** Messages of one kind, in order. */
  sent(func: string): HostMessage[] {
    return this.messages.filter((m) => m.func === func);
  }

  private async answer(func: string, args: unknown[]): Promise<unknown[] | null> {
    this.messages.push({ func, args });
    switch (func) {
      case 'initialize':
        return [this.settings.frameContext, 'web', RUNTIME_CONFIG, CLIENT_SDK_VERSION];
      case 'getContext':
        return [this.legacyContext()];
      case 'authentication.getAuthToken': {
        // No token: Teams' answer when SSO is not set up or the user must consent first.
        const token = await this.token();
        return token ? [true, token] : [false, 'resourceRequiresConsent'];
      }
      case 'settings.setSettings':
      case 'executeDeepLink':
        // Status-and-reason answers: success, no reason.
        return [true];
      default:
        // One-way messages (registerHandler, setValidityState, notifySuccess, …) get no answer.
        return null;
    }
  }

  // teams-js 2.x still receives the v1 context shape and maps it to app.Context itself.
  private legacyContext(): Record<string, unknown> {
    const { locale, theme, chatId, entityId, frameContext, userObjectId } = this.settings;
    return {
      locale,
      theme,
      chatId,
      entityId,
      frameContext,
      userObjectId,
      tid: 'test-tenant',
      hostClientType: 'web',
      hostName: 'Teams',
      appSessionId: 'session-1',
    };
  }
}
