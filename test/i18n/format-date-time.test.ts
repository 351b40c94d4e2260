import {
  formatCalendarDate,
  formatDateTime,
  formatInstantDate,
  formatTime,
  formatWallClock,
  formatWallTime,
} from '../../bot/src/i18n/format-date-time';

// Fixed instants around Berlin's and New York's daylight-saving changes in 2027
// (Europe: 28 Mar and 31 Oct at 01:00 UTC; US: 14 Mar and 7 Nov).
describe('formatDateTime', () => {
  it.each([
    ['2027-03-23T16:00:00Z', 'Europe/Berlin', 'Tue 23 Mar 2027, 5:00 pm', 'Di., 23. März 2027, 17:00'],
    ['2027-03-28T00:30:00Z', 'Europe/Berlin', 'Sun 28 Mar 2027, 1:30 am', 'So., 28. März 2027, 01:30'], // winter time, last half hour
    ['2027-03-28T01:30:00Z', 'Europe/Berlin', 'Sun 28 Mar 2027, 3:30 am', 'So., 28. März 2027, 03:30'], // 02:00–03:00 does not exist
    ['2027-10-31T00:30:00Z', 'Europe/Berlin', 'Sun 31 Oct 2027, 2:30 am', 'So., 31. Okt. 2027, 02:30'], // summer time
    ['2027-10-31T01:30:00Z', 'Europe/Berlin', 'Sun 31 Oct 2027, 2:30 am', 'So., 31. Okt. 2027, 02:30'], // the same wall time again, winter time
    ['2027-03-14T06:30:00Z', 'America/New_York', 'Sun 14 Mar 2027, 1:30 am', 'So., 14. März 2027, 01:30'],
    ['2027-03-14T07:30:00Z', 'America/New_York', 'Sun 14 Mar 2027, 3:30 am', 'So., 14. März 2027, 03:30'],
    ['2027-01-01T00:00:00Z', 'America/New_York', 'Thu 31 Dec 2026, 7:00 pm', 'Do., 31. Dez. 2026, 19:00'], // the day (and year) before in the zone
    ['2027-06-01T00:00:00Z', 'UTC', 'Tue 1 Jun 2027, 12:00 am', 'Di., 1. Juni 2027, 00:00'], // midnight
    ['2027-06-01T12:00:00Z', 'Asia/Kolkata', 'Tue 1 Jun 2027, 5:30 pm', 'Di., 1. Juni 2027, 17:30'], // a half-hour zone
  ])('%s in %s', (instant, zone, english, german) => {
    expect(formatDateTime(instant, 'en', zone)).toBe(english);
    expect(formatDateTime(new Date(instant), 'de', zone)).toBe(german);
  });
});

describe('date-only and time-only variants', () => {
  it.each([
    ['en', 'Tue 23 Mar 2027', '5:00 pm'],
    ['de', 'Di., 23. März 2027', '17:00'],
  ] as const)('%s', (language, date, time) => {
    expect(formatInstantDate('2027-03-23T16:00:00Z', language, 'Europe/Berlin')).toBe(date);
    expect(formatTime('2027-03-23T16:00:00Z', language, 'Europe/Berlin')).toBe(time);
    expect(formatCalendarDate('2027-03-23', language)).toBe(date);
    expect(formatWallTime('17:00', language)).toBe(time);
    expect(formatWallClock({ date: '2027-03-23', time: '17:00' }, language)).toBe(`${date}, ${time}`);
  });

  it('reads a calendar date as that day whatever the zone of the machine', () => {
    expect(formatCalendarDate('2026-12-06', 'de')).toBe('So., 6. Dez. 2026');
    expect(formatCalendarDate('2026-12-06', 'en')).toBe('Sun 6 Dec 2026');
  });
});

describe('what cannot be read', () => {
  it('shows a dash for an invalid instant and UTC for a zone ICU does not know', () => {
    expect(formatDateTime('', 'en', 'Europe/Berlin')).toBe('–');
    expect(formatInstantDate('not a date', 'de', 'UTC')).toBe('–');
    expect(formatDateTime('2027-03-23T16:00:00Z', 'de', 'Mars/Olympus')).toBe('Di., 23. März 2027, 16:00');
  });
});
