import {
  acceptedNames,
  answerRsvp,
  briefingReminderVerdict,
  briefingRemindersFor,
  countRsvps,
  isInvited,
  nextBriefing,
  sendBriefing,
  type Briefing,
  type Rsvp,
} from '../../../bot/src/domain/briefings';

const NOW = new Date('2027-03-01T09:00:00Z');
const hrCard = { reference: {}, activityId: 'a1', locale: 'de-DE' };
const briefing = (overrides: Partial<Briefing> = {}): Briefing => ({
  id: 'b1',
  tenantId: 't',
  programmeId: 'p',
  title: 'Briefing',
  startsAt: '2027-03-10T15:30:00.000Z',
  durationMinutes: 60,
  joinUrl: 'https://teams.example/join',
  audience: 'mentors',
  status: 'sent',
  createdBy: 'hr',
  createdByName: 'HR',
  createdAt: NOW.toISOString(),
  ...overrides,
});
const ana = { aadObjectId: 'ana', displayName: 'Ana', invited: true };

describe('answers to a briefing', () => {
  test('an invitee accepts, then changes their mind; the same answer again keeps its time', () => {
    const accepted = answerRsvp(briefing(), ana, undefined, 'accepted', NOW);
    expect(accepted).toMatchObject({ ok: true, value: { answer: 'accepted', answeredAt: NOW.toISOString() } });
    if (!accepted.ok) return;
    const later = new Date(NOW.getTime() + 60_000);
    expect(answerRsvp(briefing(), ana, accepted.value, 'accepted', later)).toEqual(accepted);
    expect(answerRsvp(briefing(), ana, accepted.value, 'declined', later)).toMatchObject({
      ok: true,
      value: { answer: 'declined', answeredAt: later.toISOString() },
    });
  });

  test('someone not invited, a draft and a briefing that is over are refused', () => {
    expect(answerRsvp(briefing(), { ...ana, invited: false }, undefined, 'accepted', NOW)).toMatchObject({
      reason: 'not-invited',
    });
    expect(answerRsvp(briefing({ status: 'draft' }), ana, undefined, 'accepted', NOW)).toMatchObject({
      reason: 'not-invited',
    });
    const after = new Date('2027-03-10T16:30:00.000Z');
    expect(answerRsvp(briefing(), ana, undefined, 'accepted', after)).toMatchObject({ reason: 'briefing-over' });
  });

  test('counts and the names of those who accepted', () => {
    const rsvps = [
      { displayName: 'Zoe', answer: 'accepted' },
      { displayName: 'Ärne', answer: 'accepted' },
      { displayName: 'Bob', answer: 'declined' },
    ] as Rsvp[];
    expect(countRsvps(rsvps)).toEqual({ accepted: 2, declined: 1 });
    expect(acceptedNames(rsvps)).toEqual(['Ärne', 'Zoe']);
  });

  test('mentors are invited to every briefing, mentees only to one for everyone', () => {
    expect(isInvited(briefing(), 'mentor')).toBe(true);
    expect(isInvited(briefing(), 'mentee')).toBe(false);
    expect(isInvited(briefing({ audience: 'everyone' }), 'mentee')).toBe(true);
  });
});

describe('sending and what comes next', () => {
  test('a draft is sent once, and not once its start has passed', () => {
    const draft = briefing({ status: 'draft' });
    expect(sendBriefing(draft, NOW, hrCard)).toMatchObject({ ok: true, value: { status: 'sent', hrCard } });
    expect(sendBriefing(briefing(), NOW, hrCard)).toMatchObject({ ok: false, reason: 'already-sent' });
    expect(sendBriefing(draft, new Date('2027-03-11T00:00:00Z'), hrCard)).toMatchObject({ reason: 'in-the-past' });
  });

  test('the next briefing is the earliest sent one that has not ended', () => {
    const past = briefing({ id: 'past', startsAt: '2027-02-01T10:00:00.000Z' });
    const running = briefing({ id: 'running', startsAt: '2027-03-01T08:30:00.000Z' });
    const later = briefing({ id: 'later', startsAt: '2027-04-01T10:00:00.000Z' });
    const draft = briefing({ id: 'draft', status: 'draft', startsAt: '2027-03-02T10:00:00.000Z' });
    expect(nextBriefing([later, past, draft, running], NOW)?.id).toBe('running');
    expect(nextBriefing([later, past], NOW)?.id).toBe('later');
    expect(nextBriefing([past], NOW)).toBeUndefined();
  });
});

describe('reminders of a briefing', () => {
  test('one entry per lead time, those already past left out', () => {
    const entries = briefingRemindersFor(briefing(), NOW, [60, 24 * 60]);
    expect(entries.map((e) => [e.kind, e.leadMinutes, e.dueAt, e.meetingId])).toEqual([
      ['briefing-reminder', 1440, '2027-03-09T15:30:00.000Z', 'b1'],
      ['briefing-reminder', 60, '2027-03-10T14:30:00.000Z', 'b1'],
    ]);
    expect(briefingRemindersFor(briefing(), new Date('2027-03-10T00:00:00Z'), [60, 1440])).toHaveLength(1);
    expect(briefingRemindersFor(briefing({ status: 'draft' }), NOW)).toEqual([]);
  });

  test('an entry is sent before the start, late after it, void for another start or no briefing', () => {
    const [entry] = briefingRemindersFor(briefing(), NOW, [60]);
    const due = new Date(entry!.dueAt);
    expect(briefingReminderVerdict(entry!, briefing(), due)).toBe('send');
    expect(briefingReminderVerdict(entry!, briefing(), new Date('2027-03-10T15:31:00Z'))).toBe('late');
    expect(briefingReminderVerdict(entry!, briefing({ startsAt: '2027-03-11T15:30:00.000Z' }), due)).toBe('void');
    expect(briefingReminderVerdict(entry!, undefined, due)).toBe('void');
  });
});
