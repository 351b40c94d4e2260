import type { Meeting } from '../../../bot/src/domain/meetings/meeting';
import {
  planNextMeeting,
  proposeCadence,
  suggestNextDate,
  type NextDateInput,
} from '../../../bot/src/domain/meetings/meeting-plan';
import { aHeldMeeting, aMeeting } from './support/meetings';

const held = (n: number): Meeting[] =>
  Array.from({ length: n }, (_, i) => aHeldMeeting(`h${i}`, '2027-02-02T09:00:00.000Z'));

describe('cadence', () => {
  test.each([
    ['6 meetings in six months: every four weeks', [], 6, '2027-02-01', '2027-08-01', 28, 6, 181],
    ['6 meetings in three months: every two weeks', [], 6, '2027-02-01', '2027-05-01', 14, 6, 89],
    ['6 meetings in twelve months: never more than four weeks', [], 6, '2027-02-01', '2028-02-01', 28, 6, 365],
    ['4 left in six weeks: weekly', held(2), 6, '2027-06-20', '2027-08-01', 7, 4, 42],
    ['3 left in ten days: every three days', held(3), 6, '2027-07-22', '2027-08-01', 3, 3, 10],
    ['5 left in three days: daily at most', held(1), 6, '2027-07-29', '2027-08-01', 1, 5, 3],
    ['a planned meeting counts as one on its way', [aMeeting()], 6, '2027-02-01', '2027-08-01', 28, 5, 181],
  ])('%s', (_name, meetings, target, today, end, intervalDays, meetingsLeft, daysLeft) => {
    const cadence = proposeCadence(meetings, target, end, new Date(`${today}T10:00:00Z`));
    expect(
      cadence.ok && {
        intervalDays: cadence.value.intervalDays,
        meetingsLeft: cadence.value.meetingsLeft,
        daysLeft: cadence.value.daysLeft,
      },
    ).toEqual({ intervalDays, meetingsLeft, daysLeft });
  });

  test('proposes one date per meeting left, none after the end', () => {
    const cadence = proposeCadence([], 6, '2027-08-01', new Date('2027-02-01T10:00:00Z'));
    expect(cadence.ok && cadence.value.dates).toEqual([
      '2027-03-01',
      '2027-03-29',
      '2027-04-26',
      '2027-05-24',
      '2027-06-21',
      '2027-07-19',
    ]);
    const squeezed = proposeCadence(held(1), 6, '2027-08-01', new Date('2027-07-29T10:00:00Z'));
    expect(squeezed.ok && squeezed.value.dates).toEqual(['2027-07-30', '2027-07-31', '2027-08-01']);
  });

  test.each([
    ['all six held', held(6), '2027-02-15', 'target-reached'],
    ['on the last day', [], '2027-03-01', 'programme-ended'],
    ['after the end', [], '2027-04-01', 'programme-ended'],
  ])('%s: %s', (_name, meetings, today, reason) => {
    expect(proposeCadence(meetings, 6, '2027-03-01', new Date(`${today}T10:00:00Z`))).toEqual({ ok: false, reason });
  });
});

describe('next date', () => {
  /** Meeting on Tuesday 2 March 2027, 10:00 in Berlin (winter time). */
  const LAST = { startsAt: '2027-03-02T09:00:00.000Z' };
  const base: NextDateInput = {
    last: LAST,
    timeZone: 'Europe/Berlin',
    intervalDays: 28,
    programmeEndDate: '2027-08-01',
    now: new Date('2027-03-02T12:00:00Z'),
  };

  test.each<[string, Partial<NextDateInput>, string, string, string]>([
    [
      'same weekday and wall time, four weeks on, across the DST switch',
      {},
      '2027-03-30',
      '10:00',
      '2027-03-30T08:00:00.000Z',
    ],
    [
      'on the shared slot: the Thursday afternoon after two weeks',
      { slot: 'thu-pm', intervalDays: 14 },
      '2027-03-18',
      '14:00',
      '2027-03-18T13:00:00.000Z',
    ],
    [
      'first meeting on tue-am: the Tuesday a week on',
      { last: undefined, slot: 'tue-am', now: new Date('2027-03-01T08:00:00Z') },
      '2027-03-09',
      '09:00',
      '2027-03-09T08:00:00.000Z',
    ],
    [
      'first meeting without a slot: a week on, mid-morning',
      { last: undefined, now: new Date('2027-03-01T08:00:00Z') },
      '2027-03-08',
      '10:00',
      '2027-03-08T09:00:00.000Z',
    ],
    [
      'a suggestion in the past moves to the first such weekday from tomorrow',
      { now: new Date('2027-05-05T12:00:00Z') },
      '2027-05-11',
      '10:00',
      '2027-05-11T08:00:00.000Z',
    ],
    [
      'never after the end: back a week at a time',
      { last: { startsAt: '2027-07-20T08:00:00.000Z' }, now: new Date('2027-07-20T12:00:00Z') },
      '2027-07-27',
      '10:00',
      '2027-07-27T08:00:00.000Z',
    ],
    [
      'in New York, across its own DST switch',
      {
        last: { startsAt: '2027-03-08T14:00:00.000Z' },
        timeZone: 'America/New_York',
        intervalDays: 7,
        now: new Date('2027-03-08T16:00:00Z'),
      },
      '2027-03-15',
      '09:00',
      '2027-03-15T13:00:00.000Z',
    ],
    [
      'the last meeting is read in the asking zone',
      { timeZone: 'America/New_York', intervalDays: 7 },
      '2027-03-09',
      '04:00',
      '2027-03-09T09:00:00.000Z',
    ],
  ])('%s', (_name, overrides, date, time, startsAt) => {
    const input = { ...base, ...overrides };
    expect(suggestNextDate(input)).toEqual({ ok: true, value: { date, time, timeZone: input.timeZone, startsAt } });
  });

  test.each<[string, string, Partial<NextDateInput>]>([
    [
      'no room between the last meeting and the end',
      'no-date-before-end',
      {
        last: { startsAt: '2027-07-27T08:00:00.000Z' },
        programmeEndDate: '2027-07-30',
        now: new Date('2027-07-27T12:00:00Z'),
      },
    ],
    ['the programme is over', 'no-date-before-end', { programmeEndDate: '2027-03-01' }],
    ['an unknown zone', 'invalid-time-zone', { timeZone: 'Nowhere/Land' }],
  ])('%s: %s', (_name, reason, overrides) => {
    expect(suggestNextDate({ ...base, ...overrides })).toEqual({ ok: false, reason });
  });
});

describe('the plan for the next meeting', () => {
  const base = {
    meetingsTarget: 6,
    programmeEndDate: '2027-08-01',
    timeZone: 'Europe/Berlin',
    now: new Date('2027-03-01T08:00:00Z'),
  };

  test.each([
    [
      'a new pair: a week to find each other, on the first shared slot',
      [],
      ['wed-pm', 'tue-am'],
      { number: 1, date: '2027-03-10', time: '14:00' },
    ],
    [
      'after a held meeting: four weeks on (the longest gap), its weekday and time, the slot ignored',
      [aHeldMeeting('h1', '2027-03-09T08:00:00.000Z')],
      ['wed-pm'],
      { number: 2, date: '2027-04-06', time: '09:00' },
    ],
  ] as const)('%s', (_name, meetings, slots, expected) => {
    const plan = planNextMeeting({ ...base, meetings: meetings as readonly Meeting[], sharedSlots: slots });
    expect(plan).toMatchObject({
      number: expected.number,
      target: 6,
      suggestion: { date: expected.date, time: expected.time, timeZone: 'Europe/Berlin' },
    });
  });

  test('nothing once the target is reached or the programme is over', () => {
    const held = Array.from({ length: 6 }, (_, k) =>
      aHeldMeeting(`h${k}`, `2027-0${k + 2}-09T08:00:00.000Z`, { number: k + 1 }),
    );
    expect(planNextMeeting({ ...base, meetings: held, sharedSlots: [] })).toBeUndefined();
    expect(
      planNextMeeting({ ...base, meetings: [], sharedSlots: [], now: new Date('2027-08-02T08:00:00Z') }),
    ).toBeUndefined();
  });
});
