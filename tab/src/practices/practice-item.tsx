import type { ReactNode } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { LibraryPractice } from '../api/contract';
import type { Translate } from '../i18n/i18n';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  text: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The credit as the author chose it: their name, or "a mentor" / "a mentee" / "the programme team". */
export function creditLabel(practice: LibraryPractice, t: Translate): string {
  return practice.credit.kind === 'named' ? practice.credit.name : t(`practices.credit.${practice.credit.role}`);
}

/**
 * One good practice: title, what worked, topics, credit and link. The author's own practice is
 * marked, with its state, and (where `onWithdraw` is given) a button to take it back.
 */
export function PracticeItem({
  practice,
  t,
  onWithdraw,
  control,
  className,
}: {
  practice: LibraryPractice;
  t: Translate;
  onWithdraw?: (practice: LibraryPractice) => void;
  /** A further control in the item's action row (the report's "include" tick box). */
  control?: ReactNode;
  className?: string;
}) {
  const styles = useStyles();
  const withdrawable = practice.mine && practice.status !== 'rejected' && practice.status !== 'withdrawn';
  return (
    <li className={mergeClasses(styles.item, className)} data-practice={practice.id} data-status={practice.status}>
      <Subtitle2 as="h3" className={styles.heading}>
        {practice.title}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {practice.text}
      </Body1>
      <div className={styles.meta}>
        <Caption1>{practice.topics.map((topic) => topic.name).join(', ')}</Caption1>
        <Caption1>{` · ${t('practices.by', { credit: creditLabel(practice, t) })}`}</Caption1>
        {practice.mine && (
          <Badge appearance="tint" color={practice.status === 'published' ? 'success' : 'informative'}>
            {`${t('practices.mine')}: ${t(`practices.status.${practice.status}`)}`}
          </Badge>
        )}
      </div>
      <div className={styles.meta}>
        {practice.link && (
          <Link href={practice.link} target="_blank" rel="noopener noreferrer">
            {t('practices.link')}
          </Link>
        )}
        {withdrawable && onWithdraw && (
          <Button size="small" onClick={() => onWithdraw(practice)}>
            {t('practices.withdraw')}
          </Button>
        )}
        {control}
      </div>
    </li>
  );
}
