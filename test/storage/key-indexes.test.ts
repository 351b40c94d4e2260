import type { Pair } from '../../bot/src/domain/pairing/pair';
import { EnrolmentTableRepository } from '../../bot/src/storage/enrolment.table-repository';
import { linkEnrolments, recordPairChats } from '../../bot/src/storage/key-indexes.migration';
import { PairTableRepository } from '../../bot/src/storage/pairing.table-repositories';
import type { TableStore } from '../../bot/src/storage/table-store';
import { testTableStore, uniqueTablePrefix } from '../harness/test-storage';

const pairOf = (programmeId: string, mentorId: string, menteeId: string, chatId: string): Pair => ({
  programmeId,
  tenantId: 't1',
  mentorId,
  menteeId,
  score: 1,
  reasons: [],
  status: 'confirmed',
  chatId,
  createdAt: '2027-03-01T08:00:00.000Z',
});

/** Rows of a table, as `partition/row`, the migration markers left out. */
async function keysIn(store: TableStore, table: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const row of (await store.table(table)).listEntities())
    if (row.partitionKey !== 'layout') keys.push(`${row.partitionKey}/${row.rowKey}`);
  return keys.sort();
}

/** Everything of one person is found by key: a deleted pair's chats, a linked enrolment, also for rows of earlier versions. */
describe('indexes by person on Azurite', () => {
  test("deleting a pair removes the index entries of every chat it was bound to, and not another pair's entry for a chat it left", async () => {
    const store = testTableStore(uniqueTablePrefix());
    const pairs = new PairTableRepository(store);
    await pairs.create(pairOf('p1', 'anna', 'bernd', '19:first@thread.v2'));
    const stored = (await pairs.get('p1', 'anna~bernd'))!;
    expect(await pairs.update({ ...stored.value, chatId: '19:second@thread.v2' }, stored.etag)).toBe('written');
    // Another pair binds the chat the first one left.
    await pairs.create(pairOf('p1', 'carla', 'dieter', '19:first@thread.v2'));
    await pairs.delete('p1', 'anna~bernd');
    expect(await keysIn(store, PairTableRepository.CHAT_INDEX_TABLE)).toEqual(['t1/19:first@thread.v2']);
    expect(await pairs.keyOfChat('t1', '19:first@thread.v2')).toEqual({ programmeId: 'p1', pairId: 'carla~dieter' });
    expect(await keysIn(store, PairTableRepository.CHAT_HISTORY_TABLE)).toEqual([
      'p1|carla~7Edieter/19:first@thread.v2',
    ]);
  });

  test('chat index entries of earlier versions get their history at start-up, once', async () => {
    const store = testTableStore(uniqueTablePrefix());
    const pairs = new PairTableRepository(store);
    await pairs.create(pairOf('p1', 'anna', 'bernd', '19:old@thread.v2'));
    const history = await store.table(PairTableRepository.CHAT_HISTORY_TABLE);
    for await (const row of history.listEntities()) await history.deleteEntity(row.partitionKey!, row.rowKey!);
    expect(await recordPairChats(store)).toBe(1);
    expect(await recordPairChats(store)).toBe(0);
    await pairs.delete('p1', 'anna~bernd');
    expect(await keysIn(store, PairTableRepository.CHAT_INDEX_TABLE)).toEqual([]);
  });

  test('an enrolment linked under another address is found and deleted by the person, also when linked by an earlier version', async () => {
    const store = testTableStore(uniqueTablePrefix());
    const enrolments = new EnrolmentTableRepository(store);
    const row = { name: 'Bernd Köhler', role: 'mentee' as const, importedAt: '2027-02-01T08:00:00.000Z' };
    await enrolments.saveAll('p1', [
      { ...row, programmeId: 'p1', email: 'b.koehler@contoso.com' },
      { ...row, programmeId: 'p1', email: 'other@contoso.com', name: 'Other' },
    ]);
    await enrolments.link('p1', 'b.koehler@contoso.com', 'bernd');
    const bernd = { aadObjectId: 'bernd', email: 'bernd.koehler@contoso.com' };
    expect((await enrolments.forPerson('p1', bernd)).map((e) => e.email)).toEqual(['b.koehler@contoso.com']);

    // As an earlier version left it: the link on the enrolment only.
    const links = await store.table(EnrolmentTableRepository.LINKS_TABLE);
    for await (const link of links.listEntities()) await links.deleteEntity(link.partitionKey!, link.rowKey!);
    expect(await enrolments.forPerson('p1', bernd)).toEqual([]);
    expect(await linkEnrolments(store)).toBe(1);
    expect(await linkEnrolments(store)).toBe(0);
    expect(await enrolments.deletePerson('p1', bernd)).toBe(1);
    expect((await enrolments.list('p1')).map((e) => e.email)).toEqual(['other@contoso.com']);
    expect(await keysIn(store, EnrolmentTableRepository.LINKS_TABLE)).toEqual([]);
  });
});
