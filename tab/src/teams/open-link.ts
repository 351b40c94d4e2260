import { app } from '@microsoft/teams-js';
import type { HostContext } from './host-context';

/** Opens a Teams deep link the way the host can: through Teams inside it, in a new window outside. */
export function openInTeams(host: HostContext, url: string): void {
  if (host.inTeams) app.openLink(url).catch(() => window.open(url, '_blank', 'noopener'));
  else window.open(url, '_blank', 'noopener');
}
