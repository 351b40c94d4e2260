import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) that is the same for the same seed. Two requests for the same thing
 * (a double click, Teams retrying a slow invoke) then name the same row, and the second create
 * finds the first instead of making a twin.
 */
export function stableUuid(seed: string): string {
  const bytes = createHash('sha1').update(`tandem:${seed}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
