import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedAzurite } from '../../bot/src/storage/embedded-azurite';
import { readEntity, upsertEntity } from '../../bot/src/storage/entity-operations';
import { TableStore } from '../../bot/src/storage/table-store';
import { QueueServiceClient } from '@azure/storage-queue';

describe('embedded Azurite (what npm start uses)', () => {
  test('data written before a restart is there after it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-azurite-'));
    const first = await startEmbeddedAzurite({ dataDir, tablePort: 0, queuePort: 0 });
    const before = await new TableStore({ connection: { kind: 'connection-string', connectionString: first.connectionString }, tablePrefix: 'restart' }).table('notes');
    await upsertEntity(before, { partitionKey: 'p', rowKey: 'r', text: 'Grüße vor dem Neustart' });
    await first.stop();

    const second = await startEmbeddedAzurite({ dataDir, tablePort: 0, queuePort: 0 });
    try {
      const after = await new TableStore({ connection: { kind: 'connection-string', connectionString: second.connectionString }, tablePrefix: 'restart' }).table('notes');
      expect(await readEntity<{ text: string }>(after, 'p', 'r')).toMatchObject({ text: 'Grüße vor dem Neustart' });
    } finally {
      await second.stop();
    }
  });

  test('the queue service works too (broadcast fan-out will use it)', async () => {
    const azurite = await startEmbeddedAzurite({ tablePort: 0, queuePort: 0 });
    try {
      const queue = QueueServiceClient.fromConnectionString(azurite.connectionString).getQueueClient('probe');
      await queue.createIfNotExists();
      await queue.sendMessage('hallo');
      const received = await queue.receiveMessages();
      expect(received.receivedMessageItems.map((m) => m.messageText)).toEqual(['hallo']);
    } finally {
      await azurite.stop();
    }
  });
});
