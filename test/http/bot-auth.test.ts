import { SignJWT } from 'jose';
import { BOT_APP_ID, credentialsEnv, FakeBotLogin } from '../harness/bot-tokens';
import { FakeConnector } from '../harness/fake-connector';
import { personalChat, TeamsActivities, teamsUser } from '../harness/teams-activities';
import { startTestTandem, type TestTandem } from '../harness/test-server';

const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

async function post(url: string, body: string, authorization?: string) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body,
  });
  return { status: response.status, body: JSON.parse((await response.text()) || 'null') };
}

/**
 * With bot credentials configured, /api/messages takes only what the Bot Framework signed for
 * this bot: who calls is decided first (401), Microsoft's keys are fetched only for a token that
 * could be genuine, and when they cannot be fetched the answer is 503, never a library's message.
 */
describe('the bot endpoint in credentials mode', () => {
  let login: FakeBotLogin;
  let connector: FakeConnector;
  let server: TestTandem;
  let activity: Record<string, any>;

  beforeAll(async () => {
    login = await FakeBotLogin.start();
    connector = await new FakeConnector().start();
    server = await startTestTandem({ env: credentialsEnv(login.metadataUrl) });
    // An activity whose turn sends nothing: a genuine token's turn cannot get an outbound token offline.
    activity = new TeamsActivities(connector.url).message(personalChat(), teamsUser('Anna'), 'help');
    activity.type = 'event';
    activity.name = 'tandem/nothing';
  });
  afterAll(async () => {
    await server.stop();
    await connector.stop();
    await login.stop();
  });

  test.each([
    ['an activity', () => JSON.stringify(activity)],
    ['an empty object', () => '{}'],
    ['an activity without type', () => JSON.stringify({ ...activity, type: undefined })],
    ['invalid JSON', () => '{"type":'],
  ])('an anonymous caller posting %s: 401, and nothing fetched', async (_label, body) => {
    expect(await post(server.url, body())).toEqual({ status: 401, body: { error: 'unauthorized' } });
    expect(login.fetches).toBe(0);
  });

  test.each([
    ['garbage', async () => 'Bearer not-a-token'],
    ['another scheme', async () => `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['alg "none"', async () => `Bearer ${encode({ alg: 'none', kid: 'trusted-key-1' })}.${encode(claims())}.`],
    [
      'alg "none" with a dummy signature',
      async () => `Bearer ${encode({ alg: 'none', kid: 'trusted-key-1' })}.${encode(claims())}.c2ln`,
    ],
    [
      'a token signed with a shared secret (HS256)',
      async () =>
        `Bearer ${await new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256', kid: 'trusted-key-1' })
          .sign(new TextEncoder().encode('a secret anyone could choose'))}`,
    ],
    ['a key id no key set has', async () => `Bearer ${await login.sign(connector.url, {}, { kid: '../../etc' })}`],
    ['another issuer', async () => `Bearer ${await login.sign(connector.url, { iss: 'https://evil.example' })}`],
    ['another bot', async () => `Bearer ${await login.sign(connector.url, { aud: 'another-app' })}`],
    ['an expired token', async () => `Bearer ${await login.sign(connector.url, {}, { expiresIn: '-10m' })}`],
  ])('%s: 401 before any key is fetched', async (_label, authorization) => {
    expect(await post(server.url, JSON.stringify(activity), await authorization())).toEqual({
      status: 401,
      body: { error: 'unauthorized' },
    });
    expect(login.fetches).toBe(0);
  });

  test('a genuine token is accepted; the keys are fetched once (metadata, then key set)', async () => {
    const token = await login.sign(connector.url);
    expect((await post(server.url, JSON.stringify(activity), `Bearer ${token}`)).status).toBe(200);
    expect((await post(server.url, JSON.stringify(activity), `Bearer ${token}`)).status).toBe(200);
    expect(login.fetches).toBe(2);
  });

  test.each([
    ['with the published key id', 'trusted-key-1'],
    ['with a key id of its own', 'strangers-key'],
  ])('a token signed with a foreign key %s: 401, and nothing fetched', async (_label, kid) => {
    const before = login.fetches;
    const forged = await login.sign(connector.url, {}, { key: 'stranger', kid });
    expect(await post(server.url, JSON.stringify(activity), `Bearer ${forged}`)).toEqual({
      status: 401,
      body: { error: 'unauthorized' },
    });
    expect(login.fetches).toBe(before);
  });

  test('a genuine token for replies to another service: 401', async () => {
    const token = await login.sign('https://evil.example/');
    expect((await post(server.url, JSON.stringify(activity), `Bearer ${token}`)).status).toBe(401);
  });

  test('a genuine token with a body that is not an activity: 400', async () => {
    const token = await login.sign(connector.url);
    expect(await post(server.url, JSON.stringify({ ...activity, type: 7 }), `Bearer ${token}`)).toEqual({
      status: 400,
      body: { error: 'bad-request' },
    });
  });
});

describe('when Microsoft’s signing keys cannot be fetched', () => {
  let login: FakeBotLogin;

  beforeAll(async () => {
    login = await FakeBotLogin.start();
  });
  afterAll(() => login.stop());

  test.each([
    ['the key service is unreachable', () => 'http://127.0.0.1:1/v1/.well-known/openidconfiguration'],
    ['its host name does not resolve', () => 'https://login.botframework.invalid/v1/.well-known/openidconfiguration'],
    ['it answers 500', () => login.metadataUrl],
  ])('%s: 503 with no detail', async (_label, metadataUrl) => {
    login.failWith = 500;
    const server = await startTestTandem({ env: credentialsEnv(metadataUrl()) });
    try {
      const serviceUrl = 'http://127.0.0.1:9/';
      const activity = new TeamsActivities(serviceUrl).message(personalChat(), teamsUser('Bo'), 'help');
      const token = await login.sign(serviceUrl);
      expect(await post(server.url, JSON.stringify(activity), `Bearer ${token}`)).toEqual({
        status: 503,
        body: { error: 'service-unavailable' },
      });
    } finally {
      await server.stop();
    }
  });
});

/** Claims of a token for this bot, as the Bot Framework would issue it. */
function claims() {
  return { iss: 'https://api.botframework.com', aud: BOT_APP_ID, serviceurl: 'http://127.0.0.1/', exp: inAnHour() };
}
