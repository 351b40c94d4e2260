import { Button, Card, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ProgrammeOverview } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { PairTable, type OnOpen } from './pair-table';

const useStyles = makeStyles({
  programme: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
  },
});

/**
 * HR's overview: each programme's pairs with progress and flags; a pair opens its read-only
 * journey. With `onDashboard` each programme offers its dashboard (inside it, this is the Pairs view).
 */
export function OverviewList({
  overviews,
  t,
  language,
  onOpen,
  onDashboard,
}: {
  overviews: ProgrammeOverview[];
  t: Translate;
  language: Language;
  onOpen: OnOpen;
  onDashboard?: (programmeId: string) => void;
}) {
  const styles = useStyles();
  return (
    <>
      {overviews.map(({ programme, pairs }) => (
        <Card
          as="div"
          key={programme.id}
          className={styles.programme}
          role="region"
          aria-labelledby={`programme-${programme.id}`}
          data-section="overview"
        >
          <Subtitle1 as="h2" id={`programme-${programme.id}`}>
            {programme.name}
          </Subtitle1>
          {onDashboard && (
            <div>
              <Button appearance="primary" onClick={() => onDashboard(programme.id)} data-open-dashboard={programme.id}>
                {t('dashboard.open')}
              </Button>
            </div>
          )}
          <PairTable {...{ pairs, programme, t, language, onOpen }} />
        </Card>
      ))}
    </>
  );
}
