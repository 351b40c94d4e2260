import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedAzurite } from '../../bot/src/storage/embedded-azurite';
import { readEntity, upsertEntity } from '../../bot/src/storage/entity-operations';
import { TableStore } from '../../bot/src/storage/table-store';
import { QueueServiceClient } from '@azure/storage-queue';
import { odata } from '@azure/data-tables';

describe('embedded Azurite (what npm start uses)', () => {
  test('table queries honour their filter while restify is loaded in the server process', async () => {
    // restify patches every incoming request with a `query` method, which made Azurite ignore
    // $filter when both ran in one process; Azurite now runs in a child process.
    require('restify');
    const azurite = await startEmbeddedAzurite({ tablePort: 0, queuePort: 0 });
    try {
      const table = await new TableStore({
        connection: { kind: 'connection-string', connectionString: azurite.connectionString },
        tablePrefix: 'filter',
      }).table('rows');
      await upsertEntity(table, { partitionKey: 'tenant-a', rowKey: '1' });
      await upsertEntity(table, { partitionKey: 'tenant-b', rowKey: '1' });
      const found: string[] = [];
      for await (const row of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'tenant-a'}` } }))
        found.push(row.partitionKey!);
      expect(found).toEqual(['tenant-a']);
    } finally {
      await azurite.stop();
    }
  });

  test('data written before a restart is there after it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-azurite-'));
    const first = await startEmbeddedAzurite({ dataDir, tablePort: 0, queuePort: 0 });
    const before = await new TableStore({
      connection: { kind: 'connection-string', connectionString: first.connectionString },
      tablePrefix: 'restart',
    }).table('notes');
    await upsertEntity(before, { partitionKey: 'p', rowKey: 'r', text: 'Grüße vor dem Neustart' });
    await first.stop();

    const second = await startEmbeddedAzurite({ dataDir, tablePort: 0, queuePort: 0 });
    try {
      const after = await new TableStore({
        connection: { kind: 'connection-string', connectionString: second.connectionString },
        tablePrefix: 'restart',
      }).table('notes');
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
