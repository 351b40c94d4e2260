import { excelCsv } from '../http/excel-csv';
import { parse } from 'csv-parse/sync';
import { fieldForHeader, type EnrolmentFields } from '../domain/participant/enrolment';
import type { ParticipantRow } from '../services/enrolment/enrolment-service';

export type CsvRow = { line: number; values: Partial<Record<keyof EnrolmentFields, string>> };

/**
 * Text of a CSV file as Excel writes it: "CSV UTF-8" (with a byte-order mark) or, on a German
 * Windows, the legacy "CSV" format in Windows-1252. Invalid UTF-8 means the latter.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** German Excel separates with `;`, most other tools with `,`: the header line tells which. */
export function delimiterOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Parses enrolment rows with the file's line numbers; unknown columns are ignored. */
export function parseEnrolmentCsv(text: string): { rows: CsvRow[]; unknownColumns: string[] } {
  const records = parse(text, {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    trim: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const [header, ...data] = records;
  if (!header) return { rows: [], unknownColumns: [] };
  const fields = header.record.map(fieldForHeader);
  const rows = data.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(
      fields.flatMap((field, i) => (field ? [[field, record[i] ?? '']] : [])),
    ) as CsvRow['values'],
  }));
  return { rows, unknownColumns: header.record.filter((_, i) => !fields[i]) };
}

const EXPORT_COLUMNS = [
  'email',
  'name',
  'role',
  'department',
  'location',
  'managerEmail',
  'onboarded',
  'timeZone',
  'languages',
  'topics',
  'availability',
  'format',
  'consentGivenAt',
  'profileUpdatedAt',
];

/** The participants export, UTF-8 with a byte-order mark so Excel shows umlauts correctly. */
export function participantsCsv(rows: readonly ParticipantRow[], delimiter: ';' | ','): string {
  const records = rows.map(({ enrolment, profile }) => [
    enrolment?.email ?? '',
    profile?.displayName ?? enrolment?.name ?? '',
    profile?.role ?? enrolment?.role ?? '',
    profile?.department ?? enrolment?.department ?? '',
    profile?.location ?? enrolment?.location ?? '',
    enrolment?.managerEmail ?? '',
    profile ? 'yes' : 'no',
    profile?.timeZone ?? '',
    profile?.languages.join(' ') ?? '',
    profile?.topics.join(' ') ?? '',
    profile?.availability.join(' ') ?? '',
    profile?.format ?? '',
    profile?.consent.givenAt ?? '',
    profile?.updatedAt ?? '',
  ]);
  return excelCsv([EXPORT_COLUMNS, ...records], delimiter);
}
