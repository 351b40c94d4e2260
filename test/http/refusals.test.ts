import pino from 'pino';
import type { Server } from 'restify';
import { createHttpServer } from '../../bot/src/http/server';
import { FakeConnector } from '../harness/fake-connector';
import { personalChat, TeamsActivities, teamsUser } from '../harness/teams-activities';
import { startTestTandem, type TestTandem } from '../harness/test-server';

const JSON_TYPE = 'application/json';

const DEAD_STORAGE =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1';

async function postRaw(url: string, body: string, contentType = JSON_TYPE) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** Asserts a generic refusal: the status, `{ error: code }` and nothing else (no message, no stack). */
function expectGeneric(answer: { status: number; text: string }, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(JSON.parse(answer.text)).toEqual({ error: code });
}

describe('/api/messages refuses what is not an activity with 400 and no detail (local mode)', () => {
  let server: TestTandem;
  let connector: FakeConnector;
  let valid: Record<string, any>;

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    server = await startTestTandem();
    valid = new TeamsActivities(connector.url).message(personalChat(), teamsUser('Anna'), 'help');
  });
  afterAll(async () => {
    await server.stop();
    await connector.stop();
  });

  const without = (field: string) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));
  const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

  test.each<[string, () => string, string]>([
    ['an empty object', () => '{}', JSON_TYPE],
    ['an activity without type', () => JSON.stringify(without('type')), JSON_TYPE],
    ['a numeric type', () => JSON.stringify({ ...valid, type: 42 }), JSON_TYPE],
    ['an empty type', () => JSON.stringify({ ...valid, type: '' }), JSON_TYPE],
    ['an object as type', () => JSON.stringify({ ...valid, type: { toString: 'message' } }), JSON_TYPE],
    ['no conversation', () => JSON.stringify(without('conversation')), JSON_TYPE],
    ['a service URL that is not one', () => JSON.stringify({ ...valid, serviceUrl: 'javascript:alert(1)' }), JSON_TYPE],
    ['a sender without id', () => JSON.stringify({ ...valid, from: { name: 'Anna' } }), JSON_TYPE],
    ['an array', () => '[{"type":"message"}]', JSON_TYPE],
    ['a string', () => '"just a string"', JSON_TYPE],
    ['null', () => 'null', JSON_TYPE],
    ['invalid JSON', () => '{"type": "message",', JSON_TYPE],
    ['an empty body', () => '', JSON_TYPE],
    ['a nesting 40,000 deep', () => deep(40_000), JSON_TYPE],
    ['a card value nested 100 deep', () => JSON.stringify({ ...valid, value: JSON.parse(deep(100)) }), JSON_TYPE],
    ['an activity sent as text/plain', () => JSON.stringify(valid), 'text/plain'],
    ['an activity sent as a form', () => 'type=message', 'application/x-www-form-urlencoded'],
  ])('%s: 400', async (_label, body, contentType) => {
    expectGeneric(await postRaw(server.url, body(), contentType), 400, 'bad-request');
  });

  test('a body over 256 KiB: 413', async () => {
    const huge = JSON.stringify({ ...valid, text: 'x'.repeat(300 * 1024) });
    expectGeneric(await postRaw(server.url, huge), 413, 'too-large');
  });

  test('every field of the envelope broken in every way: never a 5xx, never a detail', async () => {
    const fields = ['type', 'serviceUrl', 'channelId', 'conversation', 'from', 'recipient', 'entities', 'membersAdded'];
    const wrong: unknown[] = [null, 0, 42, true, '', [], {}, [1], { id: 7 }, 'x'.repeat(5000)];
    const answers = await Promise.all(
      fields.flatMap((field) =>
        wrong.map((value) => postRaw(server.url, JSON.stringify({ ...valid, [field]: value }))),
      ),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    for (const answer of answers.filter((a) => a.status >= 400)) expectGeneric(answer, 400, 'bad-request');
  });

  test('a well-formed activity is still answered as before', async () => {
    expect((await postRaw(server.url, JSON.stringify(valid))).status).toBe(200);
  });
});

describe('one error handler: what fails inside the server never reaches the client', () => {
  test('a tab API request while storage is down: 503 with a generic body', async () => {
    const broken = await startTestTandem({ env: { AZURE_STORAGE_CONNECTION_STRING: DEAD_STORAGE } });
    try {
      const response = await fetch(`${broken.url}/api/journey/mine`, { headers: { 'x-tandem-dev-user': 't1/anna' } });
      expectGeneric({ status: response.status, text: await response.text() }, 503, 'service-unavailable');
    } finally {
      await broken.stop();
    }
  });

  describe('routes that throw', () => {
    let server: Server;
    let url: string;
    const secret = 'StorageError: Table storage failed during query (ECONNREFUSED 10.0.0.5)';

    beforeAll(async () => {
      server = createHttpServer({
        logger: pino({ level: 'silent' }),
        bot: { runActivity: () => Promise.reject(new Error(`validateAndFixActivity(): ${secret}`)) },
        knownErrors: (error) => ((error as Error).message === 'known' ? 503 : undefined),
        checkHealth: async () => ({ status: 'ok', storage: 'reachable' }),
        tabDirectory: '.',
        registerApiRoutes: (http) => {
          http.get('/api/unexpected', async () => Promise.reject(new Error(secret)));
          http.get('/api/known', async () => Promise.reject(new Error('known')));
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      url = `http://127.0.0.1:${server.address().port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const request = async (path: string, method = 'GET') => {
      const response = await fetch(`${url}${path}`, { method });
      return { status: response.status, text: await response.text() };
    };

    test('an unexpected error: 500 with a generic body', async () => {
      expectGeneric(await request('/api/unexpected'), 500, 'internal-error');
    });

    test('a failure the composition root knows: its status, still generic', async () => {
      expectGeneric(await request('/api/known'), 503, 'service-unavailable');
    });

    test('a turn that throws past the bot: 500 with a generic body', async () => {
      const activity = new TeamsActivities('http://127.0.0.1:9').message(personalChat(), teamsUser('Bo'), 'help');
      expectGeneric(await postRaw(url, JSON.stringify(activity)), 500, 'internal-error');
    });

    test('a method the endpoint does not take: 405, generic', async () => {
      expectGeneric(await request('/api/messages', 'PUT'), 405, 'method-not-allowed');
    });
  });
});
