// The same pages open inside Teams and, during development, in a plain browser.
// Outside Teams `app.initialize()` never settles, so we fall back after a short
// wait instead of showing a blank page.
import { app } from '@microsoft/teams-js';

/** What the tab needs to know about where it is running. */
export interface HostContext {
  /** True once Teams (or another Microsoft 365 host) answered `app.initialize()`. */
  inTeams: boolean;
  /** BCP 47 locale of the user, e.g. `de-DE`. */
  locale: string;
  /** Teams theme name: `default`, `dark`, `contrast` (or a newer name we treat as light). */
  theme: string;
  /** Id of the group chat the tab is pinned to, when it is in a chat. */
  chatId?: string;
  /** The `entityId` the tab was saved with. */
  pageId?: string;
  /** The sub-page a deep link asked for (`subEntityId`), e.g. `good-practices`. */
  subPageId?: string;
}

/** How long to wait for Teams before assuming a plain browser. */
export const TEAMS_INIT_TIMEOUT_MS = 2000;

/**
 * Connects to the Teams host and calls `show` with its context. When Teams does not
 * answer within `timeoutMs`, `show` gets a browser fallback first; should Teams answer
 * later (a slow client), `show` is called again with the real context.
 */
export function connectToHost(show: (host: HostContext) => void, timeoutMs = TEAMS_INIT_TIMEOUT_MS): void {
  let fellBack = false;
  const timer = setTimeout(() => {
    fellBack = true;
    show(browserContext());
  }, timeoutMs);

  app
    .initialize()
    .then(readTeamsContext)
    .then(
      (host) => {
        clearTimeout(timer);
        show(host);
      },
      () => {
        clearTimeout(timer);
        if (!fellBack) show(browserContext());
      },
    );
}

async function readTeamsContext(): Promise<HostContext> {
  const context = await app.getContext();
  return {
    inTeams: true,
    locale: context.app.locale,
    theme: context.app.theme,
    chatId: context.chat?.id,
    pageId: context.page.id,
    subPageId: context.page.subPageId,
  };
}

// Mirrors the browser's own preferences so a preview looks like what the user would see in Teams.
function browserContext(): HostContext {
  return {
    inTeams: false,
    locale: navigator.language,
    theme: prefersTheme(),
  };
}

function prefersTheme(): string {
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (window.matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}
