import { Badge, Button, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { OverviewPair, PairFlag } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { formatDay } from '../journey/format';

const useStyles = makeStyles({
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const FLAG_COLOR: Record<PairFlag, 'danger' | 'warning' | 'informative'> = {
  'awaiting-confirmation': 'informative',
  'no-chat': 'warning',
  'no-meeting-yet': 'warning',
  quiet: 'danger',
  behind: 'danger',
  'at-risk': 'danger',
};

/** One pair: names, meetings against the target, last and next meeting, flags, and Open. */
export function PairRow({
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
  onOpen: (programmeId: string, pairId: string) => void;
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
