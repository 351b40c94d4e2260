import { performance } from 'node:perf_hooks';
import { MessageFactory } from 'botbuilder';
import pino from 'pino';
import { ConversationThrottle } from '../../bot/src/teams/conversation-throttle';
import { ProactiveSender, retryAfterMs } from '../../bot/src/teams/proactive';
import { TenantTokenBucket } from '../../bot/src/teams/tenant-throttle';
import { createConnectorClients } from '../../bot/src/teams/adapter';
import type { ConnectorClients } from '../../bot/src/teams/connector-clients';
import { Harness } from '../harness/harness';
import { personalChat, teamsUser, TENANT_ID } from '../harness/teams-activities';

describe('proactive sender', () => {
  let h: Harness;
  let sender: ProactiveSender;
  let clients: ConnectorClients;
  let reference: Record<string, unknown>;
  let conversationId: string;

  beforeAll(async () => {
    h = await Harness.start();
    const ida = teamsUser('Ida');
    const chat = personalChat();
    conversationId = chat.id;
    await h.post(h.activities.installationUpdate(chat, ida, 'add'));
    reference = (await h.server.hooks.directory.findPerson(TENANT_ID, ida.aadObjectId))!.reference;
  });
  afterAll(() => h.stop());
  afterEach(() => clients.close());
  beforeEach(() => {
    h.connector.reset();
    // A fresh throttle per test, so one test's messages do not slow the next.
    clients = createConnectorClients({ mode: 'local' });
    sender = new ProactiveSender(clients, {
      throttle: new ConversationThrottle(),
      logger: pino({ level: 'silent' }),
      maxAttempts: 4,
      initialDelayMs: 20,
      maxDelayMs: 100,
    });
  });

  /** The stored reference, pointed at another chat: the same person and service, a different conversation. */
  const inChat = (id: string): Record<string, unknown> => ({
    ...reference,
    conversation: { ...(reference.conversation as object), id },
  });
  const attemptsOnConnector = () => h.connector.calls.filter((call) => call.kind === 'send').length;

  test('sends to a stored reference', async () => {
    const outcome = await sender.send(reference, MessageFactory.text('Your meeting starts in one hour.'));
    expect(outcome).toMatchObject({ status: 'sent', attempts: 1 });
    expect(h.connector.messages(conversationId).map((m) => m.text)).toEqual(['Your meeting starts in one hour.']);
  });

  test('sends as a new message from the bot to the person, not as a reply', async () => {
    await sender.send(reference, MessageFactory.text('addressed'));
    const [call] = h.connector.calls;
    expect(call!.body).toMatchObject({
      type: 'message',
      text: 'addressed',
      conversation: { id: conversationId },
      from: reference.bot,
      recipient: reference.user,
    });
    expect(call!.body?.replyToId).toBeUndefined();
  });

  test('a reference without a service URL fails at once, never as "may have arrived"', async () => {
    const outcome = await sender.send({ ...reference, serviceUrl: undefined }, MessageFactory.text('nowhere'));
    expect(outcome).toMatchObject({ status: 'failed', attempts: 0 });
    expect(outcome).not.toHaveProperty('ambiguous', true);
    expect(h.connector.calls).toHaveLength(0);
  });

  test('reuses kept-alive connections instead of opening one per message', async () => {
    const before = h.connector.connections.opened;
    // Ten chats, one after the other (one chat would be paced by its own limit).
    for (let i = 0; i < 10; i += 1) {
      expect(await sender.send(inChat(`a:1reuse${i}`), MessageFactory.text(`reuse ${i}`))).toMatchObject({
        status: 'sent',
      });
    }
    expect(h.connector.connections.opened - before).toBe(1);
  });

  test('closes an idle connection itself, before the server would, so no send meets a closing socket', async () => {
    const idleAfter = createConnectorClients({ mode: 'local' }, 200);
    const quickToClose = new ProactiveSender(idleAfter, {
      throttle: new ConversationThrottle(),
      logger: pino({ level: 'silent' }),
      maxAttempts: 1,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // the previous test's sockets finish closing
      const openBefore = h.connector.connections.open;
      await quickToClose.send(reference, MessageFactory.text('first'));
      expect(h.connector.connections.open).toBe(openBefore + 1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(h.connector.connections.open).toBe(openBefore);
      expect(await quickToClose.send(reference, MessageFactory.text('after the pause'))).toMatchObject({
        status: 'sent',
        attempts: 1,
      });
    } finally {
      idleAfter.close();
    }
  });

  test('retries after a 429 with Retry-After and waits as told', async () => {
    h.connector.inject({ status: 429, retryAfterSeconds: 1 });
    const outcome = await sender.send(reference, MessageFactory.text('after throttling'));
    expect(outcome).toMatchObject({ status: 'sent', attempts: 2 });
    const [throttled, accepted] = h.connector.calls;
    expect(throttled!.status).toBe(429);
    expect(accepted!.at - throttled!.at).toBeGreaterThanOrEqual(950);
    expect(h.connector.messages(conversationId)).toHaveLength(1);
  });

  test('retries a 429 without Retry-After and 502/503/504 with back-off, exactly once per failure', async () => {
    h.connector.inject({ status: 429 });
    h.connector.inject({ status: 503 });
    h.connector.inject({ status: 502 });
    const outcome = await sender.send(reference, MessageFactory.text('eventually'));
    expect(outcome).toMatchObject({ status: 'sent', attempts: 4 });
    // botbuilder's own pipeline retries are switched off: four attempts in all, not four per layer.
    expect(attemptsOnConnector()).toBe(4);
    expect(h.connector.messages(conversationId)).toHaveLength(1);
  });

  test('gives up after the configured attempts and reports the failure', async () => {
    h.connector.inject({ status: 504, times: 10 });
    const outcome = await sender.send(reference, MessageFactory.text('never'));
    expect(outcome).toMatchObject({ status: 'failed', httpStatus: 504, attempts: 4 });
    expect(attemptsOnConnector()).toBe(4);
  });

  test('does not retry a 500: the message may have been posted, and a second POST would double it', async () => {
    h.connector.inject({ status: 500 });
    const outcome = await sender.send(reference, MessageFactory.text('ambiguous'));
    expect(outcome).toMatchObject({ status: 'failed', httpStatus: 500, attempts: 1 });
    expect(attemptsOnConnector()).toBe(1);
  });

  test('an attempt whose answer never comes is ambiguous: recorded as a timeout and not retried', async () => {
    const patient = new ProactiveSender(createConnectorClients({ mode: 'local' }), {
      throttle: new ConversationThrottle(),
      logger: pino({ level: 'silent' }),
      maxAttempts: 4,
      attemptTimeoutMs: 300,
    });
    h.connector.inject({ status: 200, hang: true });
    const outcome = await patient.send(reference, MessageFactory.text('lost answer'));
    expect(outcome).toMatchObject({ status: 'failed', reason: 'timeout', ambiguous: true, attempts: 1 });
    expect(attemptsOnConnector()).toBe(1);
  });

  test('the tenant token bucket paces sends across conversations, retries included', async () => {
    const paced = new ProactiveSender(createConnectorClients({ mode: 'local' }), {
      throttle: new ConversationThrottle(),
      logger: pino({ level: 'silent' }),
      maxAttempts: 2,
      initialDelayMs: 1,
      tenantThrottle: new TenantTokenBucket(20),
    });
    h.connector.inject({ status: 503 });
    const started = Date.now();
    // Six different conversations, so only the tenant's bucket can slow them down.
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => paced.send(inChat(`a:1paced${i}`), MessageFactory.text('paced'))),
    );
    // Seven attempts (one retry) at 20 per second: the last may start no sooner than 300 ms after the first.
    expect(attemptsOnConnector()).toBe(7);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  test('the sender tells the tenant throttle which attempts are retries', async () => {
    const asked: boolean[] = [];
    const recording = new ProactiveSender(createConnectorClients({ mode: 'local' }), {
      throttle: new ConversationThrottle(),
      logger: pino({ level: 'silent' }),
      maxAttempts: 3,
      initialDelayMs: 1,
      tenantThrottle: { acquire: async (_tenantId, attempt) => void asked.push(attempt?.retry ?? false) },
    });
    h.connector.inject({ status: 503, times: 2 });
    expect(await recording.send(reference, MessageFactory.text('x'))).toMatchObject({ status: 'sent', attempts: 3 });
    expect(asked).toEqual([false, true, true]);
  });

  test('403 and 404 mean the person cannot be reached (app removed, chat gone)', async () => {
    h.connector.inject({ status: 403 });
    expect(await sender.send(reference, MessageFactory.text('x'))).toMatchObject({
      status: 'not-reachable',
      httpStatus: 403,
    });
    h.connector.inject({ status: 404 });
    expect(await sender.send(reference, MessageFactory.text('x'))).toMatchObject({
      status: 'not-reachable',
      httpStatus: 404,
    });
  });

  test('never sends more than 7 messages to one conversation within a second', async () => {
    const quick = new ProactiveSender(createConnectorClients({ mode: 'local' }), {
      throttle: new ConversationThrottle(),
      logger: pino({ level: 'silent' }),
      maxAttempts: 1,
    });
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => quick.send(reference, MessageFactory.text(`burst ${i}`))),
    );
    expect(outcomes.every((o) => o.status === 'sent')).toBe(true);
    const times = h.connector.calls
      .filter((c) => c.kind === 'send')
      .map((c) => c.at)
      .sort((a, b) => a - b);
    expect(times).toHaveLength(8);
    // The eighth message must arrive at least a second after the first (Teams: 7 per second).
    expect(times[7]! - times[0]!).toBeGreaterThanOrEqual(1000);
  });
});

describe('Retry-After parsing', () => {
  const withHeader = (value: string) => ({
    response: { headers: { get: (name: string) => (name === 'retry-after' ? value : undefined) } },
  });
  test('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs(withHeader('3'))).toBe(3000);
    expect(retryAfterMs(withHeader('Sun, 29 Nov 2026 10:00:05 GMT'), Date.parse('2026-11-29T10:00:00Z'))).toBe(5000);
    expect(retryAfterMs(withHeader('soon'))).toBeUndefined();
    expect(retryAfterMs(new Error('no response'))).toBeUndefined();
  });
});

describe('tenant token bucket', () => {
  test('after a stalled event loop, the backlog leaves at the rate: only the burst goes at once', async () => {
    // 200 per second: a token every 5 ms, a burst of 4.
    const bucket = new TenantTokenBucket(200);
    for (let i = 0; i < 4; i++) await bucket.acquire('t');
    const leftAt: number[] = [];
    const waiting = Array.from({ length: 60 }, () => bucket.acquire('t').then(() => leftAt.push(performance.now())));
    // Block the loop while the timer comes due, as parsing a large page of rows would.
    const until = Date.now() + 150;
    while (Date.now() < until);
    await Promise.all(waiting);
    // Any 25 in a row span at least 100 ms: the burst of 4, then one every 5 ms. Released all at once, they would span 1 ms.
    for (let i = 0; i + 24 < leftAt.length; i++) expect(leftAt[i + 24]! - leftAt[i]!).toBeGreaterThanOrEqual(95);
  });

  test('a retry goes ahead of the first attempts in line: it asked before them and has waited out its back-off', async () => {
    // 50 per second: a burst of 1, then a token every 20 ms.
    const bucket = new TenantTokenBucket(50);
    const order: string[] = [];
    const firsts = Array.from({ length: 4 }, (_, i) => bucket.acquire('t').then(() => order.push(`first ${i}`)));
    const retry = bucket.acquire('t', { retry: true }).then(() => order.push('retry'));
    await Promise.all([...firsts, retry]);
    expect(order).toEqual(['first 0', 'retry', 'first 1', 'first 2', 'first 3']);
  });

  test('sends leave in the order they asked for a token', async () => {
    const bucket = new TenantTokenBucket(100);
    const order: number[] = [];
    await Promise.all(Array.from({ length: 30 }, (_, i) => bucket.acquire('t').then(() => order.push(i))));
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
