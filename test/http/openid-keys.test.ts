import { OpenIdSigningKeys, SigningKeysUnavailable } from '../../bot/src/http/auth/openid-keys';
import { FakeBotLogin } from '../harness/bot-tokens';

const HOUR = 60 * 60_000;

/** How the bot's signing keys are fetched and kept: rarely, and never once per request. */
describe('the Bot Framework signing keys', () => {
  let login: FakeBotLogin;
  let now: number;
  let keys: OpenIdSigningKeys;

  beforeEach(async () => {
    login = await FakeBotLogin.start();
    now = Date.parse('2026-03-02T09:00:00Z');
    keys = new OpenIdSigningKeys({ metadataUrl: login.metadataUrl, now: () => now });
  });
  afterEach(() => login.stop());

  test('are fetched once (metadata, key set) and kept for a day', async () => {
    expect((await keys.key('trusted-key-1'))?.endorsements).toEqual(['msteams']);
    now += 23 * HOUR;
    await keys.key('trusted-key-1');
    expect(login.fetches).toBe(2);
    now += 2 * HOUR;
    await keys.key('trusted-key-1');
    expect(login.fetches).toBe(4);
  });

  test('an unknown key id fetches again at most every five minutes', async () => {
    await keys.key('trusted-key-1');
    now += 6 * 60_000;
    expect(await keys.key('forged-1')).toBeUndefined();
    expect(await keys.key('forged-2')).toBeUndefined();
    expect(login.fetches).toBe(4);
  });

  test('when a refresh fails the known keys keep serving, without a fetch per request', async () => {
    await keys.key('trusted-key-1');
    login.failWith = 503;
    now += 25 * HOUR;
    expect(await keys.key('trusted-key-1')).toBeDefined();
    expect(await keys.key('trusted-key-1')).toBeDefined();
    expect(login.fetches).toBe(3);
  });

  test('with no keys known, a failed fetch is SigningKeysUnavailable', async () => {
    login.failWith = 500;
    await expect(keys.key('trusted-key-1')).rejects.toBeInstanceOf(SigningKeysUnavailable);
  });
});
