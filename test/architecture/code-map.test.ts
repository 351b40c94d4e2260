import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const foldersOf = (dir: string) =>
  readdirSync(path.join(ROOT, dir)).filter((name) => statSync(path.join(ROOT, dir, name)).isDirectory());

/** The code map (docs/architecture.md, linked from the README) is how a newcomer finds a feature: it must name every folder that exists. */
describe('the code map stays true', () => {
  const architecture = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
  const start = architecture.indexOf('## The code map');
  const map = architecture.slice(start, architecture.indexOf('Dependencies point inward', start));

  test('it is there', () => {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(map.length).toBeGreaterThan(1_000);
  });

  test.each(['bot/src', 'bot/src/teams'])('every folder of %s is in it', (dir) => {
    const missing = foldersOf(dir).filter((name) => !map.includes(`${name}/`));
    expect(missing).toEqual([]);
  });

  test('every feature of services/ is named', () => {
    const missing = foldersOf('bot/src/services').filter((name) => !map.includes(name));
    expect(missing).toEqual([]);
  });
});
