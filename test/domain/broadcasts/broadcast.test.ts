import {
  cancelBroadcast,
  draftBroadcast,
  isDue,
  isStalled,
  queueBroadcast,
  scheduleBroadcast,
} from '../../../bot/src/domain/broadcasts';

const now = new Date('2027-03-01T09:00:00Z');
const at = (iso: string) => new Date(iso);
const draft = draftBroadcast(
  {
    programmeId: 'p',
    audience: ['participants'],
    content: { language: 'en', versions: { en: { title: 't', text: 'x' } } },
  },
  { id: 'b1', tenantId: 't', createdBy: 'hr', createdByName: 'Helga', now },
);

describe('broadcast life', () => {
  test('a scheduled broadcast falls due at its time and can be cancelled before', () => {
    expect(scheduleBroadcast(draft, now, now)).toEqual({ ok: false, reason: 'in-the-past' });
    const scheduled = scheduleBroadcast(draft, at('2027-03-02T08:00:00Z'), now);
    if (!scheduled.ok) throw new Error('not scheduled');
    expect(isDue(scheduled.value, at('2027-03-02T07:59:59Z'))).toBe(false);
    expect(isDue(scheduled.value, at('2027-03-02T08:00:00Z'))).toBe(true);
    const cancelled = cancelBroadcast(scheduled.value, now);
    expect(cancelled.ok && cancelled.value.status).toBe('cancelled');
    expect(cancelled.ok && isDue(cancelled.value, at('2027-03-03T00:00:00Z'))).toBe(false);
    expect(cancelled.ok && queueBroadcast(cancelled.value, now)).toEqual({ ok: false, reason: 'already-sent' });
  });

  test('once queued it can be neither cancelled nor queued twice; a stalled fan-out is recognised', () => {
    const queued = queueBroadcast(draft, now);
    if (!queued.ok) throw new Error('not queued');
    expect(cancelBroadcast(queued.value, now)).toEqual({ ok: false, reason: 'already-sent' });
    expect(queueBroadcast(queued.value, now)).toEqual({ ok: false, reason: 'already-sent' });
    expect(isStalled(queued.value, at('2027-03-01T09:00:59Z'), 60_000)).toBe(false);
    expect(isStalled(queued.value, at('2027-03-01T09:01:00Z'), 60_000)).toBe(true);
  });
});
