import {
  inChunks,
  shardCountFor,
  shardOf,
  SHARD_TARGET_SIZE,
  TRANSACTION_MAX_ROWS,
} from '../../../bot/src/domain/broadcasts';

describe('delivery shards', () => {
  test('a broadcast gets one shard per 64 recipients, and at least one', () => {
    expect(shardCountFor(0)).toBe(1);
    expect(shardCountFor(1)).toBe(1);
    expect(shardCountFor(64)).toBe(1);
    expect(shardCountFor(65)).toBe(2);
    expect(shardCountFor(10_000)).toBe(157);
  });

  test('a key always lands in the same shard, so a repeated fan-out finds its rows again', () => {
    expect(shardOf('person:anna', 1)).toBe(0);
    // Pinned: the hash must not change between versions, or a fan-out resumed after an upgrade would write rows twice.
    expect([
      shardOf('person:anna', 157),
      shardOf('channel:news', 157),
      shardOf('person:5d2f0c1e-0000-4000-8000-000000000001', 157),
    ]).toEqual([45, 129, 119]);
  });

  test('10,000 real-looking ids spread evenly: no shard exceeds one transaction', () => {
    const count = shardCountFor(10_000);
    const sizes = new Array<number>(count).fill(0);
    for (let i = 0; i < 10_000; i++)
      sizes[
        shardOf(`person:5d2f0c1e-${String(i).padStart(4, '0')}-4000-8000-${String(i * 7919).padStart(12, '0')}`, count)
      ]! += 1;
    expect(Math.max(...sizes)).toBeLessThanOrEqual(TRANSACTION_MAX_ROWS);
    expect(Math.min(...sizes)).toBeGreaterThan(SHARD_TARGET_SIZE / 2);
  });

  test('chunks keep the order and the last one takes the rest', () => {
    expect(inChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inChunks([], 3)).toEqual([]);
  });
});
