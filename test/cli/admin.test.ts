import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TableStore } from '../../bot/src/storage/table-store';
import { ProgrammeTableRepository } from '../../bot/src/storage/programme.table-repository';
import { EnrolmentTableRepository } from '../../bot/src/storage/enrolment.table-repository';
import { newProgramme, parseProgrammeSettings } from '../../bot/src/domain/programme/programme-settings';
import { testConnectionString, uniqueTablePrefix } from '../harness/test-storage';

const ROOT = path.join(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'tandem-admin-'));
const prefix = uniqueTablePrefix();
const store = new TableStore({
  connection: { kind: 'connection-string', connectionString: testConnectionString() },
  tablePrefix: prefix,
});
const programmeId = '5e0f9d2c-7b1a-4c3d-8e9f-0a1b2c3d4e5f';

function admin(...args: string[]) {
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bot/src/cli/admin.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      AZURE_STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
      NODE_ENV: 'test',
    },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run admin: bulk enrolment from CSV', () => {
  beforeAll(async () => {
    const settings = parseProgrammeSettings({
      name: 'Reverse Mentoring 2027',
      startDate: '2027-02-01',
      endDate: '2027-08-01',
      meetingsTarget: '6',
      languages: 'de',
    });
    if (!settings.ok) throw new Error('bad settings');
    await new ProgrammeTableRepository(store).create({
      ...newProgramme(settings.value, { id: programmeId, tenantId: 'tenant-1', createdBy: 'hr', now: new Date() }),
      status: 'enrolling',
    });
  });

  test('an Excel "CSV UTF-8" file with ; imports the good rows and names the bad ones by line', async () => {
    const file = path.join(dir, 'people.csv');
    writeFileSync(
      file,
      '\uFEFFE-Mail;Name;Rolle;Abteilung;Standort;Führungskraft E-Mail;Kostenstelle\n' +
        'bernd.koehler@contoso.com;Bernd Köhler;Mentee;Finanzen;Köln;dora@contoso.com;4711\n' +
        'anna@contoso.com;Anna Berger;Mentorin;IT;München;;4712\n' +
        'kaputt;Jemand;Mentee;X;Y;;1\n' +
        '\n' +
        'chris@contoso.com;Chris;Chef;IT;M;;1\n',
      'utf8',
    );
    const run = admin('import', 'Reverse Mentoring 2027', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Ignored columns: Kostenstelle');
    expect(run.stderr).toContain('line 4: the e-mail address is not valid (email)');
    expect(run.stderr).toContain('line 6: role must be mentor or mentee (role)');
    expect(run.stdout).toContain('Imported 2 of 4 rows into "Reverse Mentoring 2027" (delimiter ";")');
    const stored = await new EnrolmentTableRepository(store).list(programmeId);
    expect(stored.map((e) => [e.email, e.name, e.role, e.location]).sort()).toEqual([
      ['anna@contoso.com', 'Anna Berger', 'mentor', 'München'],
      ['bernd.koehler@contoso.com', 'Bernd Köhler', 'mentee', 'Köln'],
    ]);
  });

  test('a legacy Excel "CSV" in Windows-1252 keeps its umlauts; importing again updates instead of doubling', async () => {
    const file = path.join(dir, 'people-1252.csv');
    const text =
      'Email,Name,Role,Department,Location\nbernd.koehler@contoso.com,Bernd Köhler,mentee,Controlling,Düsseldorf\n';
    writeFileSync(file, Buffer.from([...text].map((ch) => ch.charCodeAt(0))));
    const run = admin('import', programmeId, file);
    expect(run.code).toBe(0);
    const stored = await new EnrolmentTableRepository(store).list(programmeId);
    expect(stored).toHaveLength(2);
    expect(stored.find((e) => e.email === 'bernd.koehler@contoso.com')).toMatchObject({
      department: 'Controlling',
      location: 'Düsseldorf',
    });
  });

  test('export writes every participant as CSV for Excel (BOM, ;)', () => {
    const out = path.join(dir, 'export.csv');
    expect(admin('export', programmeId, out).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFemail;name;role;department;location;managerEmail;onboarded')).toBe(true);
    expect(csv).toContain('bernd.koehler@contoso.com;Bernd Köhler;mentee;Controlling;Düsseldorf;dora@contoso.com;no');
  });

  test('wrong usage and unknown programmes exit with 2 and say why', () => {
    expect(admin('import').code).toBe(2);
    const unknown = admin('export', 'No Such Programme');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No programme "No Such Programme"');
  });
});
