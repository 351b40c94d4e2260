// Every call to Tandem's tab API carries who is asking: inside Teams the SSO token from
// teams-js, in a plain browser during local development the marked development identity.
import { authentication } from '@microsoft/teams-js';
import type { HostContext } from '../teams/host-context';

/** What a tab API call gave: the value, or the HTTP status that says why not. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number };

/** The development identity for a preview outside Teams (`?devUser=<tenant>/<oid>`); the server ignores it in production. */
function devUser(): string | undefined {
  return new URLSearchParams(window.location.search).get('devUser') ?? undefined;
}

async function authHeaders(host: HostContext): Promise<Record<string, string>> {
  if (host.inTeams) return { authorization: `Bearer ${await authentication.getAuthToken()}` };
  const user = devUser();
  return user ? { 'x-tandem-dev-user': user } : {};
}

/**
 * GETs a JSON resource of the tab API in the user's language. A failed sign-in counts as
 * 401, a network failure as status 0, so the page can say what went wrong.
 */
export async function getJson<T>(host: HostContext, path: string, language: string): Promise<ApiResult<T>> {
  let headers: Record<string, string>;
  try {
    headers = await authHeaders(host);
  } catch {
    return { ok: false, status: 401 };
  }
  const separator = path.includes('?') ? '&' : '?';
  try {
    const response = await fetch(`${path}${separator}lang=${language}`, { headers, cache: 'no-store' });
    if (!response.ok) return { ok: false, status: response.status };
    return { ok: true, value: (await response.json()) as T };
  } catch {
    return { ok: false, status: 0 };
  }
}

/** POSTs an action of the tab API (no body); the answer's status says how it went. */
export async function postAction(host: HostContext, path: string): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(path, { method: 'POST', headers: await authHeaders(host), cache: 'no-store' });
    return response.ok ? { ok: true, value: await response.json() } : { ok: false, status: response.status };
  } catch {
    return { ok: false, status: 0 };
  }
}
