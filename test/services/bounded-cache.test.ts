import { BoundedCache } from '../../bot/src/services/bounded-cache';

/** The journey cache's and the token cache's store: least recently used out first, entries expire by age. */
describe('BoundedCache', () => {
  const make = (maxEntries: number, maxAgeMs: number) => {
    let now = 1_000_000;
    const cache = new BoundedCache<string>({ maxEntries, maxAgeMs }, () => now);
    return { cache, advance: (ms: number) => (now += ms) };
  };

  test('beyond its size, the least recently used entry goes first', () => {
    const { cache } = make(2, 60_000);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    expect(cache.size).toBe(2);
  });

  test.each([
    ['just stored', 0, 'A'],
    ['exactly at the maximum age', 60_000, 'A'],
    ['a millisecond older than that', 60_001, undefined],
    ['stored "in the future" (the clock went back)', -1, undefined],
  ])('an entry %s: %s', (_name, age, expected) => {
    const { cache, advance } = make(10, 60_000);
    cache.set('a', 'A');
    advance(age);
    expect(cache.get('a')).toBe(expected);
  });

  test('an expired entry is dropped, and setting again restarts its age', () => {
    const { cache, advance } = make(10, 1_000);
    cache.set('a', 'A');
    advance(1_001);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('a', 'A2');
    advance(999);
    expect(cache.get('a')).toBe('A2');
  });

  test('delete and clear', () => {
    const { cache } = make(10, 1_000);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.delete('a');
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, 'B']);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
