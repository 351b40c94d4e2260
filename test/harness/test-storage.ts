import { randomBytes } from 'node:crypto';
import { TableStore } from '../../bot/src/storage/table-store';

/** The connection string of the run's Azurite (see global-setup). */
export function testConnectionString(): string {
  const value = process.env.TANDEM_TEST_STORAGE;
  if (!value)
    throw new Error('TANDEM_TEST_STORAGE is not set: run the tests through jest so global-setup starts Azurite.');
  return value;
}

/** A table prefix no other test file uses, so tests never see each other's rows. */
export function uniqueTablePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/** A TableStore on the test Azurite with its own prefix. */
export function testTableStore(tablePrefix: string = uniqueTablePrefix()): TableStore {
  return new TableStore({
    connection: { kind: 'connection-string', connectionString: testConnectionString() },
    tablePrefix,
  });
}
