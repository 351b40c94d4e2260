// The tab shows dates exactly as the bot's cards do: the formats live in one pure module that
// both bundle. Timeline entries arrive as wall-clock readings already in the viewer's zone
// (from their profile), so they are formatted as they are, never shifted again.
import { formatCalendarDate, formatInstantDate, formatWallClock } from '../../../bot/src/i18n/format-date-time';
import type { Language } from '../i18n/i18n';

/** "Tue 9 Mar 2027" / "Di., 9. März 2027". */
export function formatDate(date: string, language: Language): string {
  return formatCalendarDate(date, language);
}

/** A wall-clock reading with its zone, e.g. "Tue 23 Mar 2027, 5:00 pm (Europe/Berlin)". */
export function formatWhen(local: { date: string; time: string; timeZone: string }, language: Language): string {
  return `${formatWallClock(local, language)} (${local.timeZone})`;
}

/** A UTC instant's calendar day in the viewer's own zone (the browser's), for overview columns. */
export function formatDay(instant: string | undefined, language: Language, timeZone = viewerTimeZone()): string {
  return instant ? formatInstantDate(instant, language, timeZone) : '–';
}

function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A figure with at most one decimal, in the reader's way: "0.5" / "0,5". */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}
