import type { UtcOffsetLookup } from './time-zones';

/** Whether the runtime knows an IANA time zone name (e.g. `Europe/Berlin`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * UTC offsets in minutes as they are at one instant. The matching rules have no clock, so the
 * caller decides the instant (the CLI: the input's `referenceDate` at noon UTC, else today).
 * Summer time makes the same pair of zones closer or further apart depending on the date.
 */
export function utcOffsetsAt(instant: Date): UtcOffsetLookup {
  const cache = new Map<string, number | undefined>();
  return (timeZone) => {
    if (!cache.has(timeZone)) cache.set(timeZone, offsetAt(timeZone, instant));
    return cache.get(timeZone);
  };
}

function offsetAt(timeZone: string, instant: Date): number | undefined {
  if (!isKnownTimeZone(timeZone)) return undefined;
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" for UTC itself, otherwise "GMT+05:30" / "GMT-04:00".
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!match) return undefined;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
