import { parse } from 'csv-parse/sync';
import { excelCsv, excelSafeCell } from '../../bot/src/http/excel-csv';

describe('CSV for Excel', () => {
  test.each([
    ['=HYPERLINK("https://evil.example","Klick")', '\'=HYPERLINK("https://evil.example","Klick")'],
    ['+49 221 123', "'+49 221 123"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Jürgen Müller', 'Jürgen Müller'],
    ['83', '83'],
  ])('%p is shown as typed', (cell, expected) => {
    expect(excelSafeCell(cell)).toBe(expected);
  });

  test('a byte order mark, semicolons, quoting where needed, and every cell safe', () => {
    const csv = excelCsv([
      ['name', 'note'],
      ['Jürgen; Müller', '=1+1'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv.slice(1), { delimiter: ';' })).toEqual([
      ['name', 'note'],
      ['Jürgen; Müller', "'=1+1"],
    ]);
  });
});
