import type { ReactNode } from 'react';
import { Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalL },
  section: { minWidth: 0 },
  heading: { margin: 0 },
});

/** One labelled region of the journey: a card whose heading names the landmark for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section} data-section={id}>
      <Card className={styles.card}>
        <Subtitle2 as="h2" id={`${id}-heading`} className={styles.heading}>
          {title}
        </Subtitle2>
        {children}
      </Card>
    </section>
  );
}
