import { Body1, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { Section } from './section';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  text: { margin: 0 },
  coach: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Materials for the next topic first, then the programme's briefings; the coach for mentors. */
export function MaterialsSection({ journey, t }: { journey: Journey; t: Translate }) {
  const styles = useStyles();
  const next = journey.materials.filter((m) => m.topicKey && m.topicKey === journey.nextTopicKey);
  const rest = journey.materials.filter((m) => !next.includes(m));
  const ordered = [...next, ...rest];
  return (
    <Section id="materials" title={t('materials.title')}>
      {ordered.length === 0 && (
        <Body1 as="p" className={styles.text} data-empty="materials">
          {t('materials.empty')}
        </Body1>
      )}
      {ordered.length > 0 && (
        <ul className={styles.list}>
          {ordered.map((m) => (
            <li key={m.url}>
              <Link href={m.url} target="_blank" rel="noopener noreferrer">
                {m.title}
              </Link>
              {m.topic && (
                <Caption1>{` · ${next.includes(m) ? t('materials.forNext', { topic: m.topic }) : m.topic}`}</Caption1>
              )}
            </li>
          ))}
        </ul>
      )}
      {journey.coach && (
        <div className={styles.coach} data-section="coach">
          <Body1>
            <strong>{t('materials.coach')}</strong>
          </Body1>
          <Body1>{journey.coach.name}</Body1>
          <Link href={`mailto:${journey.coach.email}`}>{journey.coach.email}</Link>
        </div>
      )}
    </Section>
  );
}
