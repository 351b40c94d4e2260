import type { Meeting } from '../../../bot/src/domain/meetings/meeting';
import { scheduleMeeting, type ScheduleContext } from '../../../bot/src/domain/meetings/schedule-meeting';
import { aMeeting, MENTEE } from './support/meetings';

/** Monday 1 March 2027, 09:00 in Berlin. */
const NOW = new Date('2027-03-01T08:00:00Z');
const PROGRAMME = { id: 'p1', endDate: '2027-08-01', meetingsTarget: 6 };
/** What the card sends: strings, untouched inputs empty. */
const CARD = {
  date: '2027-03-09',
  time: '10:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: '',
  format: '',
  place: '',
  note: '',
};

const ctx = (existing: Meeting[] = []): ScheduleContext => ({
  meetingId: 'm-new',
  programme: PROGRAMME,
  pairId: 'pair-1',
  existing,
  by: MENTEE,
  now: NOW,
});

describe('scheduling a meeting', () => {
  test('a valid card becomes meeting 1, planned, in UTC, one hour online by default', () => {
    expect(scheduleMeeting(CARD, ctx())).toEqual({
      ok: true,
      value: {
        id: 'm-new',
        programmeId: 'p1',
        pairId: 'pair-1',
        number: 1,
        startsAt: '2027-03-09T09:00:00.000Z',
        endsAt: '2027-03-09T10:00:00.000Z',
        durationMinutes: 60,
        timeZone: 'Europe/Berlin',
        format: 'online',
        status: 'planned',
        history: [],
        createdBy: MENTEE,
        createdAt: NOW.toISOString(),
      },
    });
  });

  test.each([
    [
      { durationMinutes: '90', note: '  Bring the laptop  ' },
      { durationMinutes: 90, endsAt: '2027-03-09T10:30:00.000Z', note: 'Bring the laptop' },
    ],
    [{ durationMinutes: 15 }, { durationMinutes: 15 }],
    [{ durationMinutes: '240' }, { durationMinutes: 240 }],
    [
      { format: 'in-person', place: 'Kantine, 3. OG' },
      { format: 'in-person', place: 'Kantine, 3. OG' },
    ],
    [{ date: '2027-03-28', time: '02:30' }, { startsAt: '2027-03-28T01:30:00.000Z' }],
    [{ date: '2027-08-01', time: '23:00', timeZone: 'America/New_York' }, { startsAt: '2027-08-02T03:00:00.000Z' }],
    [{ date: '2027-03-01', time: '09:01' }, { startsAt: '2027-03-01T08:01:00.000Z' }],
  ])('%j is accepted as %j', (overrides, expected) => {
    const result = scheduleMeeting({ ...CARD, ...overrides }, ctx());
    expect(result.ok && result.value).toEqual(expect.objectContaining(expected));
  });

  test('an online meeting drops a place left over on the card', () => {
    const result = scheduleMeeting({ ...CARD, format: 'online', place: 'Room 4' }, ctx());
    expect(result.ok && result.value).not.toHaveProperty('place');
  });

  test.each([
    [{ date: '2027-02-30' }, 'date', 'invalid'],
    [{ date: '' }, 'date', 'invalid'],
    [{ time: '24:00' }, 'time', 'invalid'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'invalid'],
    [{ timeZone: undefined }, 'timeZone', 'required'],
    [{ durationMinutes: '10' }, 'durationMinutes', 'out-of-range'],
    [{ durationMinutes: '241' }, 'durationMinutes', 'out-of-range'],
    [{ durationMinutes: '45.5' }, 'durationMinutes', 'invalid'],
    [{ format: 'phone' }, 'format', 'invalid'],
    [{ format: 'in-person', place: '  ' }, 'place', 'required'],
    [{ format: 'in-person', place: 'x'.repeat(201) }, 'place', 'too-long'],
    [{ note: 'x'.repeat(501) }, 'note', 'too-long'],
  ])('%j is refused on %s (%s)', (overrides, field, code) => {
    const result = scheduleMeeting({ ...CARD, ...overrides }, ctx());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('invalid-input');
    expect(!result.ok && result.issues).toContainEqual(expect.objectContaining({ field, code }));
  });

  test('every field problem is reported at once', () => {
    const result = scheduleMeeting({ ...CARD, date: 'soon', note: 'x'.repeat(501), durationMinutes: '5' }, ctx());
    expect(!result.ok && result.issues?.map((issue) => issue.field).sort()).toEqual([
      'date',
      'durationMinutes',
      'note',
    ]);
  });

  test.each([
    [{ date: '2027-03-01', time: '08:30' }, 'in-the-past'],
    [{ date: '2027-03-01', time: '09:00' }, 'in-the-past'], // exactly now is not ahead
    [{ date: '2026-12-24', time: '10:00' }, 'in-the-past'],
    [{ date: '2027-08-02', time: '09:00' }, 'after-programme-end'],
    [{ date: '2027-08-02', time: '01:00', timeZone: 'Pacific/Auckland' }, 'after-programme-end'], // still 1 August in UTC
  ])('%j is refused: %s, pointing at the date', (overrides, reason) => {
    expect(scheduleMeeting({ ...CARD, ...overrides }, ctx())).toEqual({
      ok: false,
      reason,
      issues: [{ field: 'date', code: 'out-of-range' }],
    });
  });

  test.each([
    [[], 1],
    [
      [
        aMeeting({ status: 'held' }),
        aMeeting({ status: 'planned', startsAt: '2027-03-02T09:00:00.000Z', endsAt: '2027-03-02T10:00:00.000Z' }),
      ],
      3,
    ],
    [[aMeeting({ status: 'held' }), aMeeting({ status: 'cancelled' }), aMeeting({ status: 'moved' })], 2],
  ])('with meetings %# so far the new one gets number %i', (existing, number) => {
    const result = scheduleMeeting(CARD, ctx(existing));
    expect(result.ok && result.value.number).toBe(number);
  });

  test('once the target is reached there is no seventh meeting', () => {
    const six = Array.from({ length: 6 }, (_, i) => aMeeting({ id: `m${i}`, status: 'held' }));
    expect(scheduleMeeting(CARD, ctx(six))).toEqual({ ok: false, reason: 'target-reached' });
  });
});

describe('a form that is out of date, and meetings that would overlap', () => {
  const first = aMeeting({
    id: 'm1',
    number: 1,
    startsAt: '2027-03-09T09:00:00.000Z',
    endsAt: '2027-03-09T10:00:00.000Z',
  });

  test('a form made for meeting 1 books nothing once meeting 1 is planned, however good its time', () => {
    expect(scheduleMeeting({ ...CARD, date: '2027-03-20' }, { ...ctx([first]), formNumber: 1 })).toEqual({
      ok: false,
      reason: 'already-planned',
    });
  });

  test('a form made for the next meeting, or one that names no number, is booked', () => {
    expect(scheduleMeeting({ ...CARD, date: '2027-03-20' }, { ...ctx([first]), formNumber: 2 })).toMatchObject({
      ok: true,
      value: { number: 2 },
    });
    expect(scheduleMeeting({ ...CARD, date: '2027-03-20' }, ctx([first]))).toMatchObject({
      ok: true,
      value: { number: 2 },
    });
  });

  test.each([
    ['the same time', '10:00', '60', false],
    ['starting inside it', '10:30', '60', false],
    ['ending inside it', '09:30', '60', false],
    ['ending as it starts', '09:00', '60', true],
    ['starting as it ends', '11:00', '60', true],
  ])('a meeting at %s as a planned one: accepted %s', (_, time, durationMinutes, accepted) => {
    const result = scheduleMeeting({ ...CARD, time, durationMinutes }, ctx([first]));
    expect(result.ok).toBe(accepted);
    if (!result.ok)
      expect(result).toEqual({ ok: false, reason: 'overlaps', issues: [{ field: 'time', code: 'overlaps' }] });
  });

  test('a cancelled meeting frees its time', () => {
    expect(scheduleMeeting(CARD, ctx([{ ...first, status: 'cancelled' }])).ok).toBe(true);
  });
});
