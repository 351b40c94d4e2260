import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { LibraryPractice } from '../api/contract';
import type { MessageKey, Translate } from '../i18n/i18n';
import { PracticeItem } from './practice-item';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  text: { margin: 0 },
});

/** A list of good practices, or a line saying why there are none (`empty`, marked `data-empty={emptyId}`). */
export function PracticeList({
  practices,
  t,
  empty,
  emptyId,
  onWithdraw,
}: {
  practices: readonly LibraryPractice[];
  t: Translate;
  empty: MessageKey;
  emptyId: string;
  onWithdraw?: (practice: LibraryPractice) => void;
}) {
  const styles = useStyles();
  if (practices.length === 0)
    return (
      <Body1 as="p" className={styles.text} data-empty={emptyId}>
        {t(empty)}
      </Body1>
    );
  return (
    <ul className={styles.list}>
      {practices.map((practice) => (
        <PracticeItem key={practice.id} practice={practice} t={t} onWithdraw={onWithdraw} />
      ))}
    </ul>
  );
}
