import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BarListChart } from './charts/bar-list-chart';
import { ChartOrTable } from './figure-mode';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  track: { minWidth: '6rem', height: '0.75rem', backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    height: '100%',
    backgroundColor: tokens.colorBrandBackground,
    // Printers drop backgrounds by default; a report without its bars says less.
    '@media print': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
  },
});

/** One row: a label, its number as text, and the number the bar shows. */
export interface FigureRow {
  label: string;
  value: string | number;
  bar?: number;
}

/**
 * Figures as horizontal bars (a chart), or, when HR chose tables, as an accessible table
 * whose CSS bars are decoration scaled to the largest row, or to `scale` when the rows
 * measure against a known whole (meetings so far against the target).
 */
export function FigureBars(props: { label: string; headers: [string, string]; rows: FigureRow[]; scale?: number }) {
  const { label, rows, scale } = props;
  return (
    <ChartOrTable
      chart={
        <BarListChart
          title={label}
          max={scale}
          bars={rows.map((row) => ({ label: row.label, value: row.bar ?? 0, text: String(row.value) }))}
        />
      }
      table={<FigureTable {...props} />}
    />
  );
}

export function FigureTable({
  label,
  headers,
  rows,
  scale,
}: {
  label: string;
  headers: [string, string];
  rows: FigureRow[];
  scale?: number;
}) {
  const styles = useStyles();
  const largest = Math.max(1, scale ?? 0, ...rows.map((row) => row.bar ?? 0));
  return (
    <div className={styles.scroll}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            {headers.map((header) => (
              <TableHeaderCell key={header}>{header}</TableHeaderCell>
            ))}
            <TableHeaderCell aria-hidden="true" />
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableCell>{row.label}</TableCell>
              <TableCell>{row.value}</TableCell>
              <TableCell aria-hidden="true">
                {row.bar !== undefined && (
                  <div className={styles.track}>
                    <div className={styles.bar} style={{ width: `${(row.bar / largest) * 100}%` }} />
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
