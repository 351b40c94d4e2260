// How dates and times read to people, in German and English. Pure (no clock, no imports) so the
// bot and the tab (which bundles this file) show the same formats. The pieces come from
// `Intl.DateTimeFormat#formatToParts` and are joined here, so the punctuation does not change
// with the ICU version: "Tue 23 Mar 2027, 5:00 pm" and "Di., 23. März 2027, 17:00".

/** The languages the formats exist for (the same as the bot's and the tab's). */
export type DateLanguage = 'en' | 'de';

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const LOCALES: Record<DateLanguage, string> = { en: 'en-GB', de: 'de-DE' };
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
// English reads a 12-hour clock ("5:00 pm"); German the 24-hour clock ("17:00").
const TIME_OPTIONS: Record<DateLanguage, Intl.DateTimeFormatOptions> = {
  en: { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' },
  de: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

// Building a DateTimeFormat costs far more than using one; languages and zones are few.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: DateLanguage, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  const cached = formatters.get(key);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { ...DATE_OPTIONS, ...TIME_OPTIONS[language], timeZone });
  } catch {
    // A zone ICU does not know (a client may report anything): UTC rather than no message at all.
    formatter = formatterFor(language, 'UTC');
  }
  formatters.set(key, formatter);
  return formatter;
}

/** The pieces of an instant, or undefined for an invalid one (nothing sensible to show). */
function partsOf(instant: Date, language: DateLanguage, timeZone: string): Parts | undefined {
  if (Number.isNaN(instant.getTime())) return undefined;
  const parts: Parts = {};
  for (const part of formatterFor(language, timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** What an unknown or invalid instant reads as. */
const NO_DATE = '–';

function dateText(p: Parts, language: DateLanguage): string {
  // ICU's German weekday and month abbreviations carry their own full stop ("Di.", "Jan.").
  return language === 'de'
    ? `${p.weekday}, ${p.day}. ${p.month} ${p.year}`
    : `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

function timeText(p: Parts, language: DateLanguage): string {
  return language === 'de' ? `${p.hour}:${p.minute}` : `${p.hour}:${p.minute} ${(p.dayPeriod ?? '').toLowerCase()}`;
}

/** An instant's date and time on the wall clock of a zone: "Tue 23 Mar 2027, 5:00 pm" / "Di., 23. März 2027, 17:00". */
export function formatDateTime(instant: Date | string, language: DateLanguage, timeZone: string): string {
  const parts = partsOf(new Date(instant), language, timeZone);
  return parts ? `${dateText(parts, language)}, ${timeText(parts, language)}` : NO_DATE;
}

/** An instant's date in a zone: "Tue 23 Mar 2027" / "Di., 23. März 2027". */
export function formatInstantDate(instant: Date | string, language: DateLanguage, timeZone: string): string {
  const parts = partsOf(new Date(instant), language, timeZone);
  return parts ? dateText(parts, language) : NO_DATE;
}

/** An instant's time of day in a zone: "5:00 pm" / "17:00". */
export function formatTime(instant: Date | string, language: DateLanguage, timeZone: string): string {
  const parts = partsOf(new Date(instant), language, timeZone);
  return parts ? timeText(parts, language) : NO_DATE;
}

/** A calendar date (`2027-03-23`), which has no zone: "Tue 23 Mar 2027" / "Di., 23. März 2027". */
export function formatCalendarDate(date: string, language: DateLanguage): string {
  return formatInstantDate(`${date}T00:00:00Z`, language, 'UTC');
}

/** A wall-clock reading already in the reader's zone (`2027-03-23`, `17:00`), as {@link formatDateTime}. */
export function formatWallClock(wall: { date: string; time: string }, language: DateLanguage): string {
  return formatDateTime(`${wall.date}T${wall.time}:00Z`, language, 'UTC');
}

/** A wall-clock time of day (`17:00`): "5:00 pm" / "17:00". */
export function formatWallTime(time: string, language: DateLanguage): string {
  return formatTime(`1970-01-01T${time}:00Z`, language, 'UTC');
}
