import { anonymised, type GoodPractice } from '../../bot/src/domain/good-practices/good-practice';
import { GoodPracticeTableRepository } from '../../bot/src/storage/good-practice.table-repository';
import {
  LEGACY_GOOD_PRACTICE_TABLE,
  moveGoodPracticesToKeyedLayout,
} from '../../bot/src/storage/good-practice-layout.migration';
import { compositeKey, encodeKey } from '../../bot/src/storage/key-encoding';
import type { TableStore } from '../../bot/src/storage/table-store';
import { testTableStore, uniqueTablePrefix } from '../harness/test-storage';

const PROGRAMME = 'p1';
const practice = (id: string, authorId: string, submittedAt: string): GoodPractice => ({
  id,
  programmeId: PROGRAMME,
  authorId,
  authorName: `Name of ${authorId}`,
  role: 'mentor',
  source: 'shared',
  title: `Title ${id}`,
  text: 'What worked',
  topics: ['big-data'],
  credit: 'named',
  onAuthorDeletion: 'anonymise',
  status: 'pending',
  submittedAt,
});

/** Good practices keyed per programme and per author, on Azurite. */
describe('good-practice storage', () => {
  const repository = () => new GoodPracticeTableRepository(testTableStore());

  test('a programme lists newest first; an author finds theirs through the index', async () => {
    const practices = repository();
    await practices.create(practice('a', 'anna', '2027-03-01T10:00:00.000Z'));
    await practices.create(practice('b', 'bernd', '2027-03-03T10:00:00.000Z'));
    await practices.create(practice('c', 'anna', '2027-03-02T10:00:00.000Z'));
    expect((await practices.list(PROGRAMME)).map((row) => row.value.id)).toEqual(['b', 'c', 'a']);
    expect((await practices.byAuthor(PROGRAMME, 'anna')).map((row) => row.value.id).sort()).toEqual(['a', 'c']);
    expect(await practices.byAuthor('other', 'anna')).toEqual([]);
  });

  test('creating the same practice twice keeps one; two writes on one ETag: one wins', async () => {
    const practices = repository();
    const first = practice('a', 'anna', '2027-03-01T10:00:00.000Z');
    expect(await Promise.all([practices.create(first), practices.create(first)])).toEqual(
      expect.arrayContaining(['created', 'exists']),
    );
    const read = (await practices.get(PROGRAMME, 'a'))!;
    const outcomes = await Promise.all([
      practices.update({ ...read.value, status: 'approved' }, read.etag),
      practices.update({ ...read.value, status: 'rejected' }, read.etag),
    ]);
    expect(outcomes.sort()).toEqual(['conflict', 'written']);
  });

  test('an anonymised practice leaves the author index; a deleted one leaves both tables', async () => {
    const store = testTableStore();
    const practices = new GoodPracticeTableRepository(store);
    await practices.create(practice('a', 'anna', '2027-03-01T10:00:00.000Z'));
    await practices.create(practice('b', 'anna', '2027-03-02T10:00:00.000Z'));
    const a = (await practices.get(PROGRAMME, 'a'))!;
    expect(await practices.update(anonymised(a.value), a.etag)).toBe('written');
    await practices.delete(PROGRAMME, 'b');
    expect(await practices.byAuthor(PROGRAMME, 'anna')).toEqual([]);
    expect(await indexRows(store, 'anna')).toBe(0);
    expect((await practices.list(PROGRAMME)).map((row) => row.value)).toEqual([
      expect.not.objectContaining({ authorName: expect.anything() }),
    ]);
    expect(JSON.stringify(await practices.list(PROGRAMME))).not.toContain('anna');
  });
});

async function indexRows(store: TableStore, authorId: string): Promise<number> {
  let count = 0;
  const table = await store.table(GoodPracticeTableRepository.AUTHOR_INDEX);
  for await (const _ of table.listEntities({
    queryOptions: { filter: `PartitionKey eq '${compositeKey(PROGRAMME, authorId)}'` },
  }))
    count += 1;
  return count;
}

/** Submissions of the first layout, as the feedback card stored them. */
const OLD = ['anna', 'bernd'].map((authorId, i) => ({
  programmeId: PROGRAMME,
  pairId: 'anna~bernd',
  meetingId: `m${i}`,
  authorId,
  role: authorId === 'anna' ? 'mentor' : 'mentee',
  learning: `Learning of ${authorId}`,
  topics: ['big-data'],
  submittedAt: `2027-03-0${i + 1}T10:00:00.000Z`,
}));

async function writeOldLayout(store: TableStore): Promise<void> {
  const legacy = await store.table(LEGACY_GOOD_PRACTICE_TABLE);
  for (const s of OLD)
    await legacy.createEntity({
      partitionKey: encodeKey(s.programmeId),
      rowKey: compositeKey(s.authorId, s.meetingId),
      pairId: s.pairId,
      authorId: s.authorId,
      json: JSON.stringify(s),
    });
}

describe('moving good-practice submissions to the keyed layout', () => {
  test('a deployment without the old table: nothing to move', async () => {
    expect(await moveGoodPracticesToKeyedLayout(testTableStore())).toBe(0);
  });

  test('each submission becomes a pending, anonymous practice found by its author; twice, or on two instances, changes nothing', async () => {
    const prefix = uniqueTablePrefix();
    const store = testTableStore(prefix);
    await writeOldLayout(store);
    const found = await Promise.all([
      moveGoodPracticesToKeyedLayout(testTableStore(prefix)),
      moveGoodPracticesToKeyedLayout(testTableStore(prefix)),
    ]);
    expect(found.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(OLD.length);
    expect(await moveGoodPracticesToKeyedLayout(store)).toBe(0);
    const practices = new GoodPracticeTableRepository(store);
    expect((await practices.list(PROGRAMME)).map((row) => row.value)).toEqual([
      expect.objectContaining({ authorId: 'bernd', role: 'mentee', text: 'Learning of bernd', status: 'pending' }),
      expect.objectContaining({ authorId: 'anna', role: 'mentor', credit: 'anonymous', source: 'feedback' }),
    ]);
    expect(await practices.byAuthor(PROGRAMME, 'anna')).toHaveLength(1);
  });
});
