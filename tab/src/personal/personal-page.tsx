import { Suspense, lazy, useState } from 'react';
import { Button, Tab, TabList, Title1, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey, ProgrammeOverview } from '../api/contract';
import { isLoaded, useResource } from '../api/use-resource';
import { pickLanguage, type Translate } from '../i18n/i18n';
import { JourneyView } from '../journey/journey-view';
import { dashboardProgrammeOf } from '../dashboard/dashboard-views';
import { OverviewList } from '../overview/overview-list';
import { PracticesPage } from '../practices/practices-page';
import { FailureState, LoadingState, MessageState } from '../shell/page-states';
import type { HostContext } from '../teams/host-context';

// HR's dashboard brings the chart library: a separate chunk, fetched only when an admin opens it.
const DashboardPage = lazy(() =>
  import('../dashboard/dashboard-page').then((module) => ({ default: module.DashboardPage })),
);

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    maxWidth: '72rem',
    margin: '0 auto',
  },
  // A printed dashboard or report starts with its own title: the tab's heading and navigation stay on screen.
  nav: { '@media print': { display: 'none' } },
});

/** The page id a link asked for: `?page=…`, or a Teams deep link's `subEntityId`. */
function askedPage(host: HostContext): string | undefined {
  return new URLSearchParams(window.location.search).get('page') ?? host.subPageId;
}

/** The page a link asked for: `good-practices` the library, anything else (a dashboard too) the programme. */
function initialPage(host: HostContext): 'programme' | 'practices' {
  return askedPage(host) === 'good-practices' ? 'practices' : 'programme';
}

/** The personal tab "My programme": one's journeys (and for HR the overview), and the good-practice library. */
export function PersonalPage({ host, t }: { host: HostContext; t: Translate }) {
  const styles = useStyles();
  const [page, setPage] = useState(() => initialPage(host));
  return (
    <main aria-label={t('personal.landmark')} className={styles.main}>
      <Title1 as="h1" className={styles.nav}>
        {t('personal.title')}
      </Title1>
      <TabList
        className={styles.nav}
        aria-label={t('personal.nav')}
        selectedValue={page}
        onTabSelect={(_, data) => setPage(data.value as 'programme' | 'practices')}
      >
        <Tab value="programme">{t('personal.nav.programme')}</Tab>
        <Tab value="practices" data-nav="practices">
          {t('personal.nav.practices')}
        </Tab>
      </TabList>
      {page === 'practices' ? <PracticesPage host={host} t={t} /> : <ProgrammePage host={host} t={t} />}
    </main>
  );
}

/** One's own journeys, and for HR the programme overview with a way into each pair's journey. */
function ProgrammePage({ host, t }: { host: HostContext; t: Translate }) {
  const language = pickLanguage(host.locale);
  const [opened, setOpened] = useState<{ programmeId: string; pairId: string }>();
  // The bot's `dashboard` command links `dashboard:<programmeId>`; the server decides who may see it.
  const [dashboardOf, setDashboardOf] = useState(() => dashboardProgrammeOf(askedPage(host)));
  const mine = useResource<{ journeys: Journey[] }>(host, '/api/journey/mine');
  const overview = useResource<{ programmes: ProgrammeOverview[] }>(host, '/api/overview');
  const pairPath = opened ? `/api/journey/pair/${opened.programmeId}/${encodeURIComponent(opened.pairId)}` : undefined;
  const pair = useResource<Journey>(host, pairPath);

  const body = () => {
    if (!isLoaded(mine) || !isLoaded(overview)) return <LoadingState t={t} />;
    if (!mine.ok || !overview.ok)
      return <FailureState t={t} status={mine.ok ? (overview.ok ? 0 : overview.status) : mine.status} />;
    const journeys = mine.value.journeys;
    const programmes = overview.value.programmes;
    const dashboard = dashboardOf && (
      <Suspense fallback={<LoadingState t={t} />}>
        <DashboardPage
          {...{ host, t, language }}
          programmeId={dashboardOf}
          overview={programmes.find((o) => o.programme.id === dashboardOf)}
          onOpenPair={(programmeId, pairId) => setOpened({ programmeId, pairId })}
          onBack={() => setDashboardOf(undefined)}
        />
      </Suspense>
    );
    const journey = opened && (
      <>
        <div>
          <Button onClick={() => setOpened(undefined)}>{t('overview.back')}</Button>
        </div>
        {!isLoaded(pair) ? (
          <LoadingState t={t} />
        ) : pair.ok ? (
          <JourneyView journey={pair.value} t={t} language={language} host={host} titleAs="h2" />
        ) : (
          <FailureState t={t} status={pair.status} />
        )}
      </>
    );
    // The dashboard stays in the same place in the tree, hidden while a pair's journey is open:
    // back from a pair, HR finds it as they left it (view, sorting, filter).
    if (dashboard)
      return (
        <>
          {journey}
          <div hidden={!!opened}>{dashboard}</div>
        </>
      );
    if (journey) return journey;
    if (journeys.length === 0 && programmes.length === 0)
      return <MessageState t={t} title="personal.empty.title" text="personal.empty.text" />;
    return (
      <>
        {journeys.map((journey) => (
          <JourneyView key={journey.pairId} journey={journey} t={t} language={language} host={host} titleAs="h2" />
        ))}
        {programmes.length > 0 && (
          <OverviewList
            overviews={programmes}
            t={t}
            language={language}
            onOpen={(programmeId, pairId) => setOpened({ programmeId, pairId })}
            onDashboard={setDashboardOf}
          />
        )}
      </>
    );
  };

  return body();
}
