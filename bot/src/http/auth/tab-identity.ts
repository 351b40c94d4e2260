import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { TabAuthSetting } from '../../config';
import { BoundedCache } from '../../services/bounded-cache';

/** The person behind a tab API request. */
export interface TabIdentity {
  tenantId: string;
  aadObjectId: string;
  name?: string;
  /** True for the development identity of local runs. */
  development: boolean;
}

export type TabAuthFailure = 'missing-token' | 'invalid-token';

/** Header for the development identity: only honoured without an SSO app registration. */
export const DEV_IDENTITY_HEADER = 'x-tandem-dev-user';
const DEV_TENANT = 'development-tenant';
const SCOPE = 'access_as_user';
/**
 * A pinned tab sends the same token with every request for up to an hour; checking its
 * signature each time is most of the tab API's own CPU. A token that passed every check is
 * remembered (by its exact text) until it expires.
 */
const VERIFIED_TOKENS = { maxEntries: 2_000, maxAgeMs: 60 * 60_000 };

interface VerifiedToken {
  identity: TabIdentity;
  /** `exp` and `nbf`, in seconds since the epoch as in the token. */
  expiresAt: number;
  notBefore: number;
}

/**
 * Recognises the caller of the tab API from the Teams SSO token (`authentication.getAuthToken()`):
 * signature against the tenant's signing keys, issuer (the configured tenant, v1 or v2), audience,
 * expiry and the `access_as_user` scope. The person is `oid` + `tid`.
 */
export class TabAuthenticator {
  private readonly keys?: JWTVerifyGetKey;
  private readonly verified: BoundedCache<VerifiedToken>;

  constructor(
    private readonly setting: TabAuthSetting,
    keys?: JWTVerifyGetKey,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (setting.mode === 'sso') this.keys = keys ?? createRemoteJWKSet(new URL(setting.jwksUrl));
    this.verified = new BoundedCache(VERIFIED_TOKENS, () => this.now().getTime());
  }

  get developmentMode(): boolean {
    return this.setting.mode === 'development';
  }

  async identify(headers: Record<string, string | string[] | undefined>): Promise<TabIdentity | TabAuthFailure> {
    if (this.setting.mode === 'development') return developmentIdentity(headers);
    const token = /^Bearer\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
    if (!token) return 'missing-token';
    const seconds = Math.floor(this.now().getTime() / 1000);
    const known = this.verified.get(token);
    if (known && seconds < known.expiresAt && seconds >= known.notBefore) return known.identity;
    try {
      const { payload } = await jwtVerify(token, this.keys!, {
        issuer: [
          `https://login.microsoftonline.com/${this.setting.tenantId}/v2.0`,
          `https://sts.windows.net/${this.setting.tenantId}/`,
        ],
        audience: this.setting.audiences,
        currentDate: this.now(),
      });
      const scopes = String(payload.scp ?? '').split(' ');
      if (!scopes.includes(SCOPE) || typeof payload.oid !== 'string' || payload.tid !== this.setting.tenantId)
        return 'invalid-token';
      if (!ID_PART.test(payload.oid)) return 'invalid-token';
      const identity = {
        tenantId: payload.tid,
        aadObjectId: payload.oid,
        name: typeof payload.name === 'string' ? payload.name : undefined,
        development: false,
      };
      // Only a token with an expiry is remembered, and never past it.
      if (typeof payload.exp === 'number')
        this.verified.set(token, {
          identity,
          expiresAt: payload.exp,
          notBefore: typeof payload.nbf === 'number' ? payload.nbf : 0,
        });
      return identity;
    } catch {
      return 'invalid-token';
    }
  }
}

/**
 * Tenant and object ids become table keys: a part that is empty or holds anything but the
 * characters of a GUID-like id is refused as an invalid identity, never passed on.
 */
const ID_PART = /^[A-Za-z0-9._:-]{1,128}$/;

function developmentIdentity(headers: Record<string, string | string[] | undefined>): TabIdentity | TabAuthFailure {
  const user = String(headers[DEV_IDENTITY_HEADER] ?? '').trim();
  if (!user) return 'missing-token';
  const [tenantId, aadObjectId] = user.includes('/')
    ? user.split('/', 2).map((part) => part.trim())
    : [DEV_TENANT, user];
  if (!ID_PART.test(tenantId ?? '') || !ID_PART.test(aadObjectId ?? '')) return 'invalid-token';
  return { tenantId: tenantId!, aadObjectId: aadObjectId!, development: true };
}
