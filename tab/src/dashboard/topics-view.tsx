import {
  Caption1,
  Subtitle2Stronger,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ProgrammeDashboard } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { BarListChart } from './charts/bar-list-chart';
import { ChartOrTable } from './figure-mode';
import { FigureBlock } from './view-section';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  // One small chart per topic: three side by side on a wide screen, one column on a phone.
  multiples: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
  },
  topic: { margin: 0 },
  // Topic names are long ("Kollaborations- und Kommunikations-Tools"); the counts are short.
  topicColumn: { width: '36%' },
});
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
        chart={<TopicCharts topics={topics} t={t} />}
        table={<TopicsTable topics={topics} t={t} label={t('dashboard.topics')} />}
      />
    </FigureBlock>
  );
}

/**
 * Small multiples: per topic, wanted against offered against covered, all on one scale, so a
 * topic short of mentors stands out on a phone as well as on a wide screen (a grouped column
 * chart of nine topics squeezes its labels away at phone width).
 */
function TopicCharts({ topics, t }: { topics: ProgrammeDashboard['topics']['topics']; t: Translate }) {
  const styles = useStyles();
  const largest = Math.max(0, ...topics.flatMap((topic) => CHARTED.map((column) => topic[column])));
  return (
    <div className={styles.multiples}>
      {topics.map((topic) => (
        <div key={topic.key} data-topic-chart={topic.key}>
          <Subtitle2Stronger as="h4" className={styles.topic}>
            {topic.name}
          </Subtitle2Stronger>
          {CHARTED.some((column) => topic[column] > 0) ? (
            <BarListChart
              title={topic.name}
              max={largest}
              bars={CHARTED.map((column) => ({ label: t(`dashboard.topic.bar.${column}`), value: topic[column] }))}
            />
          ) : (
            // Three empty bars say less than a sentence (and the chart draws their zeros mid-axis).
            <Caption1 as="p">{t('dashboard.topic.untouched')}</Caption1>
          )}
        </div>
      ))}
    </div>
  );
}

type TopicFigures = ProgrammeDashboard['topics']['topics'][number];
type TopicColumn = (typeof COLUMNS)[number];

/**
 * Topics with their figures as a table: every topic and column in the Topics view (the chart's
 * accessible alternative), the top five with the covered count first in the sponsor's report.
 */
export function TopicsTable({
  topics,
  t,
  label,
  columns = COLUMNS,
}: {
  topics: readonly TopicFigures[];
  t: Translate;
  label: string;
  columns?: readonly TopicColumn[];
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.topicColumn}>{t('dashboard.topic')}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column}>{t(`dashboard.topic.${column}`)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {topics.map((topic) => (
            <TableRow key={topic.key} data-topic={topic.key}>
              <TableCell>{topic.name}</TableCell>
              {columns.map((column) => (
                <TableCell key={column}>{topic[column]}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
