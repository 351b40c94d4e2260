import { briefingFormValues, draftBriefing, parseBriefingForm } from '../../../bot/src/domain/briefings';

const NOW = new Date('2027-03-01T09:00:00Z');
const PROGRAMME = '7a0c3a52-5b1d-4c35-9d0e-4a3b8f1c2d10';
const form = (overrides: Record<string, unknown> = {}) => ({
  programmeId: PROGRAMME,
  title: 'Mentor briefing',
  date: '2027-03-10',
  time: '16:30',
  durationMinutes: '90',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  agenda: 'Welcome\nYour first meeting',
  materials: '',
  audience: 'mentors',
  ...overrides,
});

describe('the briefing form', () => {
  test("the date and time are read on HR's wall clock and stored as a UTC instant", () => {
    const berlin = parseBriefingForm(form(), 'Europe/Berlin', NOW);
    const newYork = parseBriefingForm(form(), 'America/New_York', NOW);
    expect(berlin).toMatchObject({ ok: true, value: { startsAt: '2027-03-10T15:30:00.000Z', durationMinutes: 90 } });
    expect(newYork).toMatchObject({ ok: true, value: { startsAt: '2027-03-10T21:30:00.000Z' } });
    expect(berlin.ok && berlin.value.materials).toBeUndefined();
    expect(berlin.ok && berlin.value.agenda).toBe('Welcome\nYour first meeting');
  });

  test('a blank duration is the default hour; an unknown zone reads as UTC', () => {
    const parsed = parseBriefingForm(form({ durationMinutes: '' }), 'Not/AZone', NOW);
    expect(parsed).toMatchObject({ ok: true, value: { durationMinutes: 60, startsAt: '2027-03-10T16:30:00.000Z' } });
  });

  test.each([
    ['joinUrl', { joinUrl: 'http://teams.example/join' }, 'not-https'],
    ['joinUrl', { joinUrl: 'https://teams.example/a b' }, 'link-characters'],
    ['joinUrl', { joinUrl: '  ' }, 'required'],
    ['title', { title: '' }, 'required'],
    ['title', { title: 'x'.repeat(121) }, 'too-long'],
    ['date', { date: '2027-02-30' }, 'invalid'],
    ['time', { time: '25:00' }, 'invalid'],
    ['durationMinutes', { durationMinutes: '5' }, 'out-of-range'],
    ['audience', { audience: 'mentees' }, 'invalid'],
    ['programmeId', { programmeId: 'not-a-uuid' }, 'invalid'],
  ])('%s: %j is refused as %s', (field, overrides, code) => {
    const parsed = parseBriefingForm(form(overrides), 'Europe/Berlin', NOW);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toContainEqual(expect.objectContaining({ field, code }));
  });

  test('a start that is not ahead of now is refused', () => {
    expect(parseBriefingForm(form({ date: '2027-03-01', time: '09:59' }), 'Europe/Berlin', NOW)).toMatchObject({
      ok: false,
      reason: 'in-the-past',
    });
  });

  test('control characters are removed from typed text', () => {
    const parsed = parseBriefingForm(form({ title: 'Brief\u0007ing\u202e' }), 'UTC', NOW);
    expect(parsed.ok && parsed.value.title).toBe('Briefing');
  });

  test("a stored draft reads back into the form on HR's wall clock", () => {
    const parsed = parseBriefingForm(form(), 'Europe/Berlin', NOW);
    if (!parsed.ok) throw new Error('refused');
    const briefing = draftBriefing(parsed.value, {
      id: 'b1',
      tenantId: 't',
      createdBy: 'hr',
      createdByName: 'HR',
      now: NOW,
    });
    expect(briefingFormValues(briefing, 'Europe/Berlin')).toMatchObject({ date: '2027-03-10', time: '16:30' });
  });
});
