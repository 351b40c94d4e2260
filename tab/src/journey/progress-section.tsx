import { Body1, Caption1, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { Section } from './section';

const useStyles = makeStyles({
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, margin: 0, padding: 0 },
  figure: { display: 'flex', flexDirection: 'column', margin: 0 },
  number: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** "1 of 6": meetings held, planned and still to schedule, and the days left in the programme. */
export function ProgressSection({ journey, t }: { journey: Journey; t: Translate }) {
  const styles = useStyles();
  const { held, planned, target, toSchedule } = journey.meetings;
  const figures = [
    { key: 'held', value: held, label: t('progress.held') },
    { key: 'planned', value: planned, label: t('progress.planned') },
    { key: 'toSchedule', value: toSchedule, label: t('progress.toSchedule') },
    { key: 'daysLeft', value: journey.programme.daysLeft, label: t('progress.daysLeft') },
  ];
  return (
    <Section id="progress" title={t('progress.title')}>
      <Field label={t('progress.summary', { held, target })} hint={t('progress.hint', { planned })}>
        <ProgressBar
          value={Math.min(1, held / Math.max(1, target))}
          thickness="large"
          aria-valuetext={t('progress.summary', { held, target })}
        />
      </Field>
      <dl className={styles.figures}>
        {figures.map((f) => (
          <div key={f.key} className={styles.figure} data-figure={f.key}>
            <dt>
              <Caption1>{f.label}</Caption1>
            </dt>
            <dd style={{ margin: 0 }}>
              <Body1 className={styles.number}>{f.value}</Body1>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
