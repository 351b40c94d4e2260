import type { MeetingFeedback } from '../../bot/src/domain/feedback/meeting-feedback';
import { compositeKey, encodeKey } from '../../bot/src/storage/key-encoding';
import { FeedbackTableRepository } from '../../bot/src/storage/feedback.table-repositories';
import { LEGACY_FEEDBACK_TABLE, moveFeedbackToPairPartitions } from '../../bot/src/storage/feedback-layout.migration';
import { PairRevisionTableRepository } from '../../bot/src/storage/pair-revision.table-repository';
import type { TableStore } from '../../bot/src/storage/table-store';
import { testTableStore, uniqueTablePrefix } from '../harness/test-storage';

const PROGRAMME = 'p1';
const feedback = (pairId: string, authorId: string, meetingId: string, learning = 'learnt'): MeetingFeedback => ({
  programmeId: PROGRAMME,
  pairId,
  meetingId,
  meetingNumber: 1,
  authorId,
  role: pairId.startsWith(authorId) ? 'mentor' : 'mentee',
  rating: 4,
  topicsCovered: ['big-data'],
  learning,
  shareAsGoodPractice: false,
  createdAt: '2027-03-09T10:30:00.000Z',
  updatedAt: '2027-03-09T10:30:00.000Z',
});
/** Two pairs of one programme, both members of each giving feedback on two meetings. */
const OLD_RECORDS = ['anna~bernd', 'carla~dieter'].flatMap((pairId) =>
  pairId.split('~').flatMap((authorId) => ['m1', 'm2'].map((m) => feedback(pairId, authorId, `${pairId}-${m}`))),
);

/** Rows as the first layout wrote them: partition = programme, row = author + meeting, pairId a plain column. */
async function writeOldLayout(store: TableStore, records: readonly MeetingFeedback[]): Promise<void> {
  const legacy = await store.table(LEGACY_FEEDBACK_TABLE);
  for (const f of records)
    await legacy.createEntity({
      partitionKey: encodeKey(f.programmeId),
      rowKey: compositeKey(f.authorId, f.meetingId),
      pairId: f.pairId,
      authorId: f.authorId,
      json: JSON.stringify(f),
    });
}

async function oldRowCount(store: TableStore): Promise<number> {
  let count = 0;
  for await (const _ of store.existingTable(LEGACY_FEEDBACK_TABLE).listEntities()) count += 1;
  return count;
}

/** The one-time move of meeting feedback to one partition per pair, on Azurite. */
describe('moving feedback to one partition per pair', () => {
  const setUp = async () => {
    const tablePrefix = uniqueTablePrefix();
    const store = testTableStore(tablePrefix);
    const revisions = new PairRevisionTableRepository(store);
    await writeOldLayout(store, OLD_RECORDS);
    const repository = new FeedbackTableRepository(store, revisions);
    const pairFeedback = async (pairId: string) =>
      (await repository.forPair(PROGRAMME, pairId)).map((f) => `${f.authorId}:${f.meetingId}:${f.learning}`).sort();
    return { tablePrefix, store, revisions, repository, pairFeedback };
  };
  const expected = (pairId: string) =>
    OLD_RECORDS.filter((f) => f.pairId === pairId)
      .map((f) => `${f.authorId}:${f.meetingId}:${f.learning}`)
      .sort();

  test('a deployment without the old table: nothing to move, and no table is created for it', async () => {
    const store = testTableStore();
    expect(await moveFeedbackToPairPartitions(store, new PairRevisionTableRepository(store))).toBe(0);
    await expect(oldRowCount(store)).rejects.toMatchObject({ statusCode: 404 });
  });

  test('every row moves to its pair, the old table is left empty; run twice, the second finds nothing', async () => {
    const { store, revisions, pairFeedback } = await setUp();
    expect(await pairFeedback('anna~bernd')).toEqual([]);
    expect(await moveFeedbackToPairPartitions(store, revisions)).toBe(OLD_RECORDS.length);
    expect(await pairFeedback('anna~bernd')).toEqual(expected('anna~bernd'));
    expect(await pairFeedback('carla~dieter')).toEqual(expected('carla~dieter'));
    expect(await oldRowCount(store)).toBe(0);
    expect(await moveFeedbackToPairPartitions(store, revisions)).toBe(0);
    expect(await pairFeedback('anna~bernd')).toEqual(expected('anna~bernd'));
  });

  test('two instances moving at once: each row once, none lost', async () => {
    const { tablePrefix, store, pairFeedback } = await setUp();
    const found = await Promise.all(
      [testTableStore(tablePrefix), testTableStore(tablePrefix)].map((own) =>
        moveFeedbackToPairPartitions(own, new PairRevisionTableRepository(own)),
      ),
    );
    // Both may list a row before either deletes it; what matters is where the rows end up.
    expect(found.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(OLD_RECORDS.length);
    expect(await pairFeedback('anna~bernd')).toEqual(expected('anna~bernd'));
    expect(await pairFeedback('carla~dieter')).toEqual(expected('carla~dieter'));
    expect(await oldRowCount(store)).toBe(0);
  });

  test('after a crash half-way (some rows copied, some deleted) the next start finishes; an edit made meanwhile wins', async () => {
    const { store, revisions, repository, pairFeedback } = await setUp();
    // The crashed run: anna~bernd's rows copied and two of them deleted, carla~dieter untouched.
    const crashed = OLD_RECORDS.filter((f) => f.pairId === 'anna~bernd');
    const target = await store.table(FeedbackTableRepository.TABLE);
    for (const f of crashed)
      await target.createEntity({
        partitionKey: compositeKey(PROGRAMME, f.pairId),
        rowKey: compositeKey(f.authorId, f.meetingId),
        pairId: f.pairId,
        authorId: f.authorId,
        json: JSON.stringify(f),
      });
    const legacy = await store.table(LEGACY_FEEDBACK_TABLE);
    for (const f of crashed.slice(0, 2))
      await legacy.deleteEntity(encodeKey(PROGRAMME), compositeKey(f.authorId, f.meetingId));
    // Meanwhile, Anna edits her feedback on meeting 1 (in the new layout).
    const annas = crashed.find((f) => f.authorId === 'anna' && f.meetingId.endsWith('m1'))!;
    const stored = (await repository.get(PROGRAMME, 'anna~bernd', 'anna', annas.meetingId))!;
    expect(await repository.update({ ...annas, learning: 'edited' }, stored.etag)).toBe('written');

    expect(await moveFeedbackToPairPartitions(store, revisions)).toBe(OLD_RECORDS.length - 2);
    expect(await pairFeedback('anna~bernd')).toEqual(
      expected('anna~bernd').map((row) =>
        row.startsWith(`anna:${annas.meetingId}:`) ? `anna:${annas.meetingId}:edited` : row,
      ),
    );
    expect(await pairFeedback('carla~dieter')).toEqual(expected('carla~dieter'));
    expect(await oldRowCount(store)).toBe(0);
  });

  test("each moved pair's revision moves, so no journey stays cached without its feedback", async () => {
    const { store, revisions } = await setUp();
    await revisions.settle((await revisions.begin(PROGRAMME, 'anna~bernd'))!);
    const before = await revisions.current(PROGRAMME, 'anna~bernd');
    await moveFeedbackToPairPartitions(store, revisions);
    const after = await revisions.current(PROGRAMME, 'anna~bernd');
    expect(after?.token).toEqual(expect.any(String));
    expect(after?.token).not.toBe(before?.token);
  });
});
