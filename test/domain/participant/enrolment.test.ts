import { checkEnrolmentRows, fieldForHeader } from '../../../bot/src/domain/participant/enrolment';

describe('enrolment rows', () => {
  test('German and English column names', () => {
    expect(
      ['E-Mail', 'Name', 'Rolle', 'Abteilung', 'Standort', 'Führungskraft E-Mail', 'Kostenstelle'].map(fieldForHeader),
    ).toEqual(['email', 'name', 'role', 'department', 'location', 'managerEmail', undefined]);
    expect(['email', 'Display_Name', 'ROLE', 'manager email'].map(fieldForHeader)).toEqual([
      'email',
      'name',
      'role',
      'managerEmail',
    ]);
  });

  test('valid rows are cleaned; invalid ones are reported by line and reason', () => {
    const { valid, issues } = checkEnrolmentRows([
      {
        line: 2,
        values: { email: ' Bernd.Koehler@Contoso.com ', name: 'Bernd Köhler', role: 'Mentee', department: 'Finanzen' },
      },
      { line: 3, values: { email: 'anna@contoso.com', name: 'Anna', role: 'Mentorin' } },
      { line: 4, values: { email: '', name: 'Niemand', role: 'mentee' } },
      { line: 5, values: { email: 'kaputt', name: 'X', role: 'mentee' } },
      { line: 6, values: { email: 'ANNA@contoso.com', name: 'Anna 2', role: 'mentor' } },
      { line: 7, values: { email: 'c@contoso.com', name: ' ', role: 'mentee' } },
      { line: 8, values: { email: 'd@contoso.com', name: 'D', role: 'chef' } },
      { line: 9, values: { email: 'e@contoso.com', name: 'E', role: 'mentee', department: 'x'.repeat(101) } },
    ]);
    expect(valid).toEqual([
      // Columns a row does not have stay undefined, so importing never blanks stored values.
      {
        email: 'bernd.koehler@contoso.com',
        name: 'Bernd Köhler',
        role: 'mentee',
        department: 'Finanzen',
        location: undefined,
        managerEmail: undefined,
      },
      {
        email: 'anna@contoso.com',
        name: 'Anna',
        role: 'mentor',
        department: undefined,
        location: undefined,
        managerEmail: undefined,
      },
    ]);
    expect(issues).toEqual([
      { line: 4, reason: 'missing-email', field: 'email' },
      { line: 5, reason: 'invalid-email', field: 'email' },
      { line: 6, reason: 'duplicate-email', field: 'email' },
      { line: 7, reason: 'missing-name', field: 'name' },
      { line: 8, reason: 'invalid-role', field: 'role' },
      { line: 9, reason: 'too-long', field: 'department' },
    ]);
  });
});
