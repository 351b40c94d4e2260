import { meetingRevision } from '../../../bot/src/domain/meetings/meeting';
import {
  belongsTo,
  cancel,
  markHeld,
  markNotHeld,
  reschedule,
  setAgenda,
} from '../../../bot/src/domain/meetings/meeting-changes';
import { aMeeting, MENTEE, MENTOR } from './support/meetings';

const NOW = new Date('2027-03-05T12:00:00Z');
const CTX = { now: NOW, programmeEndDate: '2027-08-01' };
const berlin = (date: string, time: string) => ({ date, time, timeZone: 'Europe/Berlin' });

describe('rescheduling', () => {
  test('moves start and end, keeps the duration, records who, when, why, from and to', () => {
    const moved = reschedule(
      aMeeting({ durationMinutes: 90, endsAt: '2027-03-09T10:30:00.000Z' }),
      berlin('2027-03-16', '14:00'),
      MENTEE,
      '  Board meeting  ',
      CTX,
    );
    expect(moved).toEqual({
      ok: true,
      value: expect.objectContaining({
        status: 'planned',
        startsAt: '2027-03-16T13:00:00.000Z',
        endsAt: '2027-03-16T14:30:00.000Z',
        history: [
          {
            kind: 'reschedule',
            by: MENTEE,
            at: NOW.toISOString(),
            reason: 'Board meeting',
            from: '2027-03-09T09:00:00.000Z',
            to: '2027-03-16T13:00:00.000Z',
          },
        ],
      }),
    });
    expect(moved.ok && meetingRevision(moved.value)).toBe(1);
  });

  test('the new start may be entered in another zone, which becomes the meeting zone', () => {
    const moved = reschedule(
      aMeeting(),
      { date: '2027-03-16', time: '09:00', timeZone: 'America/New_York' },
      MENTOR,
      undefined,
      CTX,
    );
    expect(moved.ok && [moved.value.startsAt, moved.value.timeZone, moved.value.history[0]?.reason]).toEqual([
      '2027-03-16T13:00:00.000Z',
      'America/New_York',
      undefined,
    ]);
  });

  test.each([
    [aMeeting({ status: 'cancelled' }), berlin('2027-03-16', '10:00'), undefined, 'not-planned'],
    [aMeeting({ status: 'held' }), berlin('2027-03-16', '10:00'), undefined, 'not-planned'],
    [aMeeting(), berlin('2027-03-09', '10:00'), undefined, 'same-time'],
    [aMeeting(), berlin('2027-03-05', '12:00'), undefined, 'in-the-past'],
    [aMeeting(), berlin('2027-08-02', '10:00'), undefined, 'after-programme-end'],
    [aMeeting(), { date: '2027-03-16', time: '10:00', timeZone: 'Nowhere' }, undefined, 'invalid-input'],
    [aMeeting(), berlin('2027-03-16', '10:00'), 'x'.repeat(301), 'invalid-input'],
  ])('%# is refused: %s', (meeting, start, reason, failure) => {
    const result = reschedule(meeting, start, MENTEE, reason, CTX);
    expect(!result.ok && result.reason).toBe(failure);
  });
});

describe('cancelling', () => {
  test('records who and why, and frees the number', () => {
    expect(cancel(aMeeting(), MENTEE, 'Travel', NOW)).toEqual({
      ok: true,
      value: aMeeting({
        status: 'cancelled',
        history: [{ kind: 'cancel', by: MENTEE, at: NOW.toISOString(), reason: 'Travel' }],
      }),
    });
  });

  test.each([
    [aMeeting(), '   ', { ok: true }],
    [aMeeting({ status: 'cancelled' }), 'again', { ok: false, reason: 'not-planned' }],
    [aMeeting({ status: 'held' }), '', { ok: false, reason: 'not-planned' }],
    [
      aMeeting(),
      'x'.repeat(301),
      { ok: false, reason: 'invalid-input', issues: [{ field: 'reason', code: 'too-long', limit: 300 }] },
    ],
  ])('%# with reason %j gives %j', (meeting, reason, expected) => {
    const result = cancel(meeting, MENTOR, reason, NOW);
    expect(result).toEqual(expect.objectContaining(expected));
    if (result.ok) expect(result.value.history.at(-1)).not.toHaveProperty('reason');
  });
});

describe('check-in', () => {
  const AFTER = new Date('2027-03-09T10:15:00Z');

  test('"yes" counts the meeting as held, once', () => {
    const held = markHeld(aMeeting(), MENTOR, AFTER);
    expect(held).toEqual({
      ok: true,
      value: aMeeting({ status: 'held', checkIn: { outcome: 'held', by: MENTOR, at: AFTER.toISOString() } }),
    });
    expect(held.ok && markHeld(held.value, MENTEE, AFTER)).toEqual({ ok: false, reason: 'already-checked-in' });
  });

  test.each([
    ['moved', 'moved', 'reschedule'],
    ['cancelled', 'cancelled', 'cancel'],
  ] as const)('"%s" ends the meeting as %s and records a %s by the person answering', (outcome, status, kind) => {
    const result = markNotHeld(aMeeting(), outcome, MENTEE, AFTER);
    expect(result.ok && result.value).toEqual(
      aMeeting({
        status,
        checkIn: { outcome, by: MENTEE, at: AFTER.toISOString() },
        history: [{ kind, by: MENTEE, at: AFTER.toISOString(), viaCheckIn: true }],
      }),
    );
  });

  test.each([
    [aMeeting(), new Date('2027-03-09T08:59:59Z'), 'not-started-yet'],
    [aMeeting({ status: 'cancelled' }), AFTER, 'already-checked-in'],
    [aMeeting({ status: 'moved' }), AFTER, 'already-checked-in'],
  ])('%# is refused: %s', (meeting, now, reason) => {
    expect(markHeld(meeting, MENTOR, now)).toEqual({ ok: false, reason });
    expect(markNotHeld(meeting, 'moved', MENTOR, now)).toEqual({ ok: false, reason });
  });
});

describe('agenda and ownership', () => {
  test('the agenda can be set and changed on the spot; what was planned stays in the history; the same topic again changes nothing', () => {
    const ai = {
      topicKey: 'artificial-intelligence',
      titles: { en: 'Artificial intelligence', de: 'Künstliche Intelligenz' },
      pollId: 'p1',
      setBy: MENTOR,
      at: '2027-03-01T08:00:00.000Z',
    };
    const own = {
      titles: { en: 'LinkedIn profile', de: 'LinkedIn profile' },
      setBy: MENTOR,
      at: '2027-03-02T08:00:00.000Z',
    };
    const set = setAgenda(aMeeting(), ai);
    expect(set.agenda).toEqual(ai);
    expect(set.agendaHistory).toEqual([]);
    expect(setAgenda(set, { ...ai, at: 'later' })).toBe(set);
    const changed = setAgenda(set, own);
    expect(changed.agenda).toEqual(own);
    expect(changed.agendaHistory).toEqual([ai]);
    expect(changed.history).toEqual(set.history); // a new topic is no reschedule: reminders stay valid
  });

  test.each([
    ['p1', 'mentor-1~exec-1', true],
    ['p1', 'someone~else', false],
    ['p2', 'mentor-1~exec-1', false],
  ])('a meeting of p1 / mentor-1~exec-1 belongs to %s / %s: %s', (programmeId, pairId, expected) => {
    expect(belongsTo(aMeeting(), programmeId, pairId)).toBe(expected);
  });
});

describe('a move never lands on another meeting of the pair', () => {
  const other = aMeeting({
    id: 'm2',
    number: 2,
    startsAt: '2027-03-16T13:00:00.000Z',
    endsAt: '2027-03-16T14:00:00.000Z',
  });

  test('onto another planned meeting: refused, the time field marked', () => {
    expect(
      reschedule(aMeeting(), berlin('2027-03-16', '14:30'), MENTEE, undefined, {
        ...CTX,
        pairMeetings: [aMeeting(), other],
      }),
    ).toEqual({ ok: false, reason: 'overlaps', issues: [{ field: 'time', code: 'overlaps' }] });
  });

  test('overlapping only its own old time, or a cancelled meeting: moved', () => {
    expect(
      reschedule(aMeeting(), berlin('2027-03-09', '10:30'), MENTEE, undefined, { ...CTX, pairMeetings: [aMeeting()] })
        .ok,
    ).toBe(true);
    expect(
      reschedule(aMeeting(), berlin('2027-03-16', '14:30'), MENTEE, undefined, {
        ...CTX,
        pairMeetings: [{ ...other, status: 'cancelled' }],
      }).ok,
    ).toBe(true);
  });
});
