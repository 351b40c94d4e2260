import { QueueClient } from '@azure/storage-queue';
import { pendingRecipient } from '../../bot/src/domain/broadcasts';
import { DeliveryStorageQueue } from '../../bot/src/storage/delivery.queue';
import { RecipientTableRepository } from '../../bot/src/storage/recipient.table-repository';
import { testConnectionString, testTableStore, uniqueTablePrefix } from '../harness/test-storage';

const connection = () => ({ kind: 'connection-string' as const, connectionString: testConnectionString() });
const now = new Date('2027-03-01T09:00:00Z');
const plan = (i: number) => ({ key: `person:p${i}`, kind: 'person' as const, target: `p${i}`, displayName: `Person ${i}`, language: 'de' as const });

describe('the fan-out queue on Azurite', () => {
  test('a received job is hidden from other workers until completed or its time runs out', async () => {
    const queue = new DeliveryStorageQueue(connection(), uniqueTablePrefix());
    await queue.enqueue([{ tenantId: 't', broadcastId: 'b', key: 'person:a' }]);
    const [taken] = await queue.receive(32, 1000);
    expect(taken!.job).toEqual({ tenantId: 't', broadcastId: 'b', key: 'person:a' });
    expect(await queue.receive(32, 1000)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const [again] = await queue.receive(32, 60_000);
    expect(again!.dequeueCount).toBe(2);
    await queue.complete(again!);
    // Completing twice (a worker whose message was taken over) is harmless.
    await queue.complete(again!);
    expect(await queue.receive(32, 1000)).toEqual([]);
  }, 15_000);

  test('a message that is not a delivery job is dropped instead of coming back forever', async () => {
    const prefix = uniqueTablePrefix();
    const queue = new DeliveryStorageQueue(connection(), prefix);
    await queue.enqueue([]);
    await new QueueClient(testConnectionString(), `${prefix}-broadcasts`).sendMessage('not json');
    expect(await queue.receive(32, 100)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await queue.receive(32, 100)).toEqual([]);
  });
});

describe('delivery rows on Azurite', () => {
  test('writing recipients again keeps the statuses already recorded, and adds what is missing', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    const first = Array.from({ length: 150 }, (_, i) => pendingRecipient('b1', plan(i), now));
    await repository.createAll(first);
    const stored = (await repository.get('b1', 'person:p3'))!;
    await repository.write({ ...stored.value, status: 'sent', attempts: 1 });
    // A fan-out repeated after a crash: the same rows plus new ones, racing in one batch.
    await repository.createAll([...first.slice(0, 120), ...Array.from({ length: 10 }, (_, i) => pendingRecipient('b1', plan(150 + i), now))]);
    const statuses = await repository.statuses('b1');
    expect(statuses).toHaveLength(160);
    expect(statuses.filter((s) => s.status === 'sent')).toEqual([{ key: 'person:p3', status: 'sent' }]);
  });

  test('a claim with a stale ETag loses', async () => {
    const repository = new RecipientTableRepository(testTableStore());
    await repository.createAll([pendingRecipient('b2', plan(1), now)]);
    const a = (await repository.get('b2', 'person:p1'))!;
    const b = (await repository.get('b2', 'person:p1'))!;
    expect(await repository.update({ ...a.value, status: 'sending', claimedBy: 'a' }, a.etag)).toBe('written');
    expect(await repository.update({ ...b.value, status: 'sending', claimedBy: 'b' }, b.etag)).toBe('conflict');
    expect((await repository.get('b2', 'person:p1'))!.value.claimedBy).toBe('a');
  });
});
