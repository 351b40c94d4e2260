import { useState } from 'react';
import { Button, Caption1, Switch, Tab, TabList, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { ProgrammeOverview } from '../api/contract';
import { isLoaded, useResource } from '../api/use-resource';
import type { Language, Translate } from '../i18n/i18n';
import { formatDate } from '../journey/format';
import { OverviewList } from '../overview/overview-list';
import { ProgrammeReport } from '../report/programme-report';
import { FailureState, LoadingState, MessageState } from '../shell/page-states';
import type { HostContext } from '../teams/host-context';
import { VIEWS, type DashboardAnswer } from './dashboard-views';
import { FeedbackView } from './feedback-view';
import { FigureSettingsProvider, type FigureMode } from './figure-mode';
import { NewsView } from './news-view';
import { OverviewView } from './overview-view';
import { TopicsView } from './topics-view';
import { DownloadCsv } from './view-section';

const useStyles = makeStyles({
  dashboard: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // A printed report shows the figures, not the controls around them.
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    '@media print': { display: 'none' },
  },
  switch: { '@media print': { display: 'none' } },
  views: { overflowX: 'auto', '@media print': { display: 'none' } },
});

type View = (typeof VIEWS)[number];

/** HR's dashboard of one programme: five views of aggregates, each with its CSV download. */
export function DashboardPage(props: {
  host: HostContext;
  t: Translate;
  language: Language;
  programmeId: string;
  /** The programme's pairs table (the Pairs view), when the overview has it. */
  overview?: ProgrammeOverview;
  onOpenPair: (programmeId: string, pairId: string) => void;
  onBack: () => void;
}) {
  const { host, t, language, programmeId } = props;
  const styles = useStyles();
  const [view, setView] = useState<View>('overview');
  const [figureMode, setFigureMode] = useState<FigureMode>('chart');
  const [reporting, setReporting] = useState(false);
  const answer = useResource<DashboardAnswer>(host, `/api/programmes/${encodeURIComponent(programmeId)}/dashboard`);
  if (!isLoaded(answer)) return <LoadingState t={t} />;
  // The general 403 speaks of a private journey; here it is a dashboard for admins only.
  if (!answer.ok && answer.status === 403)
    return <MessageState t={t} title="dashboard.denied.title" text="dashboard.denied.text" role="alert" />;
  if (!answer.ok) return <FailureState t={t} status={answer.status} />;
  const dashboard = answer.value;
  const { programme } = dashboard;
  if (reporting) return <ProgrammeReport {...{ host, t, language, dashboard }} onBack={() => setReporting(false)} />;
  return (
    <section className={styles.dashboard} aria-labelledby="dashboard-title" data-section="dashboard">
      <div className={styles.controls}>
        <Button onClick={props.onBack}>{t('overview.back')}</Button>
        <Button appearance="primary" onClick={() => setReporting(true)}>
          {t('dashboard.report')}
        </Button>
      </div>
      <Title2 as="h2" id="dashboard-title">
        {t('dashboard.title', { name: programme.name })}
      </Title2>
      <Caption1>
        {t('dashboard.period', {
          start: formatDate(programme.startDate, language),
          end: formatDate(programme.endDate, language),
          minGroup: dashboard.minGroup,
        })}
      </Caption1>
      <TabList
        className={styles.views}
        aria-label={t('dashboard.views')}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v} data-view={v}>
            {t(`dashboard.view.${v}`)}
          </Tab>
        ))}
      </TabList>
      <Switch
        className={styles.switch}
        label={t('dashboard.tables')}
        checked={figureMode === 'table'}
        onChange={(_, data) => setFigureMode(data.checked ? 'table' : 'chart')}
      />
      <div role="tabpanel" aria-label={t(`dashboard.view.${view}`)} data-panel={view}>
        <FigureSettingsProvider
          value={{ mode: figureMode, language, chartName: (title) => t('dashboard.chart', { title }) }}
        >
          {view !== 'pairs' && <ViewBody {...props} view={view} dashboard={dashboard} />}
        </FigureSettingsProvider>
        {/* Mounted while HR looks at other views, so the pairs keep their sorting and filter. */}
        {props.overview && (
          <div hidden={view !== 'pairs'}>
            <OverviewList overviews={[props.overview]} t={t} language={language} onOpen={props.onOpenPair} />
          </div>
        )}
      </div>
      <DownloadCsv href={dashboard.downloads[view]} t={t} />
    </section>
  );
}

// The Pairs view is not among these: it stays mounted beside them (see DashboardPage).
function ViewBody(
  props: Parameters<typeof DashboardPage>[0] & { view: Exclude<View, 'pairs'>; dashboard: DashboardAnswer },
) {
  const { view, dashboard, t, language } = props;
  switch (view) {
    case 'overview':
      return <OverviewView dashboard={dashboard} t={t} language={language} />;
    case 'topics':
      return <TopicsView dashboard={dashboard} t={t} />;
    case 'feedback':
      return <FeedbackView dashboard={dashboard} t={t} language={language} />;
    case 'news':
      return <NewsView dashboard={dashboard} t={t} language={language} />;
  }
}
