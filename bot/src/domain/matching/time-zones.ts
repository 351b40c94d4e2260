/**
 * Gives a time zone's offset from UTC in minutes (east positive), or `undefined` if unknown.
 *
 * The matching rules never ask `Intl` themselves: an offset depends on the date (summer time),
 * and the rules have no clock. The caller decides the reference date (the CLI uses the input's
 * `referenceDate`, the services their clock's now), builds the lookup with `utcOffsetsAt` and
 * passes it in.
 */
export type UtcOffsetLookup = (timeZone: string) => number | undefined;

/** Beyond this many minutes apart, time zones add nothing to the fit: a working day. */
export const TIME_ZONE_HORIZON_MINUTES = 8 * 60;

/**
 * 1 for the same offset, falling linearly to 0 at {@link TIME_ZONE_HORIZON_MINUTES} apart;
 * 0 when either offset is unknown (NaN).
 */
export function timeZoneCloseness(offsetA: number, offsetB: number): number {
  const apart = Math.abs(offsetA - offsetB);
  if (Number.isNaN(apart)) return 0;
  return Math.max(0, 1 - apart / TIME_ZONE_HORIZON_MINUTES);
}

/** The offset for a possibly unknown zone, NaN when unknown. */
export function offsetOrNaN(timeZone: string | null, lookup: UtcOffsetLookup | undefined): number {
  if (timeZone === null || lookup === undefined) return NaN;
  const offset = lookup(timeZone);
  return offset === undefined || !Number.isFinite(offset) ? NaN : offset;
}
