import { DEFAULT_POLL_SETTINGS, pollSettingsOf } from '../../../bot/src/domain/polls';
import { newProgramme, parseProgrammeSettings } from '../../../bot/src/domain/programme/programme-settings';

const base = { name: 'RM 2027', startDate: '2027-02-01', endDate: '2027-08-01', meetingsTarget: '6', languages: 'de' };
const programmeWith = (fields: Record<string, string>) => {
  const parsed = parseProgrammeSettings({ ...base, ...fields });
  return parsed.ok
    ? newProgramme(parsed.value, { id: 'p', tenantId: 't', createdBy: 'hr', now: new Date('2027-01-10T09:00:00Z') })
    : parsed;
};

describe("a programme's topic poll settings", () => {
  test('left blank (or from before polls existed), the defaults apply: three days, two hours, several choices, the mentee decides', () => {
    expect(
      pollSettingsOf(
        programmeWith({ pollOpenDays: '', pollCloseHours: '', pollVoting: '', pollDecision: '' }) as never,
      ),
    ).toEqual(DEFAULT_POLL_SETTINGS);
    expect(pollSettingsOf({})).toEqual(DEFAULT_POLL_SETTINGS);
  });

  test("HR's choices are kept", () => {
    const programme = programmeWith({
      pollOpenDays: '7',
      pollCloseHours: '24',
      pollVoting: 'single',
      pollDecision: 'most-votes',
    });
    expect(pollSettingsOf(programme as never)).toEqual({
      openDaysBefore: 7,
      closeHoursBefore: 24,
      voting: 'single',
      decision: 'most-votes',
    });
  });

  test.each([
    [{ pollOpenDays: '15' }, 'pollOpenDays'],
    [{ pollCloseHours: '-1' }, 'pollCloseHours'],
    [{ pollVoting: 'ranked' }, 'pollVoting'],
    [{ pollOpenDays: '1', pollCloseHours: '24' }, 'pollCloseHours'], // it would close as it opens
  ])('%j is refused on %s', (fields, field) => {
    expect(programmeWith(fields)).toMatchObject({ ok: false, issues: [expect.objectContaining({ field })] });
  });
});
