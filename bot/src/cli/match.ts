/**
 * Dry-run matching from the command line: `npm run --silent match -- INPUT.json` prints the
 * proposal as JSON on stdout. Thin on purpose: read → validate → domain → print. Bad input
 * (unreadable file, invalid JSON, schema or rule problems) goes to stderr with exit code 2.
 * The input forms and the output are described in docs/matching.md.
 */
import { readFile } from 'node:fs/promises';
import { runMatchCommand } from './match-command';

runMatchCommand(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `match: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
