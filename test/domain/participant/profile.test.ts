import { DEFAULT_TOPICS } from '../../../bot/src/domain/programme/topic-catalogue';
import { editProfile, parseProfileAnswers, type Profile } from '../../../bot/src/domain/participant/profile';
import { AVAILABILITY_SLOTS } from '../../../bot/src/domain/participant/availability';

const catalogue = [...DEFAULT_TOPICS, { key: 'old-topic', names: { en: 'Old', de: 'Alt' }, retired: true }];
const answers = {
  role: 'mentee',
  department: 'Finance',
  location: 'Köln',
  timeZone: 'Europe/Berlin',
  languages: 'de,en',
  topics: 'artificial-intelligence,digital-networking',
  ownTopics: 'Wie baue ich ein LinkedIn-Profil auf?',
  goals: 'Sicherer mit KI-Werkzeugen werden',
  availability: 'tue-am,thu-pm',
  format: 'either',
  managerAadObjectId: '',
};

describe('profile answers', () => {
  test('card strings become typed answers', () => {
    const parsed = parseProfileAnswers(answers, catalogue);
    expect(parsed).toEqual({
      ok: true,
      value: {
        ...answers,
        languages: ['de', 'en'],
        topics: ['artificial-intelligence', 'digital-networking'],
        availability: ['tue-am', 'thu-pm'],
        managerAadObjectId: undefined,
        capacity: 1,
      },
    });
  });

  test.each([
    [{ role: 'ceo' }, 'role', 'invalid'],
    [{ role: undefined }, 'role', 'required'],
    [{ department: '   ' }, 'department', 'required'],
    [{ department: 'x'.repeat(101) }, 'department', 'too-long'],
    [{ goals: 'x'.repeat(1001) }, 'goals', 'too-long'],
    [{ languages: '' }, 'languages', 'required'],
    [{ languages: 'klingon' }, 'languages', 'invalid'],
    [{ topics: 'old-topic' }, 'topics', 'not-in-catalogue'],
    [{ topics: 'made-up' }, 'topics', 'not-in-catalogue'],
    [{ topics: '', ownTopics: '' }, 'topics', 'required'],
    [{ availability: 'sat-am' }, 'availability', 'invalid'],
    [{ availability: '' }, 'availability', 'required'],
    [{ format: 'hybrid' }, 'format', 'invalid'],
    [{ timeZone: '../../etc' }, 'timeZone', 'invalid'],
  ])('%j is refused on %s (%s)', (overrides, field, code) => {
    const parsed = parseProfileAnswers({ ...answers, ...overrides }, catalogue);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toContainEqual(expect.objectContaining({ field, code }));
  });

  test("mentors take one to three mentees; a mentee's answer to that question is ignored", () => {
    const mentor = parseProfileAnswers({ ...answers, role: 'mentor', capacity: '3' }, catalogue);
    expect(mentor.ok && mentor.value.capacity).toBe(3);
    expect(parseProfileAnswers({ ...answers, role: 'mentor', capacity: '4' }, catalogue)).toMatchObject({
      ok: false,
      issues: [{ field: 'capacity', code: 'out-of-range' }],
    });
    const mentee = parseProfileAnswers({ ...answers, capacity: '3' }, catalogue);
    expect(mentee.ok && mentee.value.capacity).toBe(1);
  });

  test('own topics alone are enough', () => {
    expect(parseProfileAnswers({ ...answers, topics: '' }, catalogue).ok).toBe(true);
  });

  test('there are ten slots, Monday morning to Friday afternoon', () => {
    expect(AVAILABILITY_SLOTS).toHaveLength(10);
    expect(AVAILABILITY_SLOTS[0]).toBe('mon-am');
    expect(AVAILABILITY_SLOTS[9]).toBe('fri-pm');
  });
});

describe('editing a profile', () => {
  const parsed = parseProfileAnswers(answers, catalogue);
  if (!parsed.ok) throw new Error();
  const profile: Profile = {
    ...parsed.value,
    programmeId: 'p',
    tenantId: 't',
    aadObjectId: 'a',
    displayName: 'Bernd',
    consent: { givenAt: 'x', version: '1' },
    locale: 'de-DE',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
  };
  const now = new Date('2027-02-01T10:00:00Z');

  test('everything may change before matching', () => {
    const edited = editProfile(
      profile,
      { ...parsed.value, role: 'mentor', department: 'IT' },
      { now, roleLocked: false, locale: 'de-DE' },
    );
    expect(edited.ok && edited.value).toMatchObject({
      role: 'mentor',
      department: 'IT',
      updatedAt: now.toISOString(),
      createdAt: profile.createdAt,
    });
  });

  test('after matching the role is locked, the rest may change', () => {
    expect(
      editProfile(profile, { ...parsed.value, role: 'mentor' }, { now, roleLocked: true, locale: 'de-DE' }),
    ).toEqual({ ok: false, reason: 'role-locked' });
    expect(editProfile(profile, { ...parsed.value, goals: 'Neu' }, { now, roleLocked: true, locale: 'de-DE' }).ok).toBe(
      true,
    );
  });
});
