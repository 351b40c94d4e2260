import type { Meeting, MeetingChange } from '../../../../bot/src/domain/meetings/meeting';

/** People of the test pair: an executive mentee and a young mentor. */
export const MENTEE = 'exec-1';
export const MENTOR = 'mentor-1';

/** A planned one-hour online meeting on Tuesday 9 March 2027, 10:00 in Berlin. */
export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    programmeId: 'p1',
    pairId: `${MENTOR}~${MENTEE}`,
    number: 1,
    startsAt: '2027-03-09T09:00:00.000Z',
    endsAt: '2027-03-09T10:00:00.000Z',
    durationMinutes: 60,
    timeZone: 'Europe/Berlin',
    format: 'online',
    status: 'planned',
    history: [],
    createdBy: MENTOR,
    createdAt: '2027-03-01T08:00:00.000Z',
    ...overrides,
  };
}

/** A change record, for building histories. */
export function aChange(kind: MeetingChange['kind'], by: string, at: string): MeetingChange {
  return { kind, by, at };
}

/** A held meeting starting at `startsAt`, checked in an hour and a quarter later. */
export function aHeldMeeting(id: string, startsAt: string, overrides: Partial<Meeting> = {}): Meeting {
  const start = Date.parse(startsAt);
  return aMeeting({
    id,
    startsAt,
    endsAt: new Date(start + 3_600_000).toISOString(),
    status: 'held',
    checkIn: { outcome: 'held', by: MENTEE, at: new Date(start + 4_500_000).toISOString() },
    ...overrides,
  });
}
