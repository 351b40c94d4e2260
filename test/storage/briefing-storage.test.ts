import type { Briefing, Rsvp } from '../../bot/src/domain/briefings';
import { BriefingCalendar } from '../../bot/src/services/briefings/briefing-calendar';
import { briefingAnswerData, BriefingRetention } from '../../bot/src/services/briefings/briefing-personal-data';
import type { ProgrammeRepository } from '../../bot/src/services/programmes/programme-repository';
import { BriefingRsvpTableRepository } from '../../bot/src/storage/briefing-rsvp.table-repository';
import { BriefingTableRepository } from '../../bot/src/storage/briefing.table-repository';
import { testTableStore } from '../harness/test-storage';

const briefing = (id: string, overrides: Partial<Briefing> = {}): Briefing => ({
  id,
  tenantId: 't1',
  programmeId: 'p1',
  title: 'Briefing #1 / Kick-off?',
  startsAt: '2027-03-10T15:30:00.000Z',
  durationMinutes: 60,
  joinUrl: 'https://teams.example/join',
  agenda: 'Welcome',
  audience: 'mentors',
  status: 'sent',
  createdBy: 'hr',
  createdByName: 'Helga',
  createdAt: '2027-03-01T09:00:00.000Z',
  hrCard: { reference: { conversation: { id: 'a:1hr' } }, activityId: 'act-1', locale: 'de-DE' },
  ...overrides,
});
const rsvp = (briefingId: string, person: string, answer: Rsvp['answer'] = 'accepted'): Rsvp => ({
  programmeId: 'p1',
  briefingId,
  aadObjectId: person,
  displayName: person,
  answer,
  answeredAt: '2027-03-02T09:00:00.000Z',
});

describe('briefings and their answers in Table Storage', () => {
  const store = testTableStore();
  const briefings = new BriefingTableRepository(store);
  const rsvps = new BriefingRsvpTableRepository(store);
  const programmes = { list: async () => [{ value: { id: 'p1' } }] } as unknown as ProgrammeRepository;

  test('a briefing round-trips, a second create finds it, and a stale ETag is a conflict', async () => {
    expect(await briefings.create(briefing('b1'))).toBe('created');
    expect(await briefings.create(briefing('b1'))).toBe('exists');
    const stored = await briefings.get('t1', 'p1', 'b1');
    expect(stored?.value).toEqual(briefing('b1'));
    expect(await briefings.get('t2', 'p1', 'b1')).toBeUndefined();
    expect(await briefings.update({ ...stored!.value, title: 'New' }, stored!.etag)).toBe('written');
    expect(await briefings.update({ ...stored!.value, title: 'Old' }, stored!.etag)).toBe('conflict');
  });

  test("answers are one row per person in the briefing's partition; a stale ETag is a conflict", async () => {
    expect(await rsvps.create(rsvp('b1', 'ana'))).toBe('created');
    expect(await rsvps.create(rsvp('b1', 'ana', 'declined'))).toBe('exists');
    await rsvps.create(rsvp('b1', 'ben', 'declined'));
    const ana = await rsvps.get('p1', 'b1', 'ana');
    expect(await rsvps.update({ ...ana!.value, answer: 'declined' }, ana!.etag)).toBe('written');
    expect(await rsvps.update({ ...ana!.value, answer: 'accepted' }, ana!.etag)).toBe('conflict');
    expect((await rsvps.ofBriefing('p1', 'b1')).map((r) => [r.aadObjectId, r.answer])).toEqual([
      ['ana', 'declined'],
      ['ben', 'declined'],
    ]);
  });

  test('the next briefing for the mentor kit: sent, not ended, earliest first', async () => {
    await briefings.create(briefing('b2', { startsAt: '2027-03-05T10:00:00.000Z' }));
    await briefings.create(briefing('b3', { startsAt: '2027-03-04T10:00:00.000Z', status: 'draft' }));
    const calendar = new BriefingCalendar(briefings);
    expect(await calendar.nextFor('t1', 'p1', new Date('2027-03-01T00:00:00Z'))).toMatchObject({
      briefingId: 'b2',
      startsAt: new Date('2027-03-05T10:00:00.000Z'),
    });
    expect((await calendar.nextFor('t1', 'p1', new Date('2027-03-06T00:00:00Z')))?.briefingId).toBe('b1');
    expect(await calendar.nextFor('t1', 'p2', new Date('2027-03-01T00:00:00Z'))).toBeUndefined();
  });

  test("a person's answers are exported and deleted by key; retention removes the programme's briefings and answers", async () => {
    await rsvps.create(rsvp('b2', 'ana'));
    const source = briefingAnswerData(programmes, briefings, rsvps);
    const ana = { tenantId: 't1', aadObjectId: 'ana' };
    expect(((await source.exportFor(ana)) as Rsvp[]).map((r) => r.briefingId).sort()).toEqual(['b1', 'b2']);
    await source.deleteFor(ana);
    expect(await source.exportFor(ana)).toEqual([]);
    expect(await rsvps.get('p1', 'b1', 'ben')).toBeDefined();

    await new BriefingRetention(briefings, rsvps).deleteProgramme('t1', 'p1');
    expect(await briefings.ofProgramme('t1', 'p1')).toEqual([]);
    expect(await rsvps.ofBriefing('p1', 'b1')).toEqual([]);
  });
});
