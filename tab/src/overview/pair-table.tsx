import {
  Body1,
  Caption1,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { OverviewPair, ProgrammeOverview } from '../api/contract';
import type { Language, MessageKey, Translate } from '../i18n/i18n';
import {
  filterPairs,
  flagsPresent,
  sortPairs,
  type PairFilter,
  type PairSort,
  type PairSortColumn,
} from './pair-order';
import { PairRow } from './pair-row';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  text: { margin: 0 },
  filter: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Header cells in table order; the ones with a column can be sorted by. */
const COLUMNS: readonly { key: MessageKey; sort?: PairSortColumn }[] = [
  { key: 'overview.pair', sort: 'pair' },
  { key: 'overview.progress', sort: 'held' },
  { key: 'overview.last', sort: 'last' },
  { key: 'overview.next', sort: 'next' },
  { key: 'overview.flags' },
  { key: 'overview.open' },
];

export type OnOpen = (programmeId: string, pairId: string) => void;

/** One programme's pairs: a flag filter, a summary that counts what is shown, and a sortable table. */
export function PairTable({
  pairs,
  programme,
  t,
  language,
  onOpen,
}: {
  pairs: OverviewPair[];
  programme: ProgrammeOverview['programme'];
  t: Translate;
  language: Language;
  onOpen: OnOpen;
}) {
  const styles = useStyles();
  const [chosen, setFilter] = useState<PairFilter>('all');
  // When fresh data no longer has the chosen flag, show everything rather than an empty table.
  const filter = chosen === 'all' || flagsPresent(pairs).includes(chosen) ? chosen : 'all';
  const [sort, setSort] = useState<PairSort>();
  const shown = sortPairs(filterPairs(pairs, filter), sort, language);
  const flagged = shown.filter((p) => p.flags.length > 0).length;
  // A second click on the same column reverses it, as in Outlook and Excel.
  const sortBy = (column: PairSortColumn) =>
    setSort((s) => ({
      column,
      direction: s?.column === column && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const summary = (
    <Caption1 data-summary="overview">
      {filter === 'all'
        ? t('overview.summary', { pairs: pairs.length, flagged })
        : t('overview.summaryFiltered', { shown: shown.length, pairs: pairs.length })}
    </Caption1>
  );
  if (pairs.length === 0)
    return (
      <>
        {summary}
        <Body1 as="p" className={styles.text}>
          {t('overview.empty')}
        </Body1>
      </>
    );
  return (
    <>
      <FlagFilter {...{ pairs, filter, setFilter, t }} />
      {summary}
      <div className={styles.scroll}>
        <Table aria-label={t('overview.tableLabel', { name: programme.name })} size="small">
          <TableHeader>
            <TableRow>
              {COLUMNS.map(({ key, sort: column }) => (
                <TableHeaderCell
                  key={key}
                  sortable={column !== undefined}
                  sortDirection={column && sort?.column === column ? sort.direction : undefined}
                  onClick={column ? () => sortBy(column) : undefined}
                  data-sort={column}
                >
                  {t(key)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((pair) => (
              <PairRow key={pair.pairId} {...{ pair, programmeId: programme.id, t, language, onOpen }} />
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/**
 * "All", then each flag that occurs among the pairs, with the badges' labels. A toggle group rather
 * than a dropdown: there are at most seven choices, and HR sees at a glance which one is on.
 */
function FlagFilter({
  pairs,
  filter,
  setFilter,
  t,
}: {
  pairs: OverviewPair[];
  filter: PairFilter;
  setFilter: (filter: PairFilter) => void;
  t: Translate;
}) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('overview.filter')} className={styles.filter}>
      {(['all', ...flagsPresent(pairs)] as const).map((f) => (
        <ToggleButton key={f} size="small" checked={filter === f} onClick={() => setFilter(f)} data-filter={f}>
          {f === 'all' ? t('overview.filter.all') : t(`flag.${f}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
