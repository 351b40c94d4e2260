import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const foldersOf = (dir: string) =>
  readdirSync(path.join(ROOT, dir)).filter((name) => statSync(path.join(ROOT, dir, name)).isDirectory());

/** The README's code map is how a newcomer finds a feature: it must name every folder that exists. */
describe('the README code map stays true', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const map = readme.slice(readme.indexOf('## How the code is organised'), readme.indexOf('Dependencies point inward'));

  test.each(['bot/src', 'bot/src/teams'])('every folder of %s is in it', (dir) => {
    const missing = foldersOf(dir).filter((name) => !map.includes(`${name}/`));
    expect(missing).toEqual([]);
  });

  test('every feature of services/ is named', () => {
    const missing = foldersOf('bot/src/services').filter((name) => !map.includes(name));
    expect(missing).toEqual([]);
  });
});
