// Both tab pages start the same way: find the host, pick language and theme, render.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { app } from '@microsoft/teams-js';
import { pickLanguage, translator, type MessageKey, type Translate } from '../i18n/i18n';
import { connectToHost, type HostContext } from '../teams/host-context';
import { TandemShell } from './tandem-shell';

/** Describes one tab page for {@link startPage}. */
export interface PageSpec {
  /** Key of the document title (read out by screen readers and shown in browser tabs). */
  titleKey: MessageKey;
  /** Renders the page's content for a host. */
  render: (host: HostContext, t: Translate) => ReactNode;
  /** Runs once Teams is connected, for Teams-only wiring such as the config save handler. */
  onTeamsReady?: (host: HostContext, t: Translate) => void;
}

/** Mounts a page into `#root` and keeps it in step with the Teams host. */
export function startPage(spec: PageSpec): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Tandem tab: the HTML shell has no #root element');
  const root = createRoot(container);

  connectToHost((host) => {
    const language = pickLanguage(host.locale);
    const t = translator(language);
    document.documentElement.lang = language;
    document.title = t(spec.titleKey);
    // The key remounts the shell when a late Teams answer replaces the browser fallback,
    // so the theme hook starts from the real Teams theme and registers its handler.
    root.render(
      <StrictMode>
        <TandemShell key={String(host.inTeams)} host={host}>
          {spec.render(host, t)}
        </TandemShell>
      </StrictMode>,
    );
    if (host.inTeams) {
      spec.onTeamsReady?.(host, t);
      // Needed when the manifest asks Teams to show its loading indicator; harmless otherwise.
      app.notifySuccess().catch(() => undefined);
    }
  });
}
