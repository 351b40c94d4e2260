import type { Pair } from '../../bot/src/domain/pairing/pair';
import { PairTableRepository } from '../../bot/src/storage/pairing.table-repositories';
import { listEntities } from '../../bot/src/storage/entity-operations';
import { testTableStore } from '../harness/test-storage';

const pair = (mentorId: string, menteeId: string, overrides: Partial<Pair> = {}): Pair => ({
  programmeId: 'p1',
  tenantId: 't1',
  mentorId,
  menteeId,
  score: 1,
  reasons: [],
  status: 'confirmed',
  createdAt: '2027-03-01T08:00:00.000Z',
  ...overrides,
});

describe('pairs found by their group chat on Azurite', () => {
  const store = testTableStore();
  const pairs = new PairTableRepository(store);
  const indexRows = async () =>
    listEntities<Record<string, unknown>, unknown>(
      await store.table(PairTableRepository.CHAT_INDEX_TABLE),
      'all',
      (row) => row,
    );

  test('binding writes the index; the chat finds its pair in the right tenant only', async () => {
    await pairs.create(pair('anna', 'bernd'));
    await pairs.create(pair('carla', 'dieter'));
    const stored = await pairs.get('p1', 'anna~bernd');
    expect(await pairs.update({ ...stored!.value, chatId: '19:chat-a@thread.v2' }, stored!.etag)).toBe('written');
    expect((await pairs.findByChat('t1', '19:chat-a@thread.v2'))?.value).toMatchObject({
      mentorId: 'anna',
      menteeId: 'bernd',
    });
    expect(await pairs.findByChat('t2', '19:chat-a@thread.v2')).toBeUndefined();
    expect(await pairs.findByChat('t1', '19:unknown@thread.v2')).toBeUndefined();
  });

  test('a pair bound to a new chat is not found under the old one', async () => {
    const stored = await pairs.get('p1', 'anna~bernd');
    await pairs.update({ ...stored!.value, chatId: '19:chat-b@thread.v2' }, stored!.etag);
    expect(await pairs.findByChat('t1', '19:chat-a@thread.v2')).toBeUndefined();
    expect((await pairs.findByChat('t1', '19:chat-b@thread.v2'))?.value.menteeId).toBe('bernd');
  });

  test('deleting the pair removes its index entries, also the one of its earlier chat (they name the members)', async () => {
    const other = await pairs.get('p1', 'carla~dieter');
    await pairs.update({ ...other!.value, chatId: '19:chat-c@thread.v2' }, other!.etag);
    await pairs.delete('p1', 'anna~bernd');
    expect(await pairs.findByChat('t1', '19:chat-b@thread.v2')).toBeUndefined();
    const left = JSON.stringify(await indexRows());
    expect(left).not.toContain('anna');
    expect(left).toContain('carla~dieter');
  });
});
