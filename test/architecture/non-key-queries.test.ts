import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nonKeyQueries } from './non-key-queries';

const ROOT = path.join(__dirname, '../..');

/**
 * A query on a column that is not a key scans (its partition, or on Azurite the whole table), so
 * each one is listed in docs/architecture.md with who waits for it and why that is acceptable.
 * A new one cannot slip in unlisted.
 */
describe('non-key queries are listed in docs/architecture.md', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
  const listed = doc.split('\n').filter((line) => line.startsWith('| `'));
  const queries = nonKeyQueries(path.join(ROOT, 'bot/src/storage'));

  test('the finder sees the ones known to exist (it cannot pass by finding nothing)', () => {
    expect(queries).toContainEqual({ file: 'broadcast.table-repository.ts', within: 'active', columns: ['status'] });
    expect(queries).toContainEqual({ file: 'programme.table-repository.ts', within: 'listAll', columns: ['*'] });
  });

  test.each(nonKeyQueries(path.join(ROOT, 'bot/src/storage')).map((q) => [`${q.file} ${q.within}`, q] as const))(
    '%s is in the table',
    (_, query) => {
      const row = listed.find((line) => line.includes(`\`${query.file}\``) && line.includes(`\`${query.within}\``));
      expect(row).toBeDefined();
      for (const column of query.columns) expect(row).toContain(column === '*' ? 'whole table' : `\`${column}\``);
    },
  );

  test('no row of the table names a query that no longer exists', () => {
    const stale = listed.filter(
      (line) => !queries.some((q) => line.includes(`\`${q.file}\``) && line.includes(`\`${q.within}\``)),
    );
    expect(stale).toEqual([]);
  });
});
