import { matchOne } from '../../../bot/src/domain/matching';
import { mentee, mentor } from './support/people';

describe('a one-off match for someone whose tandem ended', () => {
  const anna = mentor('anna', {
    department: 'IT',
    topics: ['big-data', 'artificial-intelligence'],
    availability: ['tue-am'],
  });

  test('a mentor gets the free mentee who fits best, with the plain reasons of a full run', () => {
    const outcome = matchOne({
      person: anna,
      role: 'mentor',
      candidates: [
        mentee('carl', { topics: ['error-culture'] }),
        mentee('dora', { department: 'Finanzen', topics: ['big-data'], availability: ['tue-am'] }),
      ],
    });
    expect(outcome).toEqual({ ok: true, value: expect.objectContaining({ mentor: 'anna', mentee: 'dora' }) });
    if (!outcome.ok) return;
    expect(outcome.value.reasons).toEqual(
      expect.arrayContaining([
        { code: 'shared-topics', topics: ['big-data'] },
        { code: 'shared-availability', slots: ['tue-am'] },
      ]),
    );
  });

  test('a mentor of several places still gets one new mentee', () => {
    const roomy = mentor('anna', { capacity: 3 });
    const outcome = matchOne({ person: roomy, role: 'mentor', candidates: [mentee('carl'), mentee('dora')] });
    expect(outcome).toEqual({ ok: true, value: expect.objectContaining({ mentor: 'anna' }) });
  });

  test('a mentee gets the best free mentor', () => {
    const outcome = matchOne({
      person: mentee('erik', { topics: ['big-data'] }),
      role: 'mentee',
      candidates: [mentor('max'), anna],
    });
    expect(outcome).toEqual({ ok: true, value: expect.objectContaining({ mentor: 'anna', mentee: 'erik' }) });
  });

  test.each([
    ['nobody is free', [], [], 'nobody-available'],
    ['everyone free works in the same department', [mentee('fritz', { department: 'IT' })], [], 'no-allowed-partner'],
    [
      'the only free mentee was excluded (an earlier pair of theirs)',
      [mentee('gina')],
      [['anna', 'gina']],
      'no-allowed-partner',
    ],
    ['nobody shares a language', [mentee('hans', { languages: ['fr'] })], [], 'no-allowed-partner'],
  ] as const)('no proposal when %s', (_case, candidates, excluded, reason) => {
    expect(matchOne({ person: anna, role: 'mentor', candidates, excluded })).toEqual({ ok: false, reason });
  });

  test('earlier pairs from other programmes are not repeated', () => {
    expect(
      matchOne({ person: anna, role: 'mentor', candidates: [mentee('ines')], previousPairs: [['anna', 'ines']] }),
    ).toEqual({ ok: false, reason: 'no-allowed-partner' });
  });
});
