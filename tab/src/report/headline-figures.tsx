import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ProgrammeDashboard } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { formatNumber } from '../journey/format';
import { funnelCount, healthCounts, meetingsSoFar } from '../dashboard/overview-view';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    '@media print': { gridTemplateColumns: 'repeat(4, 1fr)', gap: tokens.spacingHorizontalS },
  },
  tile: {
    display: 'flex',
    // The caption (dt) comes first for screen readers; the big figure shows above it.
    flexDirection: 'column-reverse',
    justifyContent: 'flex-end',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    breakInside: 'avoid',
    '@media print': { padding: tokens.spacingHorizontalS },
  },
  figure: {
    margin: 0,
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    '@media print': { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  },
});

/** One headline: the big figure and what it counts. */
interface Headline {
  key: string;
  figure: string;
  caption: string;
}

/** The figures a sponsor asks about first, as tiles; withheld ratings say so instead of a number. */
export function HeadlineFigures({
  dashboard,
  t,
  language,
}: {
  dashboard: ProgrammeDashboard;
  t: Translate;
  language: Language;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.grid}>
      {headlines(dashboard, t, language).map((headline) => (
        <div key={headline.key} className={styles.tile} data-headline={headline.key}>
          <dt>
            <Caption1>{headline.caption}</Caption1>
          </dt>
          <dd className={styles.figure}>{headline.figure}</dd>
        </div>
      ))}
    </dl>
  );
}

function headlines(dashboard: ProgrammeDashboard, t: Translate, language: Language): Headline[] {
  const { roles } = dashboard.overview;
  const meetings = meetingsSoFar(dashboard);
  const health = healthCounts(dashboard);
  const rating = dashboard.feedback.overall;
  const withFeedback = dashboard.feedback.heldWithFeedback;
  return [
    {
      key: 'onboarded',
      figure: formatNumber(funnelCount(dashboard, 'onboarded'), language),
      caption: t('report.headline.onboarded', { mentors: roles.mentor, mentees: roles.mentee }),
    },
    {
      key: 'pairs',
      figure: formatNumber(funnelCount(dashboard, 'mentee-confirmed'), language),
      caption: t('report.headline.pairs'),
    },
    {
      key: 'meetings',
      figure: formatNumber(meetings.held, language),
      caption: t('report.headline.meetings', { target: formatNumber(meetings.target, language) }),
    },
    {
      key: 'on-track',
      figure: formatNumber(dashboard.overview.health['on-track'], language),
      caption: t('report.headline.onTrack', { total: health.total }),
    },
    rating.shown
      ? {
          key: 'rating',
          figure: formatNumber(rating.value.average, language),
          caption: t('report.headline.rating', { responses: rating.value.responses }),
        }
      : { key: 'rating', figure: '–', caption: t('report.headline.ratingWithheld') },
    withFeedback.shown
      ? {
          key: 'feedback',
          figure: `${formatNumber(Math.round(withFeedback.value.share * 100), language)} %`,
          caption: t('report.headline.feedback'),
        }
      : { key: 'feedback', figure: '–', caption: t('report.headline.feedbackWithheld') },
    {
      key: 'published',
      figure: formatNumber(dashboard.feedback.goodPractices.published, language),
      caption: t('report.headline.published'),
    },
  ];
}
