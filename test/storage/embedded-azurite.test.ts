import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedAzurite } from '../../bot/src/storage/embedded-azurite';
import { readEntity, upsertEntity } from '../../bot/src/storage/entity-operations';
import { TableStore } from '../../bot/src/storage/table-store';

describe('embedded Azurite (what npm start uses)', () => {
  test('data written before a restart is there after it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-azurite-'));
    const first = await startEmbeddedAzurite({ dataDir, tablePort: 0, queuePort: 0 });
    const before = await new TableStore({ connectionString: first.connectionString, tablePrefix: 'restart' }).table('notes');
    await upsertEntity(before, { partitionKey: 'p', rowKey: 'r', text: 'Grüße vor dem Neustart' });
    await first.stop();

    const second = await startEmbeddedAzurite({ dataDir, tablePort: 0, queuePort: 0 });
    try {
      const after = await new TableStore({ connectionString: second.connectionString, tablePrefix: 'restart' }).table('notes');
      expect(await readEntity<{ text: string }>(after, 'p', 'r')).toMatchObject({ text: 'Grüße vor dem Neustart' });
    } finally {
      await second.stop();
    }
  });

  test('the queue service answers too', async () => {
    const azurite = await startEmbeddedAzurite({ tablePort: 0, queuePort: 0 });
    try {
      const response = await fetch(`http://127.0.0.1:${azurite.queuePort}/devstoreaccount1?comp=list`);
      // Unauthenticated, so 403 — but from the queue service itself, which is what we check.
      expect([200, 403]).toContain(response.status);
      expect(response.headers.get('x-ms-request-id')).toBeTruthy();
    } finally {
      await azurite.stop();
    }
  });
});
