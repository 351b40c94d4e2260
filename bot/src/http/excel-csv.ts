import { stringify } from 'csv-stringify/sync';
import type { Response } from 'restify';

// A cell Excel would read as a formula (`=HYPERLINK(…)` typed as a name or a title) is a way to
// run something on HR's machine; a leading apostrophe makes Excel show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text for one cell that Excel shows as typed, never evaluates. */
export function excelSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV as German Excel opens it correctly: a UTF-8 byte order mark (umlauts), `;` between cells
 * by default, and every cell safe from formula injection.
 */
export function excelCsv(rows: readonly (readonly string[])[], delimiter = ';'): string {
  return `\uFEFF${stringify(
    rows.map((row) => row.map(excelSafeCell)),
    { delimiter },
  )}`;
}

/** Answers with a CSV download for Excel under this file name (`,` between cells for English readers' Excel). */
export function sendCsv(res: Response, fileName: string, rows: readonly (readonly string[])[], delimiter = ';'): void {
  res.header('Content-Type', 'text/csv; charset=utf-8');
  res.header('Content-Disposition', `attachment; filename="${fileName}"`);
  res.sendRaw(200, excelCsv(rows, delimiter));
}
