import { useState } from 'react';
import { Button, Title1, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey, ProgrammeOverview } from '../api/contract';
import { isLoaded, useResource } from '../api/use-resource';
import { pickLanguage, type Translate } from '../i18n/i18n';
import { JourneyView } from '../journey/journey-view';
import { OverviewList } from '../overview/overview-list';
import { FailureState, LoadingState, MessageState } from '../shell/page-states';
import type { HostContext } from '../teams/host-context';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    maxWidth: '72rem',
    margin: '0 auto',
  },
});

/** The personal tab "My programme": one's own journeys, and for HR the programme overview. */
export function PersonalPage({ host, t }: { host: HostContext; t: Translate }) {
  const styles = useStyles();
  const language = pickLanguage(host.locale);
  const [opened, setOpened] = useState<{ programmeId: string; pairId: string }>();
  const mine = useResource<{ journeys: Journey[] }>(host, '/api/journey/mine');
  const overview = useResource<{ programmes: ProgrammeOverview[] }>(host, '/api/overview');
  const pairPath = opened ? `/api/journey/pair/${opened.programmeId}/${encodeURIComponent(opened.pairId)}` : undefined;
  const pair = useResource<Journey>(host, pairPath);

  const body = () => {
    if (!isLoaded(mine) || !isLoaded(overview)) return <LoadingState t={t} />;
    if (!mine.ok || !overview.ok)
      return <FailureState t={t} status={mine.ok ? (overview.ok ? 0 : overview.status) : mine.status} />;
    if (opened) {
      return (
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
    }
    const journeys = mine.value.journeys;
    const programmes = overview.value.programmes;
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
          />
        )}
      </>
    );
  };

  return (
    <main aria-label={t('personal.landmark')} className={styles.main}>
      <Title1 as="h1">{t('personal.title')}</Title1>
      {body()}
    </main>
  );
}
