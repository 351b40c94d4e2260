import type { ReactNode } from 'react';
import { Body1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../i18n/i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  download: { '@media print': { display: 'none' } },
});

/** One block of a view: a heading, the summary sentence that says what the figures show, the figures. */
export function FigureBlock({ title, summary, children }: { title: string; summary: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Body1 as="p" className={styles.text} data-summary>
        {summary}
      </Body1>
      {children}
    </section>
  );
}

/** The view's CSV through the server's signed link (it opens Excel-ready in the reader's language). */
export function DownloadCsv({ href, t }: { href: string; t: Translate }) {
  const styles = useStyles();
  return (
    <Link href={href} download className={styles.download} data-download>
      {t('dashboard.download')}
    </Link>
  );
}
