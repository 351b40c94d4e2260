import { addMonths, isCalendarDate } from '../../../bot/src/domain/calendar-date';
import { mentorMaterials, nextStatuses } from '../../../bot/src/domain/programme/programme';
import {
  addAdmin,
  addMaterial,
  addTopic,
  changeStatus,
  removeAdmin,
  renameTopic,
  setTopicRetired,
} from '../../../bot/src/domain/programme/programme-changes';
import {
  newProgramme,
  parseProgrammeSettings,
  type ProgrammeSettings,
} from '../../../bot/src/domain/programme/programme-settings';
import { activeTopics, DEFAULT_TOPICS, topicKeyFor } from '../../../bot/src/domain/programme/topic-catalogue';

const NOW = new Date('2027-01-10T08:00:00Z');
const valid = {
  name: 'Reverse Mentoring 2027',
  startDate: '2027-02-01',
  endDate: '2027-08-01',
  meetingsTarget: '6',
  languages: ['de', 'en'],
};

function settings(overrides: Record<string, unknown> = {}): ProgrammeSettings {
  const parsed = parseProgrammeSettings({ ...valid, ...overrides });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const programme = () => newProgramme(settings(), { id: 'p1', tenantId: 't1', createdBy: 'hr-1', now: NOW });

describe('programme settings', () => {
  test('a valid programme: draft, nine default topics, creator is admin', () => {
    const p = programme();
    expect(p).toMatchObject({
      status: 'draft',
      admins: ['hr-1'],
      meetingsTarget: 6,
      languages: ['de', 'en'],
      createdAt: NOW.toISOString(),
    });
    expect(p.topics.map((t) => t.key)).toEqual(DEFAULT_TOPICS.map((t) => t.key));
    expect(p.topics.find((t) => t.key === 'error-culture')!.names).toEqual({ en: 'Error culture', de: 'Fehlerkultur' });
  });

  test.each([
    [{ name: '' }, 'name', 'required'],
    [{ name: 'x'.repeat(81) }, 'name', 'too-long'],
    [{ startDate: '2027-02-30' }, 'startDate', 'invalid'],
    [{ endDate: '2027-04-01' }, 'endDate', 'too-short-duration'],
    [{ endDate: '2028-06-01' }, 'endDate', 'out-of-range'],
    [{ meetingsTarget: '0' }, 'meetingsTarget', 'out-of-range'],
    [{ meetingsTarget: '13' }, 'meetingsTarget', 'out-of-range'],
    [{ meetingsTarget: 'six' }, 'meetingsTarget', 'invalid'],
    [{ languages: [] }, 'languages', 'required'],
    [{ languages: ['fr'] }, 'languages', 'invalid'],
    [{ coachEmail: 'not an email' }, 'coachEmail', 'invalid'],
    [{ sponsorText: 'Digital ist Chefsache.' }, 'sponsorName', 'required'],
  ])('%j is refused on %s (%s)', (overrides, field, code) => {
    const parsed = parseProgrammeSettings({ ...valid, ...overrides });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toContainEqual(expect.objectContaining({ field, code }));
  });

  test('exactly three months is long enough', () => {
    expect(parseProgrammeSettings({ ...valid, endDate: '2027-05-01' }).ok).toBe(true);
  });

  test.each([
    ['blank keeps the defaults', '', undefined],
    ['hours become minutes', '48, 2, 0.25', [2880, 120, 15]],
    ['a German decimal comma, semicolons between', '24; 0,5', [1440, 30]],
    ['a decimal point, semicolons between', '24;0.5', [1440, 30]],
    ['the old comma-and-space list with a decimal comma in it', '24, 0,5', [1440, 30]],
    ['the smallest lead: five minutes', '0,0834', [5]],
  ])('reminder lead times: %s', (_name, reminderHours, expected) => {
    const parsed = parseProgrammeSettings({ ...valid, reminderHours });
    expect(
      parsed.ok &&
        newProgramme(parsed.value, { id: 'p', tenantId: 't', createdBy: 'hr', now: new Date('2027-01-01T00:00:00Z') })
          .reminderLeadsMinutes,
    ).toEqual(expected);
  });

  test.each([
    ['1; 2; 3; 4; 5', 'too-many', 4],
    ['0', 'lead-too-short', 5],
    ['0,05', 'lead-too-short', 5], // three minutes
    ['200', 'lead-too-long', 168],
    ['morgen', 'not-a-number', undefined],
    ['24;;1,2,3', 'not-a-number', undefined],
  ])('reminder lead times %p are refused with the limit they miss (%s)', (reminderHours, code, limit) => {
    const parsed = parseProgrammeSettings({ ...valid, reminderHours });
    expect(parsed.ok ? [] : parsed.issues).toContainEqual({ field: 'reminderHours', code, limit });
  });

  test('whole-number fields take a decimal comma too, and still refuse fractions', () => {
    expect(settings({ meetingsTarget: '6,0', pollOpenDays: '3,0' })).toMatchObject({
      meetingsTarget: 6,
      pollOpenDays: 3,
    });
    expect(parseProgrammeSettings({ ...valid, meetingsTarget: '6,5' })).toMatchObject({
      ok: false,
      issues: [expect.objectContaining({ field: 'meetingsTarget', code: 'invalid' })],
    });
  });

  test('sponsor and coach are kept when complete', () => {
    const p = newProgramme(
      settings({
        sponsorText: 'Digital ist Chefsache.',
        sponsorName: 'Dr. Maria Schulz',
        sponsorRole: 'CEO',
        coachName: 'Jonas Weber',
        coachEmail: 'jonas.weber@contoso.com',
      }),
      { id: 'p', tenantId: 't', createdBy: 'a', now: NOW },
    );
    expect(p.sponsor).toEqual({ text: 'Digital ist Chefsache.', name: 'Dr. Maria Schulz', role: 'CEO' });
    expect(p.coach).toEqual({ name: 'Jonas Weber', email: 'jonas.weber@contoso.com' });
  });
});

describe('programme changes', () => {
  test('status moves forward one step; matching may reopen enrolment; closed is final', () => {
    expect(nextStatuses('draft')).toEqual(['enrolling']);
    expect(changeStatus(programme(), 'running', NOW)).toEqual({ ok: false, reason: 'status-not-allowed' });
    let p = programme();
    for (const status of ['enrolling', 'matching', 'enrolling', 'matching', 'running', 'closed'] as const) {
      const moved = changeStatus(p, status, NOW);
      if (!moved.ok) throw new Error(`could not move to ${status}`);
      p = moved.value;
    }
    expect(p.closedAt).toBe(NOW.toISOString());
    expect(nextStatuses('closed')).toEqual([]);
  });

  test('custom topics get a stable unique key; rename keeps it; retired topics stay but are not offered', () => {
    const added = addTopic(programme(), { en: 'Social selling', de: 'Social Selling' });
    if (!added.ok) throw new Error();
    expect(added.value.topics.at(-1)).toEqual({
      key: 'social-selling',
      names: { en: 'Social selling', de: 'Social Selling' },
      retired: false,
    });
    const renamed = renameTopic(added.value, 'social-selling', {
      en: 'Selling on LinkedIn',
      de: 'Verkaufen auf LinkedIn',
    });
    if (!renamed.ok) throw new Error();
    expect(renamed.value.topics.at(-1)!.key).toBe('social-selling');
    const retired = setTopicRetired(renamed.value, 'big-data', true);
    if (!retired.ok) throw new Error();
    expect(retired.value.topics).toHaveLength(10);
    expect(activeTopics(retired.value.topics).map((t) => t.key)).not.toContain('big-data');
    expect(renameTopic(programme(), 'nope', { en: 'x', de: 'y' })).toEqual({ ok: false, reason: 'unknown-topic' });
    expect(addTopic(programme(), { en: '  ', de: 'x' })).toEqual({ ok: false, reason: 'topic-name-invalid' });
  });

  test('topic keys from names with umlauts and collisions', () => {
    expect(topicKeyFor('Führung & Ölwechsel', [])).toBe('fuhrung-olwechsel');
    expect(topicKeyFor('Big data', DEFAULT_TOPICS)).toBe('big-data-2');
    expect(topicKeyFor('!!!', [])).toBe('topic');
  });

  test('materials need an https link and a known topic', () => {
    expect(addMaterial(programme(), { id: 'm1', title: 'Teams basics', url: 'http://example.com' }).ok).toBe(false);
    expect(
      addMaterial(programme(), { id: 'm1', title: 'Teams basics', url: 'https://example.com', topicKey: 'nope' }),
    ).toEqual({ ok: false, reason: 'unknown-topic' });
    const added = addMaterial(programme(), {
      id: 'm1',
      title: ' Teams basics ',
      url: 'https://learn.microsoft.com/teams',
      topicKey: 'collaboration-tools',
    });
    expect(added.ok && added.value.materials).toEqual([
      { id: 'm1', title: 'Teams basics', url: 'https://learn.microsoft.com/teams', topicKey: 'collaboration-tools' },
    ]);
  });

  test('materials HR marked for mentors go into the mentor kit; unmarked ones (and rows stored before the mark) do not', () => {
    const marked = addMaterial(programme(), {
      id: 'm1',
      title: 'Mentoring guide',
      url: 'https://contoso.sharepoint.com/guide',
      forMentors: true,
    });
    if (!marked.ok) throw new Error(marked.reason);
    const both = addMaterial(marked.value, { id: 'm2', title: 'AI article', url: 'https://example.com/ai' });
    if (!both.ok) throw new Error(both.reason);
    expect(both.value.materials.map((m) => [m.id, m.forMentors])).toEqual([
      ['m1', true],
      ['m2', undefined],
    ]);
    expect(mentorMaterials(both.value).map((m) => m.id)).toEqual(['m1']);
    // A material stored before the mark existed reads without the field.
    const older = { materials: [{ id: 'm0', title: 'Old', url: 'https://example.com' }] };
    expect(mentorMaterials(older)).toEqual([]);
  });

  test('admins: add, no duplicates, never remove the last one', () => {
    const two = addAdmin(programme(), 'hr-2');
    if (!two.ok) throw new Error();
    expect(two.value.admins).toEqual(['hr-1', 'hr-2']);
    expect(addAdmin(two.value, 'hr-2')).toEqual({ ok: false, reason: 'already-admin' });
    const one = removeAdmin(two.value, 'hr-1');
    expect(one.ok && one.value.admins).toEqual(['hr-2']);
    expect(one.ok && removeAdmin(one.value, 'hr-2')).toEqual({ ok: false, reason: 'last-admin' });
  });
});

describe('calendar dates', () => {
  test.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-08-15', 6, '2028-02-15'],
    ['2027-11-30', 3, '2028-02-29'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
  test('validity', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('27-02-01')).toBe(false);
  });
});
