import { ConversationAddressTableRepository } from '../../bot/src/storage/conversation-address.table-repository';
import type { ConversationAddress } from '../../bot/src/services/conversation-directory';
import { testTableStore } from '../harness/test-storage';

const address = (tenantId: string, scope: ConversationAddress['scope'], ownerId: string): ConversationAddress => ({
  scope,
  tenantId,
  ownerId,
  conversationId: `a:${ownerId}`,
  serviceUrl: 'https://smba.example/emea/',
  reference: { conversation: { id: `a:${ownerId}` } },
  updatedAt: new Date('2027-03-01T09:00:00Z'),
});

describe('the conversation directory on Azurite', () => {
  test("a tenant's people are read at once: personal chats only, of that tenant only", async () => {
    const directory = new ConversationAddressTableRepository(testTableStore());
    await Promise.all([
      directory.remember(address('t1', 'personal', 'anna')),
      directory.remember(address('t1', 'personal', 'ben')),
      directory.remember(address('t1', 'channel', '19:news@thread.tacv2')),
      directory.remember(address('t1', 'groupChat', '19:pair@thread.v2')),
      directory.remember(address('t2', 'personal', 'carla')),
    ]);
    const people = await directory.personalChats('t1');
    expect(people.map((p) => p.ownerId).sort()).toEqual(['anna', 'ben']);
    expect(people[0]).toEqual({
      ownerId: people[0]!.ownerId,
      reference: { conversation: { id: `a:${people[0]!.ownerId}` } },
    });
  });
});
