import { FakeConnector, type Member } from './fake-connector';
import { TeamsViews } from './teams-views';

/** What each person's client shows is what the fake Teams must get right before any feature test can rely on it. */
describe('the fake Teams shows each person their own version of a message', () => {
  let connector: FakeConnector;
  let views: TeamsViews;
  const chat = '19:pair@thread.v2';
  const card = (text: string, refresh?: { userIds?: string[] }) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text }],
    actions: [{ type: 'Action.Execute', verb: 'meeting.plan', data: { n: 1 } }],
    ...(refresh ? { refresh: { action: { type: 'Action.Execute', verb: 'meeting.view', data: {} }, ...refresh } } : {}),
  });
  const message = (content: object) => ({
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
  });
  const call = async (method: string, path: string, body: object) =>
    (await (
      await fetch(new URL(path, connector.url), {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()) as { id: string };
  const textSeen = (userId: string) => views.held(userId, chat).map((m) => m.card?.body[0].text);
  const members = (count: number): Member[] =>
    Array.from({ length: count }, (_, i) => ({ id: `29:${i}`, name: `P${i}`, aadObjectId: `aad-${i}` }));

  beforeEach(async () => {
    connector = await new FakeConnector().start();
    views = new TeamsViews(connector);
  });
  afterEach(() => connector.stop());

  test('an invoke answer replaces the card only for the person who pressed, until the bot updates the message', async () => {
    const { id } = await call(
      'POST',
      `/v3/conversations/${encodeURIComponent(chat)}/activities`,
      message(card('form')),
    );
    views.recordAnswer(chat, id, '29:lena', card('planned (Lena)'));
    expect(textSeen('29:lena')).toEqual(['planned (Lena)']);
    expect(textSeen('29:bernd')).toEqual(['form']);

    await call(
      'PUT',
      `/v3/conversations/${encodeURIComponent(chat)}/activities/${id}`,
      message(card('planned (shared)')),
    );
    expect(textSeen('29:lena')).toEqual(['planned (shared)']);
    expect(textSeen('29:bernd')).toEqual(['planned (shared)']);
  });

  test('messages keep the order they were posted in; a deleted one is gone; a channel thread counts as its channel', async () => {
    const first = await call('POST', `/v3/conversations/${encodeURIComponent(chat)}/activities`, message(card('one')));
    await call(
      'POST',
      `/v3/conversations/${encodeURIComponent(`${chat};messageid=1`)}/activities/${first.id}`,
      message(card('two')),
    );
    await call(
      'PUT',
      `/v3/conversations/${encodeURIComponent(chat)}/activities/${first.id}`,
      message(card('one, edited')),
    );
    expect(textSeen('29:x')).toEqual(['one, edited', 'two']);
    await call('DELETE', `/v3/conversations/${encodeURIComponent(chat)}/activities/${first.id}`, {});
    expect(textSeen('29:x')).toEqual(['two']);
  });

  test('the button a person would press is found on the card they hold, not on a card only someone else sees', async () => {
    const { id } = await call(
      'POST',
      `/v3/conversations/${encodeURIComponent(chat)}/activities`,
      message({ type: 'AdaptiveCard', version: '1.5', body: [] }),
    );
    views.recordAnswer(chat, id, '29:lena', card('form for Lena'));
    expect(views.messageWithVerb('29:lena', chat, 'meeting.plan')?.id).toBe(id);
    expect(views.messageWithVerb('29:bernd', chat, 'meeting.plan')).toBeUndefined();
    expect(views.messageWithVerb('29:lena', chat, 'meeting.view')).toBeUndefined(); // refresh is not a button
  });

  test('Teams refreshes a card for every member of a conversation of up to 60, and only for the listed userIds above that', () => {
    connector.setMembers(chat, members(60));
    expect(views.shouldRefresh('29:59', chat, card('x', {}))).toBe(true);
    expect(views.shouldRefresh('29:outsider', chat, card('x', {}))).toBe(false);
    expect(views.shouldRefresh('29:1', chat, card('x'))).toBe(false);
    connector.setMembers(chat, members(61));
    expect(views.shouldRefresh('29:1', chat, card('x', { userIds: ['29:1'] }))).toBe(true);
    expect(views.shouldRefresh('29:2', chat, card('x', { userIds: ['29:1'] }))).toBe(false);
  });
});
