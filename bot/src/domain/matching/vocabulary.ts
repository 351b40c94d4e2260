/**
 * Interns strings (topic keys, slot keys, languages, departments…) as small integers so that
 * the pair loop compares numbers and bit sets instead of strings.
 */
export class Vocabulary {
  private readonly indexes = new Map<string, number>();

  /** The index of a word, added if new. */
  intern(word: string): number {
    let index = this.indexes.get(word);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(word, index);
    }
    return index;
  }

  /** The index of a word, or -1 if it was never interned. */
  indexOf(word: string): number {
    return this.indexes.get(word) ?? -1;
  }

  get size(): number {
    return this.indexes.size;
  }
}

/** One bit set per person, all of the same width, packed into one array. */
export interface BitsetTable {
  /** 32-bit words per set. */
  readonly width: number;
  readonly bits: Uint32Array;
  /** How many distinct words each set holds. */
  readonly sizes: Int32Array;
}

/** Bit sets for the given word lists; every word must already be in the vocabulary. */
export function bitsetTable(lists: readonly (readonly string[])[], vocabulary: Vocabulary): BitsetTable {
  const width = Math.max(1, Math.ceil(vocabulary.size / 32));
  const bits = new Uint32Array(lists.length * width);
  const sizes = new Int32Array(lists.length);
  lists.forEach((list, person) => {
    for (const word of list) {
      const index = vocabulary.indexOf(word);
      const at = person * width + (index >>> 5);
      const bit = 1 << (index & 31);
      if ((bits[at]! & bit) === 0) sizes[person]!++;
      bits[at] = bits[at]! | bit;
    }
  });
  return { width, bits, sizes };
}

/** How many words set `a[i]` and set `b[j]` have in common (both tables built on one vocabulary). */
export function sharedCount(a: BitsetTable, i: number, b: BitsetTable, j: number): number {
  let count = 0;
  const width = a.width;
  for (let w = 0; w < width; w++) count += popcount(a.bits[i * width + w]! & b.bits[j * width + w]!);
  return count;
}

/** Whether a word is in set `table[i]`. */
export function hasWord(table: BitsetTable, i: number, index: number): boolean {
  return index >= 0 && (table.bits[i * table.width + (index >>> 5)]! & (1 << (index & 31))) !== 0;
}

/** The number of set bits in a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
