import { channelLink, chatLinkTo, mailLinkTo } from '../../bot/src/teams/mentor-kit/teams-links';

describe('the mentor kit’s Teams links', () => {
  test('a chat with the coach and an email, the address encoded', () => {
    expect(chatLinkTo('clara+coach@contoso.com')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=clara%2Bcoach%40contoso.com',
    );
    expect(mailLinkTo('clara@contoso.com')).toBe('mailto:clara%40contoso.com');
  });

  test('a channel link needs the team’s group id; a channel set before it was recorded gets none', () => {
    const channel = { conversationId: '19:abc@thread.tacv2;messageid=123', name: 'Mentoren & Co' };
    expect(channelLink('tenant-1', { ...channel, groupId: 'g-1' })).toBe(
      'https://teams.microsoft.com/l/channel/19%3Aabc%40thread.tacv2/Mentoren%20%26%20Co?groupId=g-1&tenantId=tenant-1',
    );
    expect(channelLink('tenant-1', channel)).toBeUndefined();
  });
});
