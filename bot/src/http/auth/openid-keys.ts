/** One signing key as the Bot Framework publishes it (RSA modulus and exponent, and the channels it is for). */
export interface SigningKey {
  kid: string;
  kty: string;
  n?: string;
  e?: string;
  /** Channels (e.g. `msteams`) this key may sign for; empty means any. */
  endorsements?: string[];
}

/** The keys could not be fetched (network, DNS, an error status, a malformed answer). */
export class SigningKeysUnavailable extends Error {
  override readonly name = 'SigningKeysUnavailable';
}

export interface OpenIdKeysOptions {
  /** The OpenID metadata document whose `jwks_uri` lists the keys. */
  metadataUrl: string;
  /** How long fetched keys are used before they are fetched again (Microsoft rotates them rarely). */
  maxAgeMs?: number;
  /**
   * A key id not in the set (or a failed refresh) fetches the set again at most this often, so
   * forged ids cannot make us fetch, nor an outage make every request wait for one.
   */
  unknownKeyCooldownMs?: number;
  /** Each fetch gives up after this long. */
  timeoutMs?: number;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * The signing keys behind an OpenID metadata document, fetched on first use and kept for a
 * day. Concurrent requests share one fetch. When a refresh fails the keys already known stay
 * in use; only with no keys at all does a lookup fail with {@link SigningKeysUnavailable}.
 */
export class OpenIdSigningKeys {
  private keys?: SigningKey[];
  private fetchedAt = 0;
  private lastAttemptAt = 0;
  private inFlight?: Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: OpenIdKeysOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  /** The key with this id, or undefined when the (fresh) set has none. */
  async key(kid: string): Promise<SigningKey | undefined> {
    // After a failed refresh the old keys serve until the cooldown, so requests do not each wait for a fetch.
    const cooledDown = () => this.now() - this.lastAttemptAt > (this.options.unknownKeyCooldownMs ?? 5 * 60_000);
    const stale = this.now() - this.fetchedAt > (this.options.maxAgeMs ?? DAY_MS);
    if (!this.keys || (stale && cooledDown())) await this.refresh();
    let found = this.find(kid);
    if (!found && cooledDown()) {
      await this.refresh();
      found = this.find(kid);
    }
    return found;
  }

  private find(kid: string): SigningKey | undefined {
    return this.keys?.find((key) => key.kid === kid && key.kty === 'RSA' && key.n && key.e);
  }

  private async refresh(): Promise<void> {
    this.inFlight ??= this.fetchKeys().finally(() => (this.inFlight = undefined));
    try {
      await this.inFlight;
    } catch (error) {
      if (!this.keys) throw error;
    }
  }

  private async fetchKeys(): Promise<void> {
    this.lastAttemptAt = this.now();
    const metadata = await this.fetchJson(this.options.metadataUrl);
    const jwksUri = (metadata as { jwks_uri?: unknown }).jwks_uri;
    if (typeof jwksUri !== 'string') throw new SigningKeysUnavailable('OpenID metadata without jwks_uri');
    const { keys } = (await this.fetchJson(jwksUri)) as { keys?: unknown };
    if (!Array.isArray(keys)) throw new SigningKeysUnavailable('key set without keys');
    this.keys = keys.filter((key): key is SigningKey => typeof key?.kid === 'string');
    this.fetchedAt = this.now();
  }

  private async fetchJson(url: string): Promise<unknown> {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await response.json();
    } catch (error) {
      throw new SigningKeysUnavailable(`could not fetch ${url}`, { cause: error });
    }
  }
}
