import type { TableClient } from '@azure/data-tables';
import {
  createEntity,
  deleteEntity,
  deleteEntityIfMatch,
  readEntity,
  updateEntityIfMatch,
  upsertEntity,
} from '../../bot/src/storage/entity-operations';
import { ENTITY_LIMITS } from '../../bot/src/storage/entity-limits';
import { StorageError } from '../../bot/src/storage/storage-errors';
import { TableStore } from '../../bot/src/storage/table-store';
import { testTableStore } from '../harness/test-storage';

describe('ETag-aware entity operations on Azurite', () => {
  let table: TableClient;
  beforeAll(async () => {
    table = await testTableStore().table('etags');
  });

  test('a stale ETag is a conflict, not an exception, and the newer write survives', async () => {
    const created = await createEntity(table, { partitionKey: 'p', rowKey: 'stale', votes: 0 });
    expect(created.status).toBe('created');
    const first = await readEntity<{ votes: number }>(table, 'p', 'stale');
    const second = await readEntity<{ votes: number }>(table, 'p', 'stale');

    const winner = await updateEntityIfMatch(table, { partitionKey: 'p', rowKey: 'stale', votes: 1 }, first!.etag);
    expect(winner.status).toBe('written');
    const loser = await updateEntityIfMatch(table, { partitionKey: 'p', rowKey: 'stale', votes: 99 }, second!.etag);
    expect(loser).toEqual({ status: 'conflict' });

    expect((await readEntity<{ votes: number }>(table, 'p', 'stale'))!.votes).toBe(1);
  });

  test('a conditional update of a missing entity is not-found', async () => {
    const outcome = await updateEntityIfMatch(table, { partitionKey: 'p', rowKey: 'missing', x: 1 }, '*');
    expect(outcome).toEqual({ status: 'not-found' });
  });

  test('creating twice (a double click) yields one entity and an `exists` outcome', async () => {
    const entity = { partitionKey: 'p', rowKey: 'double', value: 'first' };
    const outcomes = await Promise.all([
      createEntity(table, entity),
      createEntity(table, { ...entity, value: 'second' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['created', 'exists']);
  });

  test('conditional delete respects the ETag', async () => {
    await createEntity(table, { partitionKey: 'p', rowKey: 'del', n: 1 });
    const stale = await readEntity(table, 'p', 'del');
    await updateEntityIfMatch(table, { partitionKey: 'p', rowKey: 'del', n: 2 }, stale!.etag);
    expect(await deleteEntityIfMatch(table, 'p', 'del', stale!.etag)).toEqual({ status: 'conflict' });
    const fresh = await readEntity(table, 'p', 'del');
    expect((await deleteEntityIfMatch(table, 'p', 'del', fresh!.etag)).status).toBe('written');
    expect(await readEntity(table, 'p', 'del')).toBeUndefined();
    await expect(deleteEntity(table, 'p', 'del')).resolves.toBeUndefined();
  });

  test('merge upserts keep properties the write did not mention', async () => {
    await upsertEntity(table, { partitionKey: 'p', rowKey: 'merge', locale: 'de-DE', timeZone: 'Europe/Berlin' });
    await upsertEntity(table, { partitionKey: 'p', rowKey: 'merge', locale: 'en-GB' });
    const row = await readEntity<{ locale: string; timeZone: string }>(table, 'p', 'merge');
    expect(row).toMatchObject({ locale: 'en-GB', timeZone: 'Europe/Berlin' });
  });

  test('Azure limits Azurite does not enforce are enforced before writing', async () => {
    const reasonOf = async (promise: Promise<unknown>) => {
      try {
        await promise;
        return 'written';
      } catch (error) {
        expect(error).toBeInstanceOf(StorageError);
        return (error as StorageError).reason;
      }
    };
    const tooLongText = 'x'.repeat(ENTITY_LIMITS.maxStringBytes / 2 + 1);
    expect(await reasonOf(upsertEntity(table, { partitionKey: 'p', rowKey: 'big', text: tooLongText }))).toBe(
      'property-too-large',
    );
    const manyProperties = Object.fromEntries(Array.from({ length: 253 }, (_, i) => [`p${i}`, i]));
    expect(await reasonOf(createEntity(table, { partitionKey: 'p', rowKey: 'wide', ...manyProperties }))).toBe(
      'too-many-properties',
    );
    const almostFullText = 'y'.repeat(ENTITY_LIMITS.maxStringBytes / 2 - 10);
    const heavy = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`t${i}`, almostFullText]));
    expect(await reasonOf(upsertEntity(table, { partitionKey: 'p', rowKey: 'heavy', ...heavy }))).toBe(
      'entity-too-large',
    );
    expect(await readEntity(table, 'p', 'big')).toBeUndefined();
  });

  test('an unreachable account surfaces as StorageError(unavailable), never as a RestError', async () => {
    const dead = new TableStore({
      connection: {
        kind: 'connection-string',
        connectionString:
          'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1',
      },
      tablePrefix: 'dead',
    });
    expect(await dead.ping()).toBe(false);
    await expect(dead.table('x')).rejects.toMatchObject({ name: 'StorageError', reason: 'unavailable' });
  }, 60_000);
});
