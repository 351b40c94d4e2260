import {
  Body1,
  Button,
  Caption1,
  Subtitle1,
  Title2,
  makeStaticStyles,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ProgrammeDashboard } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { formatDate, formatDay } from '../journey/format';
import { CadenceBlock } from '../dashboard/cadence-block';
import { RatingsBlock } from '../dashboard/feedback-view';
import { FigureSettingsProvider } from '../dashboard/figure-mode';
import { FunnelBlock, HealthBlock } from '../dashboard/overview-view';
import { TopicsTable } from '../dashboard/topics-view';
import type { HostContext } from '../teams/host-context';
import { HeadlineFigures } from './headline-figures';
import { ReportPractices } from './report-practices';
import { topTopics } from './top-topics';

// A4 with the margins most office printers keep; the report is laid out for its width.
const usePageStyles = makeStaticStyles('@page { size: A4; margin: 14mm; }');

const useStyles = makeStyles({
  // On screen the report is a sheet of A4's printable width (182 mm at 96 dpi), so the
  // charts are drawn at the width they will be printed at.
  sheet: {
    maxWidth: '688px',
    width: '100%',
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    // Paper is scarcer than screen: two A4 pages hold the whole report, the charts on the
    // first. Slightly smaller type on paper (14 px × 0.92, about 9.7 pt) buys the room.
    '@media print': { maxWidth: 'none', gap: tokens.spacingVerticalS, zoom: 0.92 },
  },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, '@media print': { display: 'none' } },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { '@media print': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 } },
  part: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media print': { gap: tokens.spacingVerticalS },
  },
  // A chart or table cut in half by a page break says less than one moved to the next page.
  block: { breakInside: 'avoid' },
  screenOnly: { '@media print': { display: 'none' } },
  // Two charts side by side on the sheet (so the first page holds them all), one column on a phone.
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * The programme report for the board sponsor: headline figures, the charts, the top topics and
 * the good practices HR picked, on a sheet that prints (or saves as PDF) as one or two A4 pages.
 * Aggregates only, exactly as the dashboard shows them.
 */
export function ProgrammeReport({
  host,
  dashboard,
  t,
  language,
  onBack,
}: {
  host: HostContext;
  dashboard: ProgrammeDashboard;
  t: Translate;
  language: Language;
  onBack: () => void;
}) {
  usePageStyles();
  const styles = useStyles();
  const { programme } = dashboard;
  const blockProps = { dashboard, t, language };
  return (
    <article className={styles.sheet} aria-labelledby="report-title" data-section="report">
      <div className={styles.controls}>
        <Button onClick={onBack}>{t('report.back')}</Button>
        <Button appearance="primary" onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </div>
      <header className={styles.header}>
        <Title2 as="h2" id="report-title" className={styles.title}>
          {t('report.title', { name: programme.name })}
        </Title2>
        <Caption1>
          {t('report.period', {
            start: formatDate(programme.startDate, language),
            end: formatDate(programme.endDate, language),
            today: formatDay(dashboard.asOf, language),
          })}
        </Caption1>
      </header>
      <ReportPart title={t('report.glance')} headingOnScreenOnly>
        <HeadlineFigures {...blockProps} />
      </ReportPart>
      {/* The report always draws charts: it is for reading on paper, the tables are in the dashboard. */}
      <FigureSettingsProvider
        value={{ mode: 'chart', language, compact: true, chartName: (title) => t('dashboard.chart', { title }) }}
      >
        <div className={styles.charts}>
          <div className={styles.block}>
            <FunnelBlock {...blockProps} />
          </div>
          <div className={styles.block}>
            <HealthBlock {...blockProps} />
          </div>
          <div className={styles.block}>
            <CadenceBlock cadence={dashboard.overview.cadence} t={t} language={language} />
          </div>
          <div className={styles.block}>
            <RatingsBlock
              title={t('dashboard.ratings')}
              ratings={dashboard.feedback.overall}
              t={t}
              language={language}
            />
          </div>
        </div>
      </FigureSettingsProvider>
      <ReportPart title={t('report.topics')}>
        <TopTopicsTable dashboard={dashboard} t={t} />
      </ReportPart>
      <ReportPart title={t('report.practices')}>
        <ReportPractices host={host} t={t} programmeId={programme.id} />
      </ReportPart>
      <Body1 as="p" className={styles.note}>
        {t('report.confidential', { minGroup: dashboard.minGroup })}
      </Body1>
    </article>
  );
}

function ReportPart({
  title,
  headingOnScreenOnly,
  children,
}: {
  title: string;
  /** On paper the part speaks for itself (the headline tiles): its heading would cost a line. */
  headingOnScreenOnly?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.part} aria-label={title}>
      <Subtitle1 as="h3" className={headingOnScreenOnly ? styles.screenOnly : undefined}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}

// For the sponsor, what the pairs did comes first: covered in meetings, then chosen, wanted, offered.
const TOPIC_COLUMNS = ['covered', 'chosen', 'wanted', 'offered'] as const;

/** The topics the pairs spend their meetings on, most covered first. */
function TopTopicsTable({ dashboard, t }: { dashboard: ProgrammeDashboard; t: Translate }) {
  const styles = useStyles();
  const top = topTopics(dashboard.topics.topics);
  if (top.length === 0) return <Body1 as="p">{t('report.topics.none')}</Body1>;
  return (
    <div className={styles.block}>
      <TopicsTable topics={top} t={t} label={t('report.topics')} columns={TOPIC_COLUMNS} />
    </div>
  );
}
