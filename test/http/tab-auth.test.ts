import { type JWTPayload } from 'jose';
import { loadConfig } from '../../bot/src/config';
import { TabAuthenticator } from '../../bot/src/http/auth/tab-identity';
import { startTestTandem, type TestTandem } from '../harness/test-server';
import { TENANT_ID } from '../harness/teams-activities';
import { SSO_CLIENT_ID as CLIENT_ID, SSO_ENV as ENV, testTokenIssuer } from '../harness/sso-tokens';

/**
 * The tab API accepts Teams SSO tokens only: signed by the tenant's keys (here: our own test
 * key set), from the right tenant, for this app, with the access_as_user scope, not expired.
 */
describe('tab API authentication (Teams SSO)', () => {
  let server: TestTandem;
  let sign: (claims: JWTPayload, options?: { expiresIn?: string; key?: 'trusted' | 'stranger' }) => Promise<string>;

  beforeAll(async () => {
    const issuer = await testTokenIssuer();
    sign = (claims, options) => issuer.sign({ oid: 'oid-anna', name: 'Anna', ...claims }, options);
    server = await startTestTandem({ env: ENV, tabAuth: issuer.authenticator() });
  });
  afterAll(() => server.stop());

  const me = (token?: string) =>
    fetch(`${server.url}/api/me`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  test('a valid token identifies the person by oid and tid', async () => {
    const response = await me(await sign({}));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      aadObjectId: 'oid-anna',
      tenantId: TENANT_ID,
      development: false,
      programmes: [],
    });
  });

  test('the bare client id is accepted as audience too (v2 tokens)', async () => {
    expect((await me(await sign({ aud: CLIENT_ID }))).status).toBe(200);
  });

  test.each([
    ['no token', async () => undefined],
    ['a token signed by someone else', async () => sign({}, { key: 'stranger' })],
    ['an expired token', async () => sign({}, { expiresIn: '-5m' })],
    ['a token for another app', async () => sign({ aud: 'api://evil.example/other-app' })],
    [
      'a token from another tenant',
      async () => sign({ tid: 'other-tenant', iss: 'https://login.microsoftonline.com/other-tenant/v2.0' }),
    ],
    ['a token without the access_as_user scope', async () => sign({ scp: 'User.Read' })],
    ['a token with an empty object id', async () => sign({ oid: '' })],
    ['garbage', async () => 'not.a.token'],
  ])('401 for %s', async (_label, token) => {
    expect((await me(await token())).status).toBe(401);
  });

  test.each([
    '/api/journey/mine',
    '/api/overview',
    `/api/journey/chat/${encodeURIComponent('19:abc@thread.v2')}`,
    `/api/journey/pair/${crypto.randomUUID()}/a~b`,
  ])('the journey route %s accepts only valid tokens (and never a development header)', async (path) => {
    const call = (headers: Record<string, string>) => fetch(`${server.url}${path}`, { headers });
    expect((await call({})).status).toBe(401);
    expect((await call({ authorization: `Bearer ${await sign({}, { key: 'stranger' })}` })).status).toBe(401);
    expect((await call({ authorization: `Bearer ${await sign({}, { expiresIn: '-5m' })}` })).status).toBe(401);
    expect((await call({ 'x-tandem-dev-user': `${TENANT_ID}/oid-anna` })).status).toBe(401);
    expect((await call({ authorization: `Bearer ${await sign({})}` })).status).not.toBe(401);
  });

  test('without an SSO app registration, local runs accept a marked development identity; production refuses that mode', async () => {
    const local = await startTestTandem();
    try {
      expect((await fetch(`${local.url}/api/me`)).status).toBe(401);
      const response = await fetch(`${local.url}/api/me`, { headers: { 'x-tandem-dev-user': `${TENANT_ID}/oid-dev` } });
      expect(await response.json()).toMatchObject({ aadObjectId: 'oid-dev', tenantId: TENANT_ID, development: true });
      // An empty or key-breaking tenant or object id is no identity: 401, never a 500 from storage.
      for (const header of [
        `${TENANT_ID}/`,
        `/oid-dev`,
        ` / `,
        `${TENANT_ID}/a#b`,
        `${TENANT_ID}/a\\b`,
        `${TENANT_ID}/a?b`,
      ]) {
        const refused = await fetch(`${local.url}/api/me`, { headers: { 'x-tandem-dev-user': header } });
        expect([header, refused.status]).toEqual([header, 401]);
      }
    } finally {
      await local.stop();
    }
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        BOT_ID: 'a',
        BOT_PASSWORD: 'b',
        BOT_TENANT_ID: 'c',
        AZURE_STORAGE_ACCOUNT_NAME: 's',
        TANDEM_LINK_SECRET: 'x'.repeat(32),
      }),
    ).toThrow(/AAD_APP_CLIENT_ID/);
  });
});

/** A pinned tab sends one token for an hour: it is verified once, then remembered until it expires. */
describe('verified tab tokens are remembered until they expire', () => {
  test('the same token is checked against the keys once; after its expiry it is refused', async () => {
    const issuer = await testTokenIssuer();
    let keyLookups = 0;
    let now = new Date();
    const config = loadConfig({ ...ENV });
    if (config.tabAuth.mode !== 'sso') throw new Error('expected SSO mode');
    const auth = new TabAuthenticator(
      config.tabAuth,
      (header, token) => ((keyLookups += 1), issuer.keys(header, token)),
      () => now,
    );
    const token = await issuer.sign({ oid: 'oid-anna' }, { expiresIn: '10m' });
    const identify = () => auth.identify({ authorization: `Bearer ${token}` });
    expect(await identify()).toMatchObject({ aadObjectId: 'oid-anna', tenantId: TENANT_ID });
    expect(await identify()).toMatchObject({ aadObjectId: 'oid-anna' });
    expect(keyLookups).toBe(1);
    now = new Date(now.getTime() + 11 * 60_000);
    expect(await identify()).toBe('invalid-token');
    // A refused token is never remembered: a forged one is checked (and refused) every time.
    const forged = await issuer.sign({ oid: 'oid-anna' }, { key: 'stranger' });
    for (let i = 0; i < 2; i += 1)
      expect(await auth.identify({ authorization: `Bearer ${forged}` })).toBe('invalid-token');
    expect(keyLookups).toBe(4);
  });
});
