import { QueueClient } from '@azure/storage-queue';
import { countDeliveries, pendingRecipient, shardCountFor, shardOf } from '../../bot/src/domain/broadcasts';
import { deliveryQueue } from '../../bot/src/storage/job.queue';
import { RecipientTableRepository } from '../../bot/src/storage/recipient.table-repository';
import { ShardTallyTableRepository } from '../../bot/src/storage/shard-tally.table-repository';
import { testConnectionString, testTableStore, uniqueTablePrefix } from '../harness/test-storage';

const connection = () => ({ kind: 'connection-string' as const, connectionString: testConnectionString() });
const now = new Date('2027-03-01T09:00:00Z');
const plan = (i: number) => ({
  key: `person:p${i}`,
  kind: 'person' as const,
  target: `p${i}`,
  displayName: `Person ${i}`,
  language: 'de' as const,
});

describe('the fan-out queue on Azurite', () => {
  test('a received job is hidden from other workers until completed or its time runs out', async () => {
    const queue = deliveryQueue(connection(), uniqueTablePrefix());
    await queue.enqueue([{ tenantId: 't', broadcastId: 'b', shard: 3 }]);
    const [taken] = await queue.receive(32, 1000);
    expect(taken!.job).toEqual({ tenantId: 't', broadcastId: 'b', shard: 3 });
    expect(await queue.receive(32, 1000)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const [again] = await queue.receive(32, 60_000);
    expect(again!.dequeueCount).toBe(2);
    await queue.complete(again!);
    // Completing twice (a worker whose message was taken over) is harmless.
    await queue.complete(again!);
    expect(await queue.receive(32, 1000)).toEqual([]);
  }, 15_000);

  test('a released job is visible again at once, for the next worker', async () => {
    const queue = deliveryQueue(connection(), uniqueTablePrefix());
    await queue.enqueue([{ tenantId: 't', broadcastId: 'b', shard: 0 }]);
    const [taken] = await queue.receive(32, 60_000);
    await queue.release(taken!);
    const [again] = await queue.receive(32, 60_000);
    expect(again!.job).toEqual({ tenantId: 't', broadcastId: 'b', shard: 0 });
  });

  test('a message that is not a delivery job is dropped instead of coming back forever', async () => {
    const prefix = uniqueTablePrefix();
    const queue = deliveryQueue(connection(), prefix);
    await queue.enqueue([]);
    await new QueueClient(testConnectionString(), `${prefix}-broadcasts`).sendMessage('not json');
    expect(await queue.receive(32, 100)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await queue.receive(32, 100)).toEqual([]);
  });
});

describe('delivery rows on Azurite', () => {
  const shards = shardCountFor(160);
  const recipient = (broadcastId: string, i: number) =>
    pendingRecipient(broadcastId, plan(i), { shard: shardOf(plan(i).key, shards) }, now);

  test('writing recipients again keeps the statuses already recorded, and adds what is missing', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    const first = Array.from({ length: 150 }, (_, i) => recipient('b1', i));
    await repository.createAll(first);
    const stored = (await repository.get('b1', first[3]!.shard, 'person:p3'))!;
    await repository.write({ ...stored.value, status: 'sent', attempts: 1 });
    // A fan-out repeated after a crash: the same rows plus new ones, racing in one batch.
    await repository.createAll([
      ...first.slice(0, 120),
      ...Array.from({ length: 10 }, (_, i) => recipient('b1', 150 + i)),
    ]);
    const statuses = await repository.statuses('b1');
    expect(statuses).toHaveLength(160);
    expect(statuses.filter((s) => s.status === 'sent')).toEqual([
      { key: 'person:p3', shard: first[3]!.shard, status: 'sent' },
    ]);
  });

  test('a shard is read in one query, and holds exactly the rows hashed to it', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    const rows = Array.from({ length: 160 }, (_, i) => recipient('b3', i));
    await repository.createAll(rows);
    // A neighbouring broadcast whose id extends this one's must not leak into its range.
    await repository.createAll([recipient('b3x', 1)]);
    for (let shard = 0; shard < shards; shard++) {
      const read = await repository.shard('b3', shard);
      expect(read.map((row) => row.value.key).sort()).toEqual(
        rows
          .filter((row) => row.shard === shard)
          .map((row) => row.key)
          .sort(),
      );
    }
    expect(await repository.statuses('b3')).toHaveLength(160);
    expect((await repository.list('b3')).every((row) => row.broadcastId === 'b3')).toBe(true);
  });

  test('the conversation captured at fan-out is kept on the row', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    const reference = { conversation: { id: 'a:1' }, serviceUrl: 'https://smba.example/emea/' };
    await repository.createAll([pendingRecipient('b4', plan(1), { shard: 0, conversation: reference }, now)]);
    expect((await repository.get('b4', 0, 'person:p1'))!.value.conversation).toEqual(reference);
  });

  test('a claim with a stale ETag loses', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    await repository.createAll([pendingRecipient('b2', plan(1), { shard: 0 }, now)]);
    const a = (await repository.get('b2', 0, 'person:p1'))!;
    const b = (await repository.get('b2', 0, 'person:p1'))!;
    expect(await repository.update({ ...a.value, status: 'sending', claimedBy: 'a' }, a.etag)).toBe('written');
    expect(await repository.update({ ...b.value, status: 'sending', claimedBy: 'b' }, b.etag)).toBe('conflict');
    expect((await repository.get('b2', 0, 'person:p1'))!.value.claimedBy).toBe('a');
  });

  test('claiming rows together: all or nothing, and a row another worker took makes the whole claim lose', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    await repository.createAll(
      Array.from({ length: 5 }, (_, i) =>
        pendingRecipient('b5', plan(i), { shard: 0, conversation: { conversation: { id: `a:chat${i}` } } }, now),
      ),
    );
    const read = await repository.shard('b5', 0);
    // Another worker claims one row first.
    const taken = read[2]!;
    expect(await repository.update({ ...taken.value, status: 'sending', claimedBy: 'other' }, taken.etag)).toBe(
      'written',
    );
    const claims = read.map((row) => ({
      value: { ...row.value, status: 'sending' as const, claimedBy: 'me' },
      etag: row.etag,
    }));
    expect(await repository.claimAll(claims)).toBe('conflict');
    const after = await repository.shard('b5', 0);
    expect(after.map((row) => row.value.claimedBy ?? 'nobody').sort()).toEqual([
      'nobody',
      'nobody',
      'nobody',
      'nobody',
      'other',
    ]);
    const untouched = after.filter((row) => row.value.status === 'pending');
    expect(
      await repository.claimAll(
        untouched.map((row) => ({
          value: { ...row.value, status: 'sending' as const, claimedBy: 'me' },
          etag: row.etag,
        })),
      ),
    ).toBe('written');
    expect((await repository.statuses('b5')).every((row) => row.status === 'sending')).toBe(true);
    // A claim writes only its own columns: the conversation to send to is still on every row.
    const claimed = await repository.list('b5');
    expect(claimed.filter((row) => row.claimedBy === 'me')).toHaveLength(4);
    expect(claimed.map((row) => (row.conversation?.conversation as { id: string }).id).sort()).toEqual([
      'a:chat0',
      'a:chat1',
      'a:chat2',
      'a:chat3',
      'a:chat4',
    ]);
  });

  test('outcomes are recorded together, whatever the rows held', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    await repository.createAll(Array.from({ length: 3 }, (_, i) => pendingRecipient('b6', plan(i), { shard: 0 }, now)));
    const read = await repository.shard('b6', 0);
    await repository.writeAll(read.map((row) => ({ ...row.value, status: 'sent', attempts: 1 })));
    expect((await repository.statuses('b6')).map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });
});

describe('shard tallies on Azurite', () => {
  test("a shard's tally is replaced by its next one; a broadcast's tallies are read together and deleted together", async () => {
    const tallies = new ShardTallyTableRepository(testTableStore());
    await tallies.record('b1', 0, countDeliveries(['pending', 'sending', 'sent']));
    await tallies.record('b1', 0, countDeliveries(['sent', 'not-reachable', 'failed']));
    await tallies.record('b1', 7, countDeliveries(['sent']));
    // A neighbouring broadcast whose id extends this one's keeps its own.
    await tallies.record('b1x', 0, countDeliveries(['pending']));
    const read = await tallies.ofBroadcast('b1');
    expect(read).toEqual([countDeliveries(['sent', 'not-reachable', 'failed']), countDeliveries(['sent'])]);
    await tallies.deleteBroadcast('b1');
    expect(await tallies.ofBroadcast('b1')).toEqual([]);
    expect(await tallies.ofBroadcast('b1x')).toHaveLength(1);
  });
});
