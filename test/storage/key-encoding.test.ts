import { compositeKey, decodeKey, encodeKey, MAX_KEY_LENGTH } from '../../bot/src/storage/key-encoding';
import { StorageError } from '../../bot/src/storage/storage-errors';
import { readEntity, upsertEntity } from '../../bot/src/storage/entity-operations';
import { testTableStore } from '../harness/test-storage';

// eslint-disable-next-line no-control-regex -- these are exactly the characters Azure rejects
const FORBIDDEN = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

const hostileIds = [
  '29:1abcDEF-ghi_jkl',
  'a:1Xyz;messageid=1700000000000',
  '19:meeting_MjdhNjM4YzUtYzExZi00OTFkLTkzZTAtNTVlNmZkMDUxMmI0@thread.v2',
  'user@contoso.onmicrosoft.com',
  'path/with/slashes',
  'back\\slash',
  'hash#tag?query',
  'tilde~7C and percent %2F',
  'quote \' and double " quotes',
  'tab\tnew\nline\u0000nul\u007fdel\u009fc1',
  'Grüße aus Köln – ß, é, 日本, 🚲',
  '|pipes|',
];

describe('key encoding', () => {
  test.each(hostileIds)('%j encodes to a valid key and back', (raw) => {
    const key = encodeKey(raw);
    expect(key).not.toMatch(FORBIDDEN);
    expect(decodeKey(key)).toBe(raw);
  });

  test('keeps Teams ids readable: `:`, `@` and `;` are allowed and stay as they are', () => {
    expect(encodeKey('19:abc@thread.v2;messageid=1')).toBe('19:abc@thread.v2;messageid=1');
  });

  test('distinct ids never collide', () => {
    const keys = new Set(hostileIds.map(encodeKey));
    expect(keys.size).toBe(hostileIds.length);
    expect(encodeKey('~2F')).not.toBe(encodeKey('/'));
  });

  test('composite keys keep their parts apart even when a part contains the separator', () => {
    expect(compositeKey('a|b', 'c')).not.toBe(compositeKey('a', 'b|c'));
  });

  test('an empty key and an over-long key are refused with a reason', () => {
    expect(() => encodeKey('')).toThrow(StorageError);
    try {
      encodeKey('/'.repeat(MAX_KEY_LENGTH));
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).reason).toBe('key-too-long');
    }
  });

  test('hostile ids round-trip through Azure Table Storage (Azurite) as partition and row keys', async () => {
    const table = await testTableStore().table('keys');
    for (const raw of hostileIds) {
      await upsertEntity(table, { partitionKey: encodeKey(raw), rowKey: encodeKey(raw), original: raw });
      const row = await readEntity<{ original: string }>(table, encodeKey(raw), encodeKey(raw));
      expect(row?.original).toBe(raw);
    }
  });
});
