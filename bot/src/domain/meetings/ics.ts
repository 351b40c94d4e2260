import { meetingRevision, type Meeting } from './meeting';

/** The words of the calendar entry, in the reader's language (the domain has no text of its own). */
export interface CalendarText {
  summary: string;
  description: string;
}

/**
 * The meeting as an iCalendar file (RFC 5545) for people whose calendar is not Teams', or who
 * meet in person. The UID stays the same and SEQUENCE follows the meeting's revision, so an
 * imported entry is updated, not doubled, when the meeting moves or is cancelled.
 */
export function meetingIcs(meeting: Meeting, text: CalendarText, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tandem//Reverse Mentoring//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${meeting.status === 'cancelled' ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${meeting.id}@tandem`,
    `DTSTAMP:${icsInstant(now.toISOString())}`,
    `DTSTART:${icsInstant(meeting.startsAt)}`,
    `DTEND:${icsInstant(meeting.endsAt)}`,
    `SEQUENCE:${meetingRevision(meeting)}`,
    `STATUS:${meeting.status === 'cancelled' || meeting.status === 'moved' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `DESCRIPTION:${escapeText(text.description)}`,
    ...(meeting.place ? [`LOCATION:${escapeText(meeting.place)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** `2027-03-03T09:00:00.000Z` → `20270303T090000Z`. */
function icsInstant(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Text values escape backslash, semicolon and comma, and carry line breaks as `\n`. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const UTF8 = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after a space, without splitting a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (UTF8.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
