import {
  dueHourPartitions,
  dueRowKey,
  dueRowKeyBound,
  hourPartitionOf,
} from '../../../bot/src/domain/meetings/due-index';
import { reschedule } from '../../../bot/src/domain/meetings/meeting-changes';
import {
  areValidLeads,
  checkInFor,
  dueVerdict,
  isStillValid,
  remindersFor,
  type DueEntry,
} from '../../../bot/src/domain/meetings/reminders';
import { aMeeting, MENTEE } from './support/meetings';

const SCHEDULED_AT = new Date('2027-03-01T08:00:00Z');
/** Meeting m1: Tuesday 9 March 2027, 09:00–10:00 UTC. */
const MEETING = aMeeting();
const due = (kind: DueEntry['kind'], dueAt: string, leadMinutes?: number): DueEntry => ({
  kind,
  programmeId: 'p1',
  pairId: MEETING.pairId,
  meetingId: 'm1',
  ...(leadMinutes === undefined ? {} : { leadMinutes }),
  dueAt,
  startsAt: MEETING.startsAt,
  revision: 0,
});

describe('reminder due times', () => {
  test.each<[string, readonly number[] | undefined, Date, DueEntry[]]>([
    [
      'default: a day and an hour before',
      undefined,
      SCHEDULED_AT,
      [due('reminder', '2027-03-08T09:00:00.000Z', 1440), due('reminder', '2027-03-09T08:00:00.000Z', 60)],
    ],
    [
      'programme leads, duplicates dropped, earliest first',
      [60, 2880, 60],
      SCHEDULED_AT,
      [due('reminder', '2027-03-07T09:00:00.000Z', 2880), due('reminder', '2027-03-09T08:00:00.000Z', 60)],
    ],
    ['scheduled 30 minutes ahead: both already due, none written', undefined, new Date('2027-03-09T08:30:00Z'), []],
    [
      'scheduled 2 hours ahead: only the hour-before one',
      undefined,
      new Date('2027-03-09T07:00:00Z'),
      [due('reminder', '2027-03-09T08:00:00.000Z', 60)],
    ],
    ['due exactly now counts as already due', undefined, new Date('2027-03-09T08:00:00Z'), []],
  ])('%s', (_name, leads, now, expected) => {
    expect(remindersFor(MEETING, now, leads)).toEqual(expected);
  });

  test('no reminders for a meeting that is not planned', () => {
    expect(remindersFor(aMeeting({ status: 'cancelled' }), SCHEDULED_AT)).toEqual([]);
  });

  test.each([
    [undefined, '2027-03-09T10:15:00.000Z'],
    [30, '2027-03-09T10:30:00.000Z'],
  ])('check-in delay %s minutes → due %s', (delay, dueAt) => {
    expect(checkInFor(MEETING, delay)).toEqual(due('check-in', dueAt));
  });

  test.each([
    [[1440, 60], true],
    [[], true],
    [[5, 10080], true],
    [[4], false],
    [[10081], false],
    [[30.5], false],
    [[1440, 720, 60, 30, 10], false],
  ])('lead times %j valid: %s', (leads, expected) => {
    expect(areValidLeads(leads)).toBe(expected);
  });
});

describe('is a due entry still valid?', () => {
  const dayBefore = due('reminder', '2027-03-08T09:00:00.000Z', 1440);
  const checkIn = due('check-in', '2027-03-09T10:15:00.000Z');
  const moved = reschedule(
    MEETING,
    { date: '2027-03-10', time: '10:00', timeZone: 'Europe/Berlin' },
    MENTEE,
    undefined,
    { now: SCHEDULED_AT, programmeEndDate: '2027-08-01' },
  );
  const movedBack = moved.ok
    ? reschedule(moved.value, { date: '2027-03-09', time: '10:00', timeZone: 'Europe/Berlin' }, MENTEE, undefined, {
        now: SCHEDULED_AT,
        programmeEndDate: '2027-08-01',
      })
    : moved;
  if (!moved.ok || !movedBack.ok) throw new Error('setup');

  test.each([
    ['on time', dayBefore, MEETING, '2027-03-08T09:00:30Z', 'send'],
    ['caught up after downtime, meeting still ahead', dayBefore, MEETING, '2027-03-09T08:59:00Z', 'send'],
    ['meeting already started', dayBefore, MEETING, '2027-03-09T09:00:00Z', 'late'],
    ['meeting cancelled', dayBefore, aMeeting({ status: 'cancelled' }), '2027-03-08T09:00:30Z', 'void'],
    ['meeting moved', dayBefore, moved.value, '2027-03-08T09:00:30Z', 'void'],
    ['meeting moved and back: an old entry is still stale', dayBefore, movedBack.value, '2027-03-08T09:00:30Z', 'void'],
    ['meeting gone', dayBefore, undefined, '2027-03-08T09:00:30Z', 'void'],
    ['another meeting', dayBefore, aMeeting({ id: 'm2' }), '2027-03-08T09:00:30Z', 'void'],
    ['check-in after the end', checkIn, MEETING, '2027-03-09T10:15:00Z', 'send'],
    ['check-in days late after downtime', checkIn, MEETING, '2027-03-12T10:15:00Z', 'send'],
    ['check-in already answered', checkIn, aMeeting({ status: 'held' }), '2027-03-09T10:15:00Z', 'void'],
  ] as const)('%s → %s', (_name, entry, meeting, now, verdict) => {
    expect(dueVerdict(entry, meeting, new Date(now))).toBe(verdict);
    expect(isStillValid(entry, meeting, new Date(now))).toBe(verdict === 'send');
  });

  test('the reminders written after a move are valid for the moved meeting', () => {
    const fresh = remindersFor(movedBack.value, SCHEDULED_AT);
    expect(fresh.map((entry) => dueVerdict(entry, movedBack.value, new Date(entry.dueAt)))).toEqual(['send', 'send']);
    expect(fresh.map(dueRowKey)).not.toContain(dueRowKey(dayBefore)); // a new key, not the stale one
  });
});

describe('due index keys', () => {
  test.each([
    ['2027-03-01T10:15:30.000Z', '2027030110'],
    ['2027-12-31T23:59:59.999Z', '2027123123'],
    ['2028-01-01T00:00:00.000Z', '2028010100'],
  ])('%s is in hour partition %s', (instant, partition) => {
    expect(hourPartitionOf(new Date(instant))).toBe(partition);
  });

  test('row keys: due time, meeting, revision, tag', () => {
    expect(dueRowKey(due('reminder', '2027-03-08T09:00:00.000Z', 1440))).toBe('2027-03-08T09:00:00.000Z|m1|0|r1440');
    expect(dueRowKey(due('check-in', '2027-03-09T10:15:00.000Z'))).toBe('2027-03-09T10:15:00.000Z|m1|0|check-in');
  });

  test.each([
    ['2027-03-08T09:00:00.000Z', '2027-03-08T09:00:00.000Z', true],
    ['2027-03-08T08:59:59.999Z', '2027-03-08T09:00:00.000Z', true],
    ['2027-03-08T09:00:00.001Z', '2027-03-08T09:00:00.000Z', false],
  ])('an entry due %s is read by a tick at %s: %s', (dueAt, now, read) => {
    expect(dueRowKey(due('reminder', dueAt, 60)) < dueRowKeyBound(new Date(now))).toBe(read);
  });

  test.each<[string, string | undefined, string, number | undefined, string[] | number]>([
    ['same hour', '2027-03-01T10:01:00Z', '2027-03-01T10:02:00Z', undefined, ['2027030110']],
    ['across an hour', '2027-03-01T09:59:00Z', '2027-03-01T10:01:00Z', undefined, ['2027030109', '2027030110']],
    [
      'across midnight and month end',
      '2027-02-28T23:30:00Z',
      '2027-03-01T00:10:00Z',
      undefined,
      ['2027022823', '2027030100'],
    ],
    [
      'three hours down',
      '2027-03-01T07:10:00Z',
      '2027-03-01T10:00:00Z',
      undefined,
      ['2027030107', '2027030108', '2027030109', '2027030110'],
    ],
    ['first start: looks back the cap', undefined, '2027-03-01T10:00:00Z', undefined, 48],
    ['five days down: capped', '2027-02-24T10:00:00Z', '2027-03-01T10:00:00Z', undefined, 48],
    ['custom cap', '2027-02-24T10:00:00Z', '2027-03-01T10:00:00Z', 3, ['2027030108', '2027030109', '2027030110']],
    ['last tick ahead of now (clock skew)', '2027-03-01T12:00:00Z', '2027-03-01T10:00:00Z', undefined, ['2027030110']],
  ])('%s', (_name, lastTick, now, cap, expected) => {
    const partitions = dueHourPartitions(lastTick ? new Date(lastTick) : undefined, new Date(now), cap);
    if (typeof expected === 'number') {
      expect(partitions).toHaveLength(expected);
      expect(partitions.at(-1)).toBe('2027030110');
      expect(partitions[0]).toBe('2027022711'); // 47 hours before, plus the current one
    } else {
      expect(partitions).toEqual(expected);
    }
  });
});
