/**
 * Confidentiality by construction: a figure about feedback is shown only when it stands for at
 * least this many people or pairs, so nobody can read one person's rating out of a dashboard.
 */
export const DEFAULT_MIN_GROUP = 3;

/** A figure, or the reason it is withheld; the tab words "too few to show". */
export type Guarded<T> = { shown: true; value: T; group: number } | { shown: false; reason: 'too-few'; group: number };

/** The value when `group` people or pairs stand behind it, else the withheld marker. */
export function guarded<T>(group: number, minGroup: number, value: () => T): Guarded<T> {
  return group >= minGroup ? { shown: true, value: value(), group } : { shown: false, reason: 'too-few', group };
}

/** The name under which groups too small to show are merged; the tab words it. */
export const OTHER_GROUP = '__other__';

/**
 * Counts per group (department), largest first, with every group smaller than `minGroup`
 * merged into one "other" row, last: a department of two is not named on HR's screen.
 */
export function mergeSmallGroups(
  counts: ReadonlyMap<string, number>,
  minGroup: number,
): Array<{ group: string; count: number }> {
  // Items without a group (no department given) count as "other" whatever their number.
  const merged = ([group, count]: [string, number]) => count < minGroup || group === OTHER_GROUP;
  const large = [...counts].filter((entry) => !merged(entry));
  const other = [...counts].filter(merged).reduce((sum, [, count]) => sum + count, 0);
  const rows = large
    .map(([group, count]) => ({ group, count }))
    .sort((a, b) => b.count - a.count || a.group.localeCompare(b.group));
  return other > 0 ? [...rows, { group: OTHER_GROUP, count: other }] : rows;
}

/** Counts of items by a key, in first-seen order. */
export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}
