import { encodeKey } from './key-encoding';

/**
 * The pairs table holds, per programme partition, each pair's row (`<pair id>`) and right
 * after it the pair's revision row (`<pair id>|revision`), both read by point reads side by
 * side. `|` never occurs in an encoded id, so the two kinds cannot be confused.
 */
export const PAIRS_TABLE = 'pairs';

const REVISION_SUFFIX = '|revision';

/** The row key of a pair's row. */
export function pairRowKey(pairId: string): string {
  return encodeKey(pairId);
}

/** The row key of a pair's revision row. */
export function revisionRowKey(pairId: string): string {
  return `${encodeKey(pairId)}${REVISION_SUFFIX}`;
}

/** True for a revision row (every listing of pairs leaves them out). */
export function isRevisionRow(rowKey: string | undefined): boolean {
  return rowKey?.endsWith(REVISION_SUFFIX) ?? false;
}
