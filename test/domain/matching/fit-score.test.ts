import {
  evaluatePair,
  preparePool,
  type FitReason,
  type MenteeProfile,
  type MentorProfile,
  type ProfilePoolInput,
} from '../../../bot/src/domain/matching';
import { mentee, mentor, testOffsetOf } from './support/people';

function evaluate(m: MentorProfile, e: MenteeProfile, extra: Partial<ProfilePoolInput> = {}) {
  const prepared = preparePool({ mentors: [m], mentees: [e], utcOffsetOf: testOffsetOf, ...extra });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.failure));
  return evaluatePair(prepared.index, 0, 0);
}

/** Only one part of the score counts, so each part can be checked on its own. */
const only = (part: 'topics' | 'availability' | 'format' | 'location') => ({
  topics: 0,
  availability: 0,
  format: 0,
  location: 0,
  [part]: 1,
});

describe('fit score parts', () => {
  test.each<[string, string[], string[], number]>([
    [
      'every wanted topic offered',
      ['big-data', 'error-culture'],
      ['error-culture', 'big-data', 'digital-networking'],
      1,
    ],
    ['half of the wanted topics', ['big-data', 'error-culture'], ['big-data'], 0.5],
    ['none of them', ['big-data'], ['error-culture'], 0],
    ['the mentee named no topics', [], ['big-data'], 0],
    ['a repeated topic counts once', ['big-data', 'big-data'], ['big-data'], 1],
  ])('topics: %s', (_name, wanted, offered, expected) => {
    expect(
      evaluate(mentor('m', { topics: offered }), mentee('e', { topics: wanted }), { weights: only('topics') }).score,
    ).toBeCloseTo(expected, 12);
  });

  test.each<[string, string[], string[], number]>([
    ['all of the mentee’s slots', ['tue-am'], ['tue-am', 'wed-pm'], 1],
    ['one of four', ['mon-am', 'tue-am', 'wed-am', 'thu-am'], ['wed-am'], 0.25],
    ['no overlap', ['mon-am'], ['mon-pm'], 0],
    ['the mentee named no slots', [], ['mon-pm'], 0],
  ])('availability: %s', (_name, menteeSlots, mentorSlots, expected) => {
    expect(
      evaluate(mentor('m', { availability: mentorSlots }), mentee('e', { availability: menteeSlots }), {
        weights: only('availability'),
      }).score,
    ).toBeCloseTo(expected, 12);
  });

  test.each<[MentorProfile['format'], MenteeProfile['format'], string | null, string | null, string | null]>([
    ['online', 'online', 'Munich', 'Berlin', 'online'],
    ['online', 'either', null, null, 'online'],
    ['online', 'in-person', 'Munich', 'Munich', null],
    ['in-person', 'in-person', 'Munich', 'Munich', 'in-person'],
    ['in-person', 'either', 'Munich', 'Munich', 'in-person'],
    ['in-person', 'in-person', 'Munich', 'Berlin', null],
    ['in-person', 'either', null, null, null],
    ['either', 'either', 'Munich', 'Munich', 'either'],
    ['either', 'either', 'Munich', 'Berlin', 'online'],
  ])(
    'format: mentor %s, mentee %s, at %s / %s → %s',
    (mentorFormat, menteeFormat, mentorLocation, menteeLocation, agreed) => {
      const result = evaluate(
        mentor('m', { format: mentorFormat, location: mentorLocation }),
        mentee('e', { format: menteeFormat, location: menteeLocation }),
        { weights: only('format') },
      );
      expect(result.score).toBe(agreed === null ? 0 : 1);
      const reason = result.reasons.find((r) => r.code === 'format-compatible');
      expect(reason).toEqual(agreed === null ? undefined : { code: 'format-compatible', format: agreed });
    },
  );

  test.each<[string, Partial<MentorProfile>, Partial<MenteeProfile>, number, FitReason | undefined]>([
    [
      'same location',
      { location: 'Munich', timeZone: 'Europe/Berlin' },
      { location: 'Munich', timeZone: 'Europe/Berlin' },
      1,
      { code: 'same-location', location: 'Munich' },
    ],
    [
      'same time zone elsewhere',
      { location: 'Munich', timeZone: 'Europe/Berlin' },
      { location: 'Berlin', timeZone: 'Europe/Berlin' },
      1,
      { code: 'close-time-zones', minutesApart: 0 },
    ],
    [
      'one hour apart',
      { timeZone: 'Europe/London' },
      { timeZone: 'Europe/Berlin' },
      1 - 60 / 480,
      { code: 'close-time-zones', minutesApart: 60 },
    ],
    [
      'four and a half hours apart',
      { timeZone: 'Asia/Kolkata' },
      { timeZone: 'Europe/Berlin' },
      1 - 270 / 480,
      { code: 'close-time-zones', minutesApart: 270 },
    ],
    ['a working day apart or more', { timeZone: 'Asia/Kolkata' }, { timeZone: 'America/New_York' }, 0, undefined],
    ['an unknown zone', { timeZone: 'Mars/Olympus' }, { timeZone: 'Europe/Berlin' }, 0, undefined],
    ['no zone given', {}, { timeZone: 'Europe/Berlin' }, 0, undefined],
    ['unknown locations never count as the same', { location: null }, { location: null }, 0, undefined],
  ])('location: %s', (_name, mentorOverrides, menteeOverrides, expected, reason) => {
    const result = evaluate(mentor('m', mentorOverrides), mentee('e', menteeOverrides), { weights: only('location') });
    expect(result.score).toBeCloseTo(expected, 12);
    expect(result.reasons.find((r) => r.code === 'same-location' || r.code === 'close-time-zones')).toEqual(reason);
  });

  test('without an offset lookup time zones add nothing', () => {
    const result = evaluate(mentor('m', { timeZone: 'Europe/Berlin' }), mentee('e', { timeZone: 'Europe/Berlin' }), {
      weights: only('location'),
      utcOffsetOf: undefined,
    });
    expect(result.score).toBe(0);
  });
});

describe('weights', () => {
  const m = mentor('m', { topics: ['big-data'], availability: ['mon-am'], format: 'online' });
  const e = mentee('e', { topics: ['big-data', 'error-culture'], availability: ['tue-am'] });

  test('defaults: topics 0.5, availability 0.25, format 0.1, location 0.15', () => {
    // Half the topics, no shared slot, compatible format, no location data.
    expect(evaluate(m, e).score).toBeCloseTo(0.5 * 0.5 + 0.1, 12);
  });

  test('weights are relative: they are divided by their sum', () => {
    expect(evaluate(m, e, { weights: { topics: 2, availability: 0, format: 2, location: 0 } }).score).toBeCloseTo(
      0.5 * 0.5 + 0.5,
      12,
    );
  });

  test('a perfect pair scores exactly 1', () => {
    const both = { topics: ['big-data'], availability: ['mon-am'], location: 'Munich', format: 'either' as const };
    expect(evaluate(mentor('m', both), mentee('e', both)).score).toBe(1);
  });

  test.each([
    [{ topics: -1 }, 'topics'],
    [{ location: Number.NaN }, 'location'],
    [{ topics: 0, availability: 0, format: 0, location: 0 }, 'all-zero'],
  ])('bad weights %j are refused', (weights, weight) => {
    expect(preparePool({ mentors: [m], mentees: [e], weights })).toEqual({
      ok: false,
      failure: { code: 'invalid-weight', weight },
    });
  });
});

describe('reasons', () => {
  test('a pair gets every reason that applies, as codes with data, in a fixed order', () => {
    const m = mentor('m', {
      department: 'IT',
      topics: ['error-culture', 'big-data'],
      availability: ['tue-am', 'thu-pm'],
      languages: ['de', 'en'],
      location: 'Munich',
      format: 'in-person',
    });
    const e = mentee('e', {
      department: 'Sales',
      topics: ['big-data', 'agile-organisation', 'error-culture'],
      availability: ['thu-pm', 'tue-am', 'fri-am'],
      languages: ['en', 'de'],
      location: 'Munich',
    });
    expect(evaluate(m, e).reasons).toEqual([
      { code: 'shared-topics', topics: ['big-data', 'error-culture'] },
      { code: 'shared-availability', slots: ['thu-pm', 'tue-am'] },
      { code: 'format-compatible', format: 'in-person' },
      { code: 'same-location', location: 'Munich' },
      { code: 'different-departments', mentorDepartment: 'IT', menteeDepartment: 'Sales' },
      { code: 'shared-languages', languages: ['en', 'de'] },
    ]);
  });

  test('reasons are data only: every one serialises to JSON and back unchanged', () => {
    const { reasons } = evaluate(mentor('m', { topics: ['big-data'] }), mentee('e', { topics: ['big-data'] }));
    expect(JSON.parse(JSON.stringify(reasons))).toEqual(reasons);
  });

  test('scores stay in [0, 1]', () => {
    const result = evaluate(mentor('m'), mentee('e'));
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});
