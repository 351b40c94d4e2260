import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { TENANT_ID } from './teams-activities';

/** The bot's app registration in credentials-mode tests. */
export const BOT_APP_ID = '44444444-4444-4444-8444-444444444444';
const ISSUER = 'https://api.botframework.com';
const KID = 'trusted-key-1';

/** Environment for a server in credentials mode that trusts the keys published at `metadataUrl`. */
export function credentialsEnv(metadataUrl: string): Record<string, string> {
  return {
    BOT_ID: BOT_APP_ID,
    BOT_PASSWORD: 'not-a-real-secret',
    BOT_TENANT_ID: TENANT_ID,
    BOT_OPENID_METADATA_URL: metadataUrl,
  };
}

export interface BotTokenOptions {
  /** Whose private key signs: the published one, or a stranger's. */
  key?: 'trusted' | 'stranger';
  kid?: string;
  expiresIn?: string;
}

/**
 * A local stand-in for login.botframework.com: the OpenID metadata and the key set (one RSA
 * key endorsed for `msteams`), counting every fetch and failing on demand, and a signer of
 * tokens as the Bot Framework sends them to a bot.
 */
export class FakeBotLogin {
  /** Requests the server made for metadata or keys. */
  fetches = 0;
  /** When set, every request is answered with this status. */
  failWith?: number;
  private jwk?: Record<string, unknown>;
  private keys?: { trusted: KeyLike; stranger: KeyLike };
  private readonly server = http.createServer((req, res) => this.handle(req, res));

  static async start(): Promise<FakeBotLogin> {
    const login = new FakeBotLogin();
    const trusted = await generateKeyPair('RS256');
    const stranger = await generateKeyPair('RS256');
    login.keys = { trusted: trusted.privateKey, stranger: stranger.privateKey };
    login.jwk = { ...(await exportJWK(trusted.publicKey)), kid: KID, use: 'sig', endorsements: ['msteams'] };
    await new Promise<void>((resolve) => login.server.listen(0, '127.0.0.1', () => resolve()));
    return login;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get metadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  /** A token for the bot from the Bot Framework, for replies to `serviceUrl`; claims override. */
  sign(serviceUrl: string, claims: JWTPayload = {}, options: BotTokenOptions = {}): Promise<string> {
    return new SignJWT({ iss: ISSUER, aud: BOT_APP_ID, serviceurl: serviceUrl, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID, typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '1h')
      .sign(options.key === 'stranger' ? this.keys!.stranger : this.keys!.trusted);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.fetches += 1;
    // Separate calls: restify, loaded in the same process, changes what writeHead returns.
    if (this.failWith) {
      res.writeHead(this.failWith);
      res.end();
      return;
    }
    const body = req.url?.endsWith('/keys') ? { keys: [this.jwk] } : { issuer: ISSUER, jwks_uri: `${this.url}/keys` };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
