/** How big and how old a BoundedCache may get. */
export interface BoundedCacheLimits {
  /** Entries kept; the least recently used goes first. */
  maxEntries: number;
  /** An entry older than this (or stored "in the future", after the clock went back) is a miss. */
  maxAgeMs: number;
}

/**
 * A small in-memory cache for one instance: least recently used entries are dropped beyond
 * `maxEntries`, and entries expire after `maxAgeMs` on the given clock. It holds copies of
 * what storage has, never the only copy: callers must be right with an empty cache.
 */
export class BoundedCache<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  private readonly entries = new Map<string, { at: number; value: V }>();

  constructor(
    private readonly limits: BoundedCacheLimits,
    private readonly now: () => number,
  ) {}

  /** The value if present and young enough; marks it recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    const age = this.now() - entry.at;
    if (age < 0 || age > this.limits.maxAgeMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.limits.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops everything (after a local write the entries cannot tell apart). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
