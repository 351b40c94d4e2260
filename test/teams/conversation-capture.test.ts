import { Harness } from '../harness/harness';
import { groupChat, personalChat, teamChannel, teamsUser, TENANT_ID } from '../harness/teams-activities';

describe('conversation addresses are stored for later proactive messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.stop());

  const directory = () => h.server.hooks.directory;

  test('installing in a personal chat stores the person by AAD object id, with locale and time zone', async () => {
    const carla = teamsUser('Carla Neumann', { locale: 'de-AT', timeZone: 'Europe/Vienna' });
    const chat = personalChat();
    await h.post(h.activities.installationUpdate(chat, carla, 'add'));

    const address = await directory().findPerson(TENANT_ID, carla.aadObjectId);
    expect(address).toMatchObject({
      scope: 'personal',
      conversationId: chat.id,
      serviceUrl: h.connector.url,
      locale: 'de-AT',
      timeZone: 'Europe/Vienna',
      displayName: 'Carla Neumann',
    });
    expect(address!.reference).toMatchObject({
      conversation: { id: chat.id },
      bot: { name: 'Tandem' },
      channelId: 'msteams',
    });
    expect(address!.reference).not.toHaveProperty('activityId');
  });

  test('a later message updates the stored locale and time zone', async () => {
    const dieter = teamsUser('Dieter Wolf', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
    const chat = personalChat();
    await h.says(dieter, chat, 'hilfe');
    h.clock.advance(60_000);
    await h.says({ ...dieter, locale: 'en-US', timeZone: 'America/New_York' }, chat, 'help');

    const address = await directory().findPerson(TENANT_ID, dieter.aadObjectId);
    expect(address).toMatchObject({ locale: 'en-US', timeZone: 'America/New_York' });
    expect(address!.updatedAt.toISOString()).toBe(h.clock.now().toISOString());
  });

  test("a group chat is stored by conversation id, without one member's locale", async () => {
    const chat = groupChat('Tandem: Eva & Frank');
    await h.post(h.activities.membersAdded(chat, teamsUser('Eva', { locale: 'de-DE' })));
    const address = await directory().findConversation(TENANT_ID, 'groupChat', chat.id);
    expect(address).toMatchObject({ scope: 'groupChat', conversationId: chat.id, displayName: 'Tandem: Eva & Frank' });
    expect(address!.locale).toBeUndefined();
  });

  test('a channel is stored without the thread suffix, with its team', async () => {
    const channel = teamChannel('Reverse Mentoring 2027', 'Programme news');
    await h.says(teamsUser('Gabi'), channel, 'help');
    const address = await directory().findConversation(TENANT_ID, 'channel', channel.id);
    expect(address).toMatchObject({
      conversationId: channel.id,
      teamId: channel.scope === 'channel' ? channel.teamId : '',
      displayName: 'Programme news',
    });
    expect((address!.reference as { conversation: { id: string } }).conversation.id).toBe(channel.id);
  });

  test('uninstalling removes the personal address', async () => {
    const hans = teamsUser('Hans');
    const chat = personalChat();
    await h.post(h.activities.installationUpdate(chat, hans, 'add'));
    expect(await directory().findPerson(TENANT_ID, hans.aadObjectId)).toBeDefined();
    await h.post(h.activities.installationUpdate(chat, hans, 'remove'));
    expect(await directory().findPerson(TENANT_ID, hans.aadObjectId)).toBeUndefined();
  });

  test('ids with characters Azure forbids in keys are stored and found', async () => {
    const odd = { ...teamsUser('Odd Id'), aadObjectId: 'weird/id#with?chars\\and~tilde' };
    await h.says(odd, personalChat(), 'help');
    expect(await directory().findPerson(TENANT_ID, odd.aadObjectId)).toMatchObject({ displayName: 'Odd Id' });
  });
});
