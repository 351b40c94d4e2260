import { runMatchCommand, type CommandIo } from '../../bot/src/cli/match-command';

/** Runs the command in-process on an input object; returns exit code and both streams. */
async function run(input: unknown, now = new Date('2025-01-15T12:00:00Z')) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    readFile: async () => (typeof input === 'string' ? input : JSON.stringify(input)),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => now,
  };
  const code = await runMatchCommand(['input.json'], io);
  return { code, stdout, stderr };
}

const person = (id: string, extra: object = {}) => ({
  id,
  department: `d-${id}`,
  languages: ['en'],
  topics: [],
  ...extra,
});

describe('match command, in process', () => {
  test('optional profile fields default (location, time zone, availability, format, manager, capacity)', async () => {
    const result = await run({ mentors: [person('m')], mentees: [person('e')] });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).pairs).toEqual([
      {
        mentor: 'm',
        mentee: 'e',
        score: 0.1,
        reasons: [
          { code: 'format-compatible', format: 'online' },
          { code: 'different-departments', mentorDepartment: 'd-m', menteeDepartment: 'd-e' },
          { code: 'shared-languages', languages: ['en'] },
        ],
      },
    ]);
  });

  test('without a reference date, time-zone offsets are taken at the current date', async () => {
    const input = {
      mentors: [person('m', { timeZone: 'America/New_York' })],
      mentees: [person('e', { timeZone: 'Europe/Berlin' })],
    };
    // Both sides change to summer time in March, three weeks apart: six hours in between, five in the gap.
    const winter = JSON.parse((await run(input, new Date('2025-01-15T12:00:00Z'))).stdout);
    const gap = JSON.parse((await run(input, new Date('2025-03-20T12:00:00Z'))).stdout);
    expect(winter.pairs[0].reasons).toContainEqual({ code: 'close-time-zones', minutesApart: 360 });
    expect(gap.pairs[0].reasons).toContainEqual({ code: 'close-time-zones', minutesApart: 300 });
    const pinned = JSON.parse(
      (await run({ ...input, referenceDate: '2025-03-20' }, new Date('2025-01-15T12:00:00Z'))).stdout,
    );
    expect(pinned).toEqual(gap);
  });

  test.each<[string, object, string]>([
    [
      'a person in both lists',
      { mentors: [person('p')], mentees: [person('p')] },
      'mentees[0].id: "p" is also a mentor (switch off rules.rolesMentorMentee to allow this)',
    ],
    [
      'a duplicate mentor',
      { mentors: [person('m'), person('n'), person('m')], mentees: [] },
      'mentors[2].id: duplicate id "m"',
    ],
    [
      'weights all zero',
      { weights: { topics: 0, availability: 0, format: 0, location: 0 }, mentors: [], mentees: [] },
      'weights: at least one weight must be above 0',
    ],
    [
      'a negative weight',
      { weights: { topics: -1 }, mentors: [], mentees: [] },
      'weights.topics: number must be greater than or equal to 0',
    ],
    ['an unknown rule', { rules: { sameCity: true }, mentors: [], mentees: [] }, 'rules: unknown field "sameCity"'],
    [
      'a mentee locked twice',
      {
        mentors: [person('m'), person('n')],
        mentees: [person('e')],
        locked: [
          ['m', 'e'],
          ['n', 'e'],
        ],
      },
      'locked[1]: mentee "e" is already locked to "m"',
    ],
    [
      'more locks than capacity',
      {
        mentors: [person('m')],
        mentees: [person('e'), person('f')],
        locked: [
          ['m', 'e'],
          ['m', 'f'],
        ],
      },
      'locked: mentor "m" has 2 locks but capacity 1',
    ],
    [
      'a lock of an unknown mentee',
      { mentors: [person('m')], mentees: [], locked: [['m', 'x']] },
      'locked[0]: no mentor "m" or no mentee "x" in this input',
    ],
    [
      'a pair that is not a pair',
      { mentors: [], mentees: [], excluded: [['m']] },
      'excluded[0]: array must contain at least 2 element(s)',
    ],
    ['an empty id', { mentors: [person('')], mentees: [] }, 'mentors[0].id: must not be empty'],
    [
      'a date that does not exist',
      { mentors: [], mentees: [], referenceDate: '2025-02-30' },
      'referenceDate: not a real date',
    ],
  ])('%s', async (_name, input, message) => {
    expect(await run(input)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});
