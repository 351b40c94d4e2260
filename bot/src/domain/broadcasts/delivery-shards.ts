/**
 * A broadcast's recipients are split into shards of about a hundred. A shard is one table
 * partition and one queue message: a worker reads a shard in one query and claims and settles
 * its rows in entity-group transactions (at most 100 rows each, one partition), so a
 * recipient costs a fraction of a storage request instead of six. The statuses stay one row
 * per recipient, and each row is still the truth about that recipient.
 */

/** Rows a shard holds on average: well below the transaction limit, because hashing spreads unevenly (a larger shard still works, in two transactions). */
export const SHARD_TARGET_SIZE = 64;
/** Azure's limit for one entity group transaction. */
export const TRANSACTION_MAX_ROWS = 100;

/** How many shards a broadcast to `recipients` people gets; fixed once chosen (stored on the broadcast). */
export function shardCountFor(recipients: number): number {
  return Math.max(1, Math.ceil(recipients / SHARD_TARGET_SIZE));
}

/**
 * The shard of a recipient key: a hash, so a fan-out repeated with a slightly different
 * audience puts every recipient already written into the same shard again (no second row).
 */
export function shardOf(key: string, shardCount: number): number {
  // FNV-1a, 32 bit: stable across processes and versions, unlike anything built in.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** Splits a list into runs of at most `size`, in order. */
export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
