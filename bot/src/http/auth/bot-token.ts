import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify, type JWTPayload } from 'jose';
import { OpenIdSigningKeys, SigningKeysUnavailable } from './openid-keys';

/** Whom the Bot Framework's tokens must be for, and where its signing keys are published. */
export interface BotTokenSetting {
  appId: string;
  openIdMetadataUrl: string;
}

/** A caller whose token passed: its claims, and the channels its signing key may speak for. */
export interface BotCaller {
  claims: JWTPayload;
  endorsements: string[];
}

/** 401: the token is missing or not one we accept; 503: Microsoft's keys could not be fetched. */
export type BotTokenCheck = { ok: true; caller: BotCaller } | { ok: false; status: 401 | 503 };

/** The Bot Framework's channel tokens (Teams among them) are issued by this issuer only. */
const ISSUER = 'https://api.botframework.com';
const ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
/** Key ids are base64url thumbprints; anything else cannot name a published key. */
const KEY_ID = /^[A-Za-z0-9_=-]{1,128}$/;
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
/** The Bot Framework SDKs allow five minutes of clock skew; so do we. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;
const UNAUTHORIZED: BotTokenCheck = { ok: false, status: 401 };

/**
 * Checks the token Teams (the Bot Framework) sends with every activity, as botbuilder's channel
 * validation does: RSA signature by a published key, issuer, audience (our app id), expiry.
 * Everything that can be judged without keys is judged first (algorithm, key id, issuer,
 * audience, expiry), so a forged or foreign token never makes the server fetch anything. Only a
 * failure to fetch Microsoft's keys is 503; every other doubt is 401.
 */
export class BotTokenVerifier {
  private readonly keys: OpenIdSigningKeys;

  constructor(
    private readonly setting: BotTokenSetting,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.keys = new OpenIdSigningKeys({ metadataUrl: setting.openIdMetadataUrl, now: () => this.now().getTime() });
  }

  async verify(authorization: string | undefined): Promise<BotTokenCheck> {
    const token = BEARER.exec(authorization ?? '')?.[1];
    const header = token ? this.plausibleHeader(token) : undefined;
    if (!token || !header) return UNAUTHORIZED;
    let key;
    try {
      key = await this.keys.key(header.kid);
    } catch (error) {
      if (error instanceof SigningKeysUnavailable) return { ok: false, status: 503 };
      throw error;
    }
    if (!key) return UNAUTHORIZED;
    try {
      const publicKey = await importJWK({ kty: 'RSA', n: key.n, e: key.e }, header.alg);
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: ISSUER,
        audience: this.setting.appId,
        algorithms: [header.alg],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: this.now(),
        requiredClaims: ['exp'],
      });
      return { ok: true, caller: { claims: payload, endorsements: key.endorsements ?? [] } };
    } catch {
      return UNAUTHORIZED;
    }
  }

  /** The header's algorithm and key id if the unverified token could be one of ours at all. */
  private plausibleHeader(token: string): { alg: string; kid: string } | undefined {
    try {
      const { alg, kid } = decodeProtectedHeader(token);
      const claims = decodeJwt(token);
      const seconds = this.now().getTime() / 1000;
      const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      const plausible =
        typeof alg === 'string' &&
        ALGORITHMS.has(alg) &&
        typeof kid === 'string' &&
        KEY_ID.test(kid) &&
        claims.iss === ISSUER &&
        audiences.includes(this.setting.appId) &&
        typeof claims.exp === 'number' &&
        claims.exp + CLOCK_TOLERANCE_SECONDS > seconds;
      return plausible ? { alg, kid } : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * A verified caller may post this activity only for the service URL its token names (replies
 * go there) and, if its key is endorsed for certain channels, for one of those.
 */
export function callerMayPost(caller: BotCaller, activity: { serviceUrl: string; channelId: string }): boolean {
  if (caller.claims.serviceurl !== activity.serviceUrl) return false;
  return caller.endorsements.length === 0 || caller.endorsements.includes(activity.channelId);
}
