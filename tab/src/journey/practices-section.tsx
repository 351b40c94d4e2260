import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { PracticeItem } from '../practices/practice-item';
import { Section } from './section';

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

/** Next to the materials: what worked in other tandems on the next meeting's topic (shown once a next topic is set). */
export function PracticesSection({ journey, t }: { journey: Journey; t: Translate }) {
  const styles = useStyles();
  if (!journey.nextTopicKey) return null;
  return (
    <Section id="journey-practices" title={t('practices.forNext')}>
      {journey.practices.length === 0 ? (
        <Body1 as="p" className={styles.text} data-empty="journey-practices">
          {t('practices.forNextEmpty')}
        </Body1>
      ) : (
        <ul className={styles.list}>
          {journey.practices.map((practice) => (
            <PracticeItem key={practice.id} practice={practice} t={t} />
          ))}
        </ul>
      )}
    </Section>
  );
}
