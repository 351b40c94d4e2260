import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { loadConfig } from '../../bot/src/config';
import { TabAuthenticator } from '../../bot/src/http/auth/tab-identity';
import { TENANT_ID } from './teams-activities';

/** The tab's SSO app registration in tests. */
export const SSO_CLIENT_ID = '33333333-3333-4333-8333-333333333333';
export const SSO_DOMAIN = 'tandem.contoso.com';
/** Environment that switches the server to SSO mode for this registration. */
export const SSO_ENV = { AAD_APP_CLIENT_ID: SSO_CLIENT_ID, BOT_TENANT_ID: TENANT_ID, BOT_DOMAIN: SSO_DOMAIN };

/** Signs Teams-like SSO tokens with a test key set the server is told to trust. */
export interface TestTokenIssuer {
  /** The key set to verify with (what Entra's JWKS endpoint is in production). */
  keys: JWTVerifyGetKey;
  /** A token as Teams' `getAuthToken()` returns it; claims override the defaults. */
  sign(claims: JWTPayload, options?: { expiresIn?: string; key?: 'trusted' | 'stranger' }): Promise<string>;
  /** A server-side authenticator in SSO mode that trusts only this issuer's key. */
  authenticator(): TabAuthenticator;
}

/** A fresh key pair (and a stranger's, for forged tokens). */
export async function testTokenIssuer(): Promise<TestTokenIssuer> {
  const trusted = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(trusted.publicKey)), kid: 'k1', alg: 'RS256' }] });
  return {
    keys,
    sign: (claims, options = {}) =>
      new SignJWT({
        tid: TENANT_ID,
        scp: 'access_as_user',
        iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
        aud: `api://${SSO_DOMAIN}/${SSO_CLIENT_ID}`,
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(options.key === 'stranger' ? stranger.privateKey : trusted.privateKey),
    authenticator() {
      const config = loadConfig({ ...SSO_ENV });
      if (config.tabAuth.mode !== 'sso') throw new Error('expected SSO mode');
      return new TabAuthenticator(config.tabAuth, keys);
    },
  };
}
