import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const fixture = (name: string) => path.join('test/cli/fixtures', name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run match` would (tsx on the entry file), from the project root. */
function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, ['bot/src/cli/match.ts', ...args], { cwd: ROOT, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('match CLI: good input', () => {
  test('profiles form: prints the proposal JSON and exits 0', async () => {
    const run = await runCli(fixture('profiles.json'));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['pairs', 'unmatched', 'matched', 'totalScore']);
    expect(output.pairs.map((p: { mentor: string; mentee: string }) => `${p.mentor}-${p.mentee}`)).toEqual([
      'jonas-petra',
      'lena-klaus',
      'priya-anne',
    ]);
    expect(Object.keys(output.pairs[0])).toEqual(['mentor', 'mentee', 'score', 'reasons']);
    expect(output.pairs[2]).toEqual({
      mentor: 'priya',
      mentee: 'anne',
      score: 0.93125,
      reasons: [
        { code: 'shared-topics', topics: ['big-data'] },
        { code: 'shared-availability', slots: ['wed-am'] },
        { code: 'format-compatible', format: 'online' },
        { code: 'close-time-zones', minutesApart: 330 },
        { code: 'different-departments', mentorDepartment: 'Data', menteeDepartment: 'Sales' },
        { code: 'shared-languages', languages: ['en'] },
      ],
    });
    expect(output.unmatched).toEqual([{ id: 'otto', role: 'mentee', reason: 'no-allowed-partner' }]);
    expect(output).toMatchObject({ matched: 3, totalScore: 1.63125 });
  });

  test('scores form: null means not allowed, locks are honoured', async () => {
    const run = await runCli(fixture('scores.json'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      pairs: [
        { mentor: 'm2', mentee: 'e1', score: 0.4, reasons: [] },
        { mentor: 'm1', mentee: 'e2', score: 0.8, reasons: [] },
        { mentor: 'm2', mentee: 'e3', score: 0.3, reasons: [{ code: 'locked-by-hr' }] },
      ],
      unmatched: [
        { id: 'e4', role: 'mentee', reason: 'no-allowed-partner' },
        { id: 'm3', role: 'mentor', reason: 'not-needed' },
      ],
      matched: 3,
      totalScore: 1.5,
    });
  });
});

describe('match CLI: bad input names the field and exits 2', () => {
  test.concurrent.each([
    ['bad-languages-type.json', 'mentees[1].languages: expected array, received string'],
    ['missing-department.json', 'mentors[0].department: required string, missing'],
    ['unknown-time-zone.json', 'mentees[0].timeZone: unknown IANA time zone "Europe/Berln"'],
    ['capacity-too-high.json', 'mentors[2].capacity: number must be less than or equal to 3'],
    ['misspelt-field.json', '(input): unknown field "mentor"'],
    [
      'unknown-format.json',
      "mentees[3].format: invalid enum value. Expected 'online' | 'in-person' | 'either', received 'hybrid'",
    ],
    ['bad-reference-date.json', 'referenceDate: not a real date'],
    ['duplicate-mentee.json', 'mentees[2].id: duplicate id "petra"'],
    ['lock-not-allowed.json', 'locked[0]: pair ("lena", "petra") breaks reporting-line'],
    ['scores-short-row.json', 'scores[1]: expected 3 entries (one per mentor), got 2'],
    ['scores-missing-row.json', 'scores: expected 4 rows (one per mentee), got 3'],
    ['scores-out-of-range.json', 'scores[0][1]: number must be less than or equal to 1'],
    ['array.json', '(input): expected an object'],
  ])('%s', async (name, message) => {
    const run = await runCli(fixture(name));
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  test('invalid JSON', async () => {
    const run = await runCli(fixture('not-json.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^test\/cli\/fixtures\/not-json\.json: invalid JSON: /);
  });

  test('a file that cannot be read', async () => {
    const run = await runCli(fixture('does-not-exist.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does-not-exist\.json: cannot read: ENOENT/);
  });

  test('no file given prints the usage', async () => {
    expect(await runCli()).toEqual({ code: 2, stdout: '', stderr: 'usage: npm run --silent match -- INPUT.json\n' });
  });
});
