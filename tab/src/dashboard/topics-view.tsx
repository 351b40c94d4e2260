import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import type { ProgrammeDashboard } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { GroupedColumnChart } from './charts/grouped-column-chart';
import { ChartOrTable } from './figure-mode';
import { FigureBlock } from './view-section';

const useStyles = makeStyles({ scroll: { overflowX: 'auto' } });
const COLUMNS = ['wanted', 'offered', 'chosen', 'covered'] as const;
// The chart compares demand, supply and what the pairs covered; the table has all four.
const CHARTED = ['wanted', 'offered', 'covered'] as const;

/** Topics: supply (mentors offering) against demand (mentees wanting), and what the pairs took up. */
export function TopicsView({ dashboard, t }: { dashboard: ProgrammeDashboard; t: Translate }) {
  const { topics, customChosen } = dashboard.topics;
  const shortOf = topics.filter((topic) => topic.wanted > topic.offered).map((topic) => topic.name);
  return (
    <FigureBlock
      title={t('dashboard.topics')}
      summary={
        shortOf.length > 0
          ? t('dashboard.topics.short', { topics: shortOf.join(', '), custom: customChosen })
          : t('dashboard.topics.covered', { custom: customChosen })
      }
    >
      <ChartOrTable
        chart={
          <GroupedColumnChart
            title={t('dashboard.topics')}
            series={CHARTED.map((column) => t(`dashboard.topic.${column}`))}
            groups={topics.map((topic) => ({ label: topic.name, values: CHARTED.map((column) => topic[column]) }))}
          />
        }
        table={<TopicsTable topics={topics} t={t} />}
      />
    </FigureBlock>
  );
}

/** Every column per topic, the chart's accessible alternative. */
function TopicsTable({ topics, t }: { topics: ProgrammeDashboard['topics']['topics']; t: Translate }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table aria-label={t('dashboard.topics')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('dashboard.topic')}</TableHeaderCell>
            {COLUMNS.map((column) => (
              <TableHeaderCell key={column}>{t(`dashboard.topic.${column}`)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {topics.map((topic) => (
            <TableRow key={topic.key} data-topic={topic.key}>
              <TableCell>{topic.name}</TableCell>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{topic[column]}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
