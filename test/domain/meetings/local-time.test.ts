import { isTimeZone, toInstant, toWallClock } from '../../../bot/src/domain/meetings/local-time';

describe('wall clock → UTC instant', () => {
  test.each([
    // Berlin, spring 2027: clocks jump from 02:00 CET to 03:00 CEST on Sunday 28 March.
    ['Europe/Berlin', '2027-03-27', '10:00', '2027-03-27T09:00:00.000Z', 'winter time, the day before'],
    ['Europe/Berlin', '2027-03-28', '01:59', '2027-03-28T00:59:00.000Z', 'last minute of winter time'],
    [
      'Europe/Berlin',
      '2027-03-28',
      '02:30',
      '2027-03-28T01:30:00.000Z',
      'missing hour: moves forward to 03:30 summer time',
    ],
    ['Europe/Berlin', '2027-03-28', '03:00', '2027-03-28T01:00:00.000Z', 'first minute of summer time'],
    ['Europe/Berlin', '2027-03-28', '10:00', '2027-03-28T08:00:00.000Z', 'summer time, the same day'],
    // Berlin, autumn 2027: clocks fall back from 03:00 CEST to 02:00 CET on Sunday 31 October.
    ['Europe/Berlin', '2027-10-30', '10:00', '2027-10-30T08:00:00.000Z', 'summer time, the day before'],
    ['Europe/Berlin', '2027-10-31', '02:30', '2027-10-31T00:30:00.000Z', 'repeated hour: the earlier (summer) reading'],
    ['Europe/Berlin', '2027-10-31', '10:00', '2027-10-31T09:00:00.000Z', 'winter time, the same day'],
    // New York 2027: summer time from Sunday 14 March, back on Sunday 7 November.
    ['America/New_York', '2027-03-13', '09:00', '2027-03-13T14:00:00.000Z', 'EST'],
    ['America/New_York', '2027-03-14', '02:30', '2027-03-14T07:30:00.000Z', 'missing hour moves forward'],
    ['America/New_York', '2027-03-15', '09:00', '2027-03-15T13:00:00.000Z', 'EDT'],
    ['America/New_York', '2027-11-07', '01:30', '2027-11-07T05:30:00.000Z', 'repeated hour: the earlier (EDT) reading'],
    ['America/New_York', '2027-12-31', '23:30', '2028-01-01T04:30:00.000Z', 'crosses the year in UTC'],
    ['Asia/Kolkata', '2027-06-01', '09:00', '2027-06-01T03:30:00.000Z', 'half-hour offset'],
    ['UTC', '2027-06-01', '00:00', '2027-06-01T00:00:00.000Z', 'UTC itself'],
  ])('%s %s %s → %s (%s)', (timeZone, date, time, expected) => {
    expect(toInstant({ date, time, timeZone })).toEqual({ ok: true, value: new Date(expected) });
  });

  test.each([
    ['Mars/Olympus_Mons', '2027-03-01', '10:00', 'invalid-time-zone'],
    ['', '2027-03-01', '10:00', 'invalid-time-zone'],
    ['Europe/Berlin', '2027-02-30', '10:00', 'invalid-date'],
    ['Europe/Berlin', '1 March', '10:00', 'invalid-date'],
    ['Europe/Berlin', '2027-03-01', '24:00', 'invalid-time'],
    ['Europe/Berlin', '2027-03-01', '9:00', 'invalid-time'],
  ])('%j %s %s is refused: %s', (timeZone, date, time, reason) => {
    expect(toInstant({ date, time, timeZone })).toEqual({ ok: false, reason });
  });
});

describe('UTC instant → wall clock', () => {
  test.each([
    ['2027-10-31T00:30:00Z', 'Europe/Berlin', '2027-10-31', '02:30', 0, 120],
    ['2027-10-31T01:30:00Z', 'Europe/Berlin', '2027-10-31', '02:30', 0, 60],
    ['2027-03-28T01:00:00Z', 'Europe/Berlin', '2027-03-28', '03:00', 0, 120],
    ['2027-03-09T09:00:00Z', 'Europe/Berlin', '2027-03-09', '10:00', 2, 60],
    ['2027-03-09T09:00:00Z', 'America/New_York', '2027-03-09', '04:00', 2, -300],
    ['2027-03-10T02:00:00Z', 'America/New_York', '2027-03-09', '21:00', 2, -300],
  ])('%s in %s reads %s %s (weekday %i, offset %i)', (instant, timeZone, date, time, weekday, offsetMinutes) => {
    expect(toWallClock(new Date(instant), timeZone)).toEqual({
      ok: true,
      value: { date, time, timeZone, weekday, offsetMinutes },
    });
  });

  test('round trip for every quarter hour across both Berlin switches', () => {
    for (const day of ['2027-03-28', '2027-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const instant = toInstant({ date: day, time, timeZone: 'Europe/Berlin' });
        if (!instant.ok) throw new Error(instant.reason);
        const back = toWallClock(instant.value, 'Europe/Berlin');
        const inGap = day === '2027-03-28' && time >= '02:00' && time < '03:00';
        expect(back.ok && back.value.time).toBe(inGap ? `03:${time.slice(3)}` : time);
      }
    }
  });

  test('an unknown zone or an invalid instant is a failure value', () => {
    expect(toWallClock(new Date('2027-03-01T00:00:00Z'), 'Nowhere/Land')).toEqual({
      ok: false,
      reason: 'invalid-time-zone',
    });
    expect(toWallClock(new Date('not a date'), 'UTC')).toEqual({ ok: false, reason: 'invalid-date' });
  });

  test.each([
    ['Europe/Berlin', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Europe/Atlantis', false],
    ['', false],
  ])('isTimeZone(%j) is %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});
