// Dates arrive as calendar dates and wall-clock times already in the viewer's zone, so they are
// formatted as UTC: formatting them in the browser's own zone could shift the day.
import type { Language } from '../i18n/i18n';

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

/** "Tue, 9 Mar 2027" / "Di., 9. März 2027". */
export function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A calendar date with a wall-clock time and its zone, e.g. "Tue, 23 Mar 2027, 17:00 (Europe/Berlin)". */
export function formatWhen(local: { date: string; time: string; timeZone: string }, language: Language): string {
  return `${formatDate(local.date, language)}, ${local.time} (${local.timeZone})`;
}

/** A UTC instant's calendar day, for overview columns. */
export function formatDay(instant: string | undefined, language: Language): string {
  return instant ? formatDate(instant.slice(0, 10), language) : '–';
}
