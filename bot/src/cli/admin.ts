import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config';
import { EnrolmentService } from '../services/enrolment/enrolment-service';
import { EnrolmentTableRepository } from '../storage/enrolment.table-repository';
import { ProfileTableRepository } from '../storage/profile.table-repository';
import { ProgrammeTableRepository } from '../storage/programme.table-repository';
import { TableStore } from '../storage/table-store';
import { openCliStorage } from './cli-storage';
import { decodeCsv, delimiterOf, parseEnrolmentCsv, participantsCsv } from './enrolment-csv';

const USAGE = `Usage:
  npm run admin -- import <programme id or name> <file.csv>
  npm run admin -- export <programme id or name> [out.csv] [--comma]
See docs/enrolment.md for the columns.`;

const REASONS: Record<string, string> = {
  'missing-email': 'no e-mail address',
  'invalid-email': 'the e-mail address is not valid',
  'duplicate-email': 'the e-mail address appears earlier in the file',
  'missing-name': 'no name',
  'invalid-role': 'role must be mentor or mentee',
  'too-long': 'a value is longer than 100 characters',
};

/** HR's bulk enrolment from the command line: thin, it parses arguments and prints results. */
async function main(argv: string[]): Promise<number> {
  const [command, programmeRef, file, ...flags] = argv;
  if (!command || !programmeRef || (command === 'import' && !file) || !['import', 'export'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const storage = await openCliStorage(config);
  try {
    const store = new TableStore({ connection: storage.connection, tablePrefix: config.tablePrefix });
    const service = new EnrolmentService(
      new ProgrammeTableRepository(store),
      new EnrolmentTableRepository(store),
      new ProfileTableRepository(store),
      { now: () => new Date() },
    );
    const programme = await service.programme(programmeRef);
    if (!programme.ok) {
      console.error(
        programme.reason === 'programme-ambiguous'
          ? `Several programmes are called "${programmeRef}": use the id.`
          : `No programme "${programmeRef}".`,
      );
      return 2;
    }
    return command === 'import'
      ? await importFile(service, programme.value, file!)
      : await exportFile(service, programme.value, file, flags.includes('--comma'));
  } finally {
    await storage.close();
  }
}

async function importFile(
  service: EnrolmentService,
  programme: Parameters<EnrolmentService['import']>[0],
  file: string,
): Promise<number> {
  const text = decodeCsv(await readFile(file));
  const { rows, unknownColumns } = parseEnrolmentCsv(text);
  if (unknownColumns.length) console.error(`Ignored columns: ${unknownColumns.join(', ')}`);
  const result = await service.import(programme, rows);
  if (!result.ok) {
    console.error(`"${programme.name}" is closed: nothing was imported.`);
    return 2;
  }
  for (const issue of result.value.issues)
    console.error(
      `line ${issue.line}: ${REASONS[issue.reason] ?? issue.reason}${issue.field ? ` (${issue.field})` : ''}`,
    );
  console.log(
    `Imported ${result.value.imported} of ${rows.length} rows into "${programme.name}" (delimiter "${delimiterOf(text)}"); ${result.value.issues.length} rows need fixing.`,
  );
  return result.value.issues.length ? 1 : 0;
}

async function exportFile(
  service: EnrolmentService,
  programme: Parameters<EnrolmentService['participants']>[0],
  file: string | undefined,
  comma: boolean,
): Promise<number> {
  const csv = participantsCsv(await service.participants(programme), comma ? ',' : ';');
  if (file) {
    await writeFile(file, csv, 'utf8');
    console.error(`Wrote ${file}`);
  } else {
    process.stdout.write(csv);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? `Configuration: ${error.message}`
        : `Failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  },
);
