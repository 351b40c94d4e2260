import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PairFlag, ProgrammeOverview } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { formatDay } from '../journey/format';

const useStyles = makeStyles({
  programme: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
  },
  scroll: { overflowX: 'auto' },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { margin: 0 },
});

const FLAG_COLOR: Record<PairFlag, 'danger' | 'warning' | 'informative'> = {
  'awaiting-confirmation': 'informative',
  'no-chat': 'warning',
  'no-meeting-yet': 'warning',
  quiet: 'danger',
  behind: 'danger',
  'at-risk': 'danger',
};

const COLUMNS = [
  'overview.pair',
  'overview.progress',
  'overview.last',
  'overview.next',
  'overview.flags',
  'overview.open',
] as const;

type OverviewPair = ProgrammeOverview['pairs'][number];
type OnOpen = (programmeId: string, pairId: string) => void;

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
          <Caption1>
            {t('overview.summary', { pairs: pairs.length, flagged: pairs.filter((p) => p.flags.length > 0).length })}
          </Caption1>
          {pairs.length === 0 ? (
            <Body1 as="p" className={styles.text}>
              {t('overview.empty')}
            </Body1>
          ) : (
            <div className={styles.scroll}>
              <Table aria-label={t('overview.tableLabel', { name: programme.name })} size="small">
                <TableHeader>
                  <TableRow>
                    {COLUMNS.map((key) => (
                      <TableHeaderCell key={key}>{t(key)}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {pairs.map((pair) => (
                    <PairRow key={pair.pairId} {...{ pair, programmeId: programme.id, t, language, onOpen }} />
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </Card>
      ))}
    </>
  );
}

/** One pair: names, meetings against the target, last and next meeting, flags, and Open. */
function PairRow({
  pair,
  programmeId,
  t,
  language,
  onOpen,
}: {
  pair: OverviewPair;
  programmeId: string;
  t: Translate;
  language: Language;
  onOpen: OnOpen;
}) {
  const styles = useStyles();
  return (
    <TableRow data-pair={pair.pairId}>
      <TableCell>{t('overview.names', { mentor: pair.mentor, mentee: pair.mentee })}</TableCell>
      <TableCell>{t('overview.counts', { held: pair.held, planned: pair.planned, target: pair.target })}</TableCell>
      <TableCell>{formatDay(pair.lastMeetingAt, language)}</TableCell>
      <TableCell>{formatDay(pair.nextMeetingAt, language)}</TableCell>
      <TableCell>
        <span className={styles.flags}>
          {pair.flags.length === 0 ? (
            <Badge appearance="tint" color="success">
              {t('overview.onTrack')}
            </Badge>
          ) : (
            pair.flags.map((flag) => (
              <Badge key={flag} appearance="tint" color={FLAG_COLOR[flag]}>
                {t(`flag.${flag}`)}
              </Badge>
            ))
          )}
        </span>
      </TableCell>
      <TableCell>
        {pair.status === 'confirmed' && (
          <Button
            size="small"
            onClick={() => onOpen(programmeId, pair.pairId)}
            aria-label={t('overview.openPair', { mentor: pair.mentor, mentee: pair.mentee })}
          >
            {t('overview.open')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
