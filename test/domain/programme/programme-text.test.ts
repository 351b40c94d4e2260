import type { Programme } from '../../../bot/src/domain/programme/programme';
import { newProgramme, parseProgrammeSettings } from '../../../bot/src/domain/programme/programme-settings';
import { programmeText } from '../../../bot/src/domain/programme/programme-text';

const valid = {
  name: 'RM 2027',
  startDate: '2027-02-01',
  endDate: '2027-08-01',
  meetingsTarget: '6',
  sponsorName: 'Dr. Maria Schulz',
  sponsorRole: 'CEO',
};

function programmeWith(input: Record<string, unknown>): Programme {
  const parsed = parseProgrammeSettings({ ...valid, languages: 'de,en', ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return newProgramme(parsed.value, { id: 'p', tenantId: 't', createdBy: 'hr', now: new Date('2027-01-10T08:00:00Z') });
}

describe("the programme texts HR writes, in the reader's language", () => {
  it.each([
    [
      'both languages: each reader gets their own',
      { sponsorTextDe: 'Zuhören ist Führung.', sponsorTextEn: 'Listening is leadership.' },
      'Zuhören ist Führung.',
      'Listening is leadership.',
    ],
    [
      'German only: the English reader gets German',
      { sponsorTextDe: 'Zuhören ist Führung.' },
      'Zuhören ist Führung.',
      'Zuhören ist Führung.',
    ],
    [
      'English only: the German reader gets English',
      { sponsorTextEn: 'Listening is leadership.' },
      'Listening is leadership.',
      'Listening is leadership.',
    ],
    [
      'a form sent before there were languages: one text for all',
      { sponsorText: 'Zuhören ist Führung.' },
      'Zuhören ist Führung.',
      'Zuhören ist Führung.',
    ],
  ])('%s', (_name, input, german, english) => {
    const programme = programmeWith(input);
    expect(programmeText(programme, 'de').sponsor).toEqual({ text: german, name: 'Dr. Maria Schulz', role: 'CEO' });
    expect(programmeText(programme, 'en').sponsor?.text).toBe(english);
  });

  it('reads a programme stored before messages had languages the same for everyone', () => {
    const stored = {
      ...programmeWith({}),
      sponsor: { text: 'Digital ist Chefsache.', name: 'Dr. Maria Schulz', role: 'CEO' },
    };
    expect(programmeText(stored, 'de').sponsor?.text).toBe('Digital ist Chefsache.');
    expect(programmeText(stored, 'en').sponsor?.text).toBe('Digital ist Chefsache.');
  });

  it("keeps the first language's message as the plain text older readers use", () => {
    expect(programmeWith({ languages: 'en,de', sponsorTextDe: 'Zuhören.', sponsorTextEn: 'Listen.' }).sponsor).toEqual({
      text: 'Listen.',
      texts: { de: 'Zuhören.', en: 'Listen.' },
      name: 'Dr. Maria Schulz',
      role: 'CEO',
    });
  });

  it("has no sponsor when no message was written, and asks for the sponsor's name when one was", () => {
    expect(programmeText(programmeWith({}), 'de')).toEqual({});
    const parsed = parseProgrammeSettings({ ...valid, sponsorName: '', languages: 'de', sponsorTextEn: 'Listen.' });
    expect(parsed).toMatchObject({
      ok: false,
      issues: [expect.objectContaining({ field: 'sponsorName', code: 'required' })],
    });
  });
});
