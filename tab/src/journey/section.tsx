import type { ReactNode } from 'react';
import { Card, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalL },
  section: { minWidth: 0 },
  wide: { gridColumn: '1 / -1' },
  heading: { margin: 0 },
});

/** One labelled region of the journey: a card whose heading names the landmark for screen readers. */
export function Section({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section aria-labelledby={`${id}-heading`} className={mergeClasses(styles.section, wide && styles.wide)} data-section={id}>
      <Card className={styles.card}>
        <Subtitle2 as="h2" id={`${id}-heading`} className={styles.heading}>{title}</Subtitle2>
        {children}
      </Card>
    </section>
  );
}
