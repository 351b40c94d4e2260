import { TeamsInfo, type TurnContext } from 'botbuilder';
import { createAdapter } from '../../bot/src/teams/adapter';
import { FakeConnector, type Member } from './fake-connector';
import { TENANT_ID } from './teams-activities';

/**
 * The fake must answer what real botbuilder asks of the Bot Connector, or feature tests
 * would only prove that the bot talks to our imagination. These run botbuilder's own
 * TeamsInfo and conversation calls against it.
 */
describe('fake Bot Connector answers botbuilder', () => {
  let connector: FakeConnector;
  const adapter = createAdapter({ mode: 'local' });
  const people: Member[] = Array.from({ length: 5 }, (_, i) => ({
    id: `29:1member${i}`,
    name: `Person ${i}`,
    aadObjectId: `00000000-0000-0000-0000-00000000000${i}`,
    userPrincipalName: `person${i}@contoso.com`,
    tenantId: TENANT_ID,
  }));

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    connector.setMembers('19:pair@thread.v2', people);
    connector.setTeam({
      id: '19:team@thread.tacv2',
      name: 'Reverse Mentoring',
      aadGroupId: 'group-1',
      channels: [
        { id: '19:team@thread.tacv2', name: 'General' },
        { id: '19:news@thread.tacv2', name: 'News' },
      ],
    });
  });
  afterAll(() => connector.stop());

  async function inConversation<T>(
    conversationId: string,
    logic: (context: TurnContext) => Promise<T>,
    channelData: object = {},
  ): Promise<T> {
    let result: T | undefined;
    await adapter.continueConversationAsync(
      '',
      {
        serviceUrl: connector.url,
        channelId: 'msteams',
        conversation: {
          id: conversationId,
          isGroup: true,
          conversationType: 'groupChat',
          name: '',
          tenantId: TENANT_ID,
        },
        bot: { id: '28:bot', name: 'Tandem' },
      },
      async (context) => {
        context.activity.channelData = { tenant: { id: TENANT_ID }, ...channelData };
        result = await logic(context);
      },
    );
    return result as T;
  }

  test('paged members, across pages', async () => {
    const firstPage = await inConversation('19:pair@thread.v2', (context) => TeamsInfo.getPagedMembers(context, 2));
    expect(firstPage.members.map((m) => m.name)).toEqual(['Person 0', 'Person 1']);
    const secondPage = await inConversation('19:pair@thread.v2', (context) =>
      TeamsInfo.getPagedMembers(context, 2, firstPage.continuationToken),
    );
    expect(secondPage.members.map((m) => m.name)).toEqual(['Person 2', 'Person 3']);
  });

  test('a single member', async () => {
    const member = await inConversation('19:pair@thread.v2', (context) => TeamsInfo.getMember(context, '29:1member3'));
    expect(member).toMatchObject({ name: 'Person 3', aadObjectId: '00000000-0000-0000-0000-000000000003' });
  });

  test('team details and channels', async () => {
    const team = await inConversation('19:news@thread.tacv2', (context) =>
      TeamsInfo.getTeamDetails(context, '19:team@thread.tacv2'),
    );
    expect(team).toMatchObject({ name: 'Reverse Mentoring', aadGroupId: 'group-1' });
    const channels = await inConversation('19:news@thread.tacv2', (context) =>
      TeamsInfo.getTeamChannels(context, '19:team@thread.tacv2'),
    );
    expect(channels.map((c) => c.name)).toEqual(['General', 'News']);
  });

  test('creating a 1:1 conversation, then sending, updating and deleting in it', async () => {
    connector.reset();
    let created: string | undefined;
    await adapter.createConversationAsync(
      '',
      'msteams',
      connector.url,
      '',
      {
        isGroup: false,
        bot: { id: '28:bot', name: 'Tandem' },
        members: [{ id: people[0]!.id, name: people[0]!.name }],
        tenantId: TENANT_ID,
        channelData: { tenant: { id: TENANT_ID } },
        activity: undefined as never,
      },
      async (context) => {
        created = context.activity.conversation.id;
        const sent = await context.sendActivity('Hallo!');
        await context.updateActivity({ id: sent!.id, type: 'message', text: 'Hallo, Anna!' });
        await context.deleteActivity(sent!.id);
      },
    );
    expect(created).toMatch(/^a:/);
    expect(connector.calls.map((c) => c.kind)).toEqual(['create-conversation', 'reply', 'update', 'delete']);
    expect(connector.calls.find((c) => c.kind === 'update')!.body!.text).toBe('Hallo, Anna!');
  });

  test('injected faults: status, Retry-After and a delay', async () => {
    connector.reset();
    connector.inject({ status: 429, retryAfterSeconds: 2, path: /activities/ });
    const response = await fetch(`${connector.url}v3/conversations/x/activities`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    connector.inject({ status: 503, delayMs: 100 });
    const started = Date.now();
    expect((await fetch(`${connector.url}v3/conversations/x/activities`, { method: 'POST', body: '{}' })).status).toBe(
      503,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect((await fetch(`${connector.url}v3/conversations/x/activities`, { method: 'POST', body: '{}' })).status).toBe(
      200,
    );
  });
});

/** The limits and faults the broadcast tests rely on must themselves work, or "no violations" proves nothing. */
describe('fake Bot Connector enforces limits and fails on demand', () => {
  let connector: FakeConnector;
  beforeEach(async () => {
    connector = await new FakeConnector().start();
  });
  afterEach(() => connector.stop());
  const post = (conversationId: string, signal?: AbortSignal) =>
    fetch(`${connector.url}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: 'x' }),
      headers: { 'content-type': 'application/json' },
      signal,
    });

  test('an eighth message to one conversation within a second, or one over the global limit, is answered 429 and counted', async () => {
    connector.enforceLimits({ perConversation: [{ points: 7, seconds: 1 }], global: { points: 10, seconds: 1 } });
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push((await post('a:1one')).status);
    expect(answers).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);
    expect(connector.violations).toEqual([expect.objectContaining({ conversationId: 'a:1one', window: '7/1s' })]);
    const others = [];
    for (let i = 0; i < 4; i++) others.push((await post(`a:1other${i}`)).status);
    expect(others).toEqual([200, 200, 200, 429]);
    expect(connector.violations.at(-1)).toMatchObject({ window: '10/1s global' });
  });

  test('a hanging answer accepts the message but never replies; random faults hit about their share', async () => {
    connector.inject({ status: 200, hang: true });
    await expect(post('a:1hang', AbortSignal.timeout(300))).rejects.toThrow();
    expect(connector.messages('a:1hang')).toHaveLength(1);
    connector.injectRandomly({ status: 429, probability: 0.5 });
    const statuses = await Promise.all(Array.from({ length: 200 }, (_, i) => post(`a:1r${i}`).then((r) => r.status)));
    const throttled = statuses.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(60);
    expect(throttled).toBeLessThan(140);
  });
});
