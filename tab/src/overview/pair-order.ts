import type { OverviewPair, PairFlag } from '../api/contract';

/** The columns HR can sort the Pairs table by. */
export type PairSortColumn = 'pair' | 'held' | 'last' | 'next';
export type SortDirection = 'ascending' | 'descending';
export interface PairSort {
  column: PairSortColumn;
  direction: SortDirection;
}
/** `all`, or only the pairs carrying one flag. */
export type PairFilter = 'all' | PairFlag;

// The order HR reads the flags in on the badges, so the filter options follow it too.
const FLAG_ORDER: readonly PairFlag[] = [
  'awaiting-confirmation',
  'no-chat',
  'no-meeting-yet',
  'quiet',
  'behind',
  'at-risk',
];

/** The flags that occur among the pairs, in badge order: offering a filter that empties the table helps nobody. */
export function flagsPresent(pairs: readonly OverviewPair[]): PairFlag[] {
  return FLAG_ORDER.filter((flag) => pairs.some((pair) => pair.flags.includes(flag)));
}

/** The pairs the filter lets through, in their given order. */
export function filterPairs(pairs: readonly OverviewPair[], filter: PairFilter): OverviewPair[] {
  return filter === 'all' ? [...pairs] : pairs.filter((pair) => pair.flags.includes(filter));
}

/**
 * The pairs in the chosen order; without a sort, the server's order (those needing attention first).
 * Pairs without a last or next meeting go to the end in both directions, because "none" is not
 * earlier or later than a date. Ties keep the server's order (Array.prototype.sort is stable).
 */
export function sortPairs(pairs: readonly OverviewPair[], sort: PairSort | undefined, locale: string): OverviewPair[] {
  if (!sort) return [...pairs];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...pairs].sort((a, b) => {
    if (sort.column === 'pair') return sign * collator.compare(nameOf(a), nameOf(b));
    if (sort.column === 'held') return sign * (a.held - b.held);
    const key = sort.column === 'last' ? 'lastMeetingAt' : 'nextMeetingAt';
    return compareDates(a[key], b[key], sign);
  });
}

/** The table shows "mentee & mentor", so that is what sorting by name follows. */
const nameOf = (pair: OverviewPair) => `${pair.mentee} ${pair.mentor}`;

function compareDates(a: string | undefined, b: string | undefined, sign: number): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return sign * (Date.parse(a) - Date.parse(b));
}
