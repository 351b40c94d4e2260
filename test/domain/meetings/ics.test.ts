import { meetingIcs } from '../../../bot/src/domain/meetings/ics';
import { aMeeting } from './support/meetings';

describe('the meeting as a calendar file', () => {
  const now = new Date('2027-03-01T08:00:00Z');

  test('one event in UTC with CRLF lines, escaped text and a place', () => {
    const ics = meetingIcs(
      aMeeting({ format: 'in-person', place: 'Köln; Raum 4.12, 4. OG' }),
      { summary: 'Tandem – Treffen 1', description: 'Zeile 1\nZeile 2' },
      now,
    );
    expect(ics.split('\r\n')).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        'DTSTART:20270309T090000Z',
        'DTEND:20270309T100000Z',
        'DTSTAMP:20270301T080000Z',
        'LOCATION:Köln\\; Raum 4.12\\, 4. OG',
        'DESCRIPTION:Zeile 1\\nZeile 2',
        'STATUS:CONFIRMED',
        'METHOD:PUBLISH',
      ]),
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('a cancelled meeting cancels the entry with the same UID', () => {
    const ics = meetingIcs(aMeeting({ status: 'cancelled' }), { summary: 's', description: 'd' }, now);
    expect(ics).toContain('UID:m1@tandem');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('METHOD:CANCEL');
  });

  test('long lines fold at 75 octets without splitting umlauts', () => {
    const ics = meetingIcs(aMeeting(), { summary: 'ä'.repeat(100), description: 'd' }, now);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const summary = lines
      .slice(lines.findIndex((l) => l.startsWith('SUMMARY:')))
      .filter((l, i) => i === 0 || l.startsWith(' '));
    expect(summary.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'ä'.repeat(100)}`);
  });
});
