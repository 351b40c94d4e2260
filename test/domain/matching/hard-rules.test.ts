import {
  evaluatePair,
  preparePool,
  type MatchingRules,
  type MenteeProfile,
  type MentorProfile,
  type PairRef,
  type ProfilePoolInput,
} from '../../../bot/src/domain/matching';
import { mentee, mentor } from './support/people';

/** Evaluates mentor `m` with mentee `e` in a pool of the given people. */
function verdict(input: ProfilePoolInput, mentorId = 'm', menteeId = 'e') {
  const prepared = preparePool(input);
  if (!prepared.ok) throw new Error(`unexpected failure ${JSON.stringify(prepared.failure)}`);
  const mentorIndex = input.mentors.findIndex((p) => p.id === mentorId);
  const menteeIndex = input.mentees.findIndex((p) => p.id === menteeId);
  return evaluatePair(prepared.index, mentorIndex, menteeIndex);
}

function pool(m: MentorProfile, e: MenteeProfile, extra: Partial<ProfilePoolInput> = {}): ProfilePoolInput {
  return { mentors: [m], mentees: [e], ...extra };
}

const same = { department: 'Sales' };
const pair: PairRef = ['m', 'e'];

describe('hard rules: each one fires, and switching it off lets the pair through', () => {
  test.each<[string, ProfilePoolInput, keyof MatchingRules, string]>([
    ['same department', pool(mentor('m', same), mentee('e', same)), 'differentDepartment', 'same-department'],
    [
      'mentor is the mentee’s manager',
      pool(mentor('m'), mentee('e', { managerId: 'm' })),
      'notInReportingLine',
      'reporting-line',
    ],
    [
      'mentee is the mentor’s manager',
      pool(mentor('m', { managerId: 'e' }), mentee('e')),
      'notInReportingLine',
      'reporting-line',
    ],
    [
      'no shared language',
      pool(mentor('m', { languages: ['de'] }), mentee('e', { languages: ['en'] })),
      'sharedLanguage',
      'no-shared-language',
    ],
    [
      'no languages at all',
      pool(mentor('m', { languages: [] }), mentee('e', { languages: [] })),
      'sharedLanguage',
      'no-shared-language',
    ],
    [
      'paired in an earlier programme',
      pool(mentor('m'), mentee('e'), { previousPairs: [pair] }),
      'noRepeatPairs',
      'previous-pair',
    ],
    ['excluded by HR', pool(mentor('m'), mentee('e'), { excluded: [pair] }), 'exclusions', 'excluded'],
  ])('%s', (_name, input, rule, code) => {
    const on = verdict(input);
    expect(on).toMatchObject({ allowed: false, violations: [code] });
    const off = verdict({ ...input, rules: { [rule]: false } });
    expect(off).toMatchObject({ allowed: true, violations: [] });
  });

  test('several broken rules are all reported, in a fixed order', () => {
    const input = pool(mentor('m', { ...same, languages: ['de'] }), mentee('e', { ...same, managerId: 'm' }), {
      excluded: [pair],
      previousPairs: [pair],
    });
    expect(verdict(input).violations).toEqual([
      'same-department',
      'reporting-line',
      'no-shared-language',
      'previous-pair',
      'excluded',
    ]);
  });

  test('a pair that breaks nothing is allowed', () => {
    expect(verdict(pool(mentor('m'), mentee('e')))).toMatchObject({ allowed: true, violations: [] });
  });
});

describe('reporting line', () => {
  const chain = (mentorOverrides: Partial<MentorProfile>, mentees: MenteeProfile[], others: MentorProfile[] = []) => ({
    mentors: [mentor('m', mentorOverrides), ...others],
    mentees,
  });

  test.each<[string, ProfilePoolInput, boolean]>([
    [
      'mentor two levels above the mentee',
      chain({}, [mentee('e', { managerId: 'x' }), mentee('x', { managerId: 'm' })]),
      false,
    ],
    [
      'mentor above via a manager outside the pool',
      chain({}, [mentee('e', { managerId: 'outside' })], [mentor('outside', { managerId: 'm' })]),
      false,
    ],
    [
      'mentee three levels above the mentor',
      chain({ managerId: 'a' }, [mentee('e'), mentee('a', { managerId: 'b' }), mentee('b', { managerId: 'e' })]),
      false,
    ],
    ['siblings under the same manager', chain({ managerId: 'boss' }, [mentee('e', { managerId: 'boss' })]), true],
    ['the chain ends at an unknown manager', chain({}, [mentee('e', { managerId: 'ghost' })]), true],
    [
      'a cycle in the data without the mentor',
      chain({}, [mentee('e', { managerId: 'x' }), mentee('x', { managerId: 'e' })]),
      true,
    ],
    ['a cycle that passes through the mentor', chain({ managerId: 'e' }, [mentee('e', { managerId: 'm' })]), false],
    ['a self-managed mentee', chain({}, [mentee('e', { managerId: 'e' })]), true],
  ])('%s → allowed: %s', (_name, input, allowed) => {
    expect(verdict(input).allowed).toBe(allowed);
  });
});

describe('roles', () => {
  test('with the roles rule off, one person may be on both lists but is never paired with themselves', () => {
    const input = { mentors: [mentor('p')], mentees: [mentee('p')], rules: { rolesMentorMentee: false } };
    const self = verdict(input, 'p', 'p');
    expect(self.allowed).toBe(false);
    expect(self.violations).toContain('same-person');
  });

  test('with the roles rule on, that is an error', () => {
    expect(preparePool({ mentors: [mentor('p')], mentees: [mentee('p')] })).toEqual({
      ok: false,
      failure: { code: 'person-in-both-roles', id: 'p' },
    });
  });
});

describe('ids outside the pool', () => {
  test('previous pairs and exclusions naming unknown people are ignored', () => {
    const input = pool(mentor('m'), mentee('e'), { previousPairs: [['old', 'e']], excluded: [['m', 'gone']] });
    expect(verdict(input).allowed).toBe(true);
  });
});
