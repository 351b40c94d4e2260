import type { Guarded, ProgrammeDashboard, RatingSummary } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { formatNumber } from '../journey/format';
import { ColumnChart } from './charts/column-chart';
import { FigureBars, FigureTable } from './figure-bars';
import { ChartOrTable } from './figure-mode';
import { FigureBlock } from './view-section';

const PRACTICE_STATES = ['pending', 'approved', 'published'] as const;

/** Feedback: ratings only over enough people ("too few to show" below), learnings and good practices. */
export function FeedbackView({
  dashboard,
  t,
  language,
}: {
  dashboard: ProgrammeDashboard;
  t: Translate;
  language: Language;
}) {
  const { overall, perMeetingNumber, heldWithFeedback, learningsShared, goodPractices } = dashboard.feedback;
  return (
    <>
      <RatingsBlock title={t('dashboard.ratings')} ratings={overall} t={t} language={language} />
      {perMeetingNumber.map(({ meetingNumber, ratings }) => (
        <RatingsBlock
          key={meetingNumber}
          title={t('dashboard.ratings.meeting', { number: meetingNumber })}
          ratings={ratings}
          t={t}
          language={language}
        />
      ))}
      <FigureBlock
        title={t('dashboard.heldWithFeedback')}
        summary={
          heldWithFeedback.shown
            ? t('dashboard.heldWithFeedback.summary', {
                percent: Math.round(heldWithFeedback.value.share * 100),
                held: heldWithFeedback.value.held,
              })
            : t('dashboard.tooFew')
        }
      />
      <FigureBlock
        title={t('dashboard.practices')}
        summary={t('dashboard.practices.summary', { learnings: learningsShared, ...goodPractices })}
      >
        <FigureBars
          label={t('dashboard.practices')}
          headers={[t('dashboard.status'), t('dashboard.count')]}
          rows={[
            { label: t('dashboard.learningsShared'), value: learningsShared, bar: learningsShared },
            ...PRACTICE_STATES.map((state) => ({
              label: t(`dashboard.practices.${state}`),
              value: goodPractices[state],
              bar: goodPractices[state],
            })),
          ]}
        />
      </FigureBlock>
    </>
  );
}

/** A rating distribution with its average, or why it is withheld. */
export function RatingsBlock({
  title,
  ratings,
  t,
  language,
}: {
  title: string;
  ratings: Guarded<RatingSummary>;
  t: Translate;
  language: Language;
}) {
  if (!ratings.shown) return <FigureBlock title={title} summary={t('dashboard.tooFew')} />;
  const { distribution, average, responses } = ratings.value;
  const rows = distribution.map((count, index) => ({
    label: t('dashboard.stars', { stars: index + 1 }),
    value: count,
    bar: count,
  }));
  return (
    <FigureBlock
      title={title}
      summary={t('dashboard.ratings.summary', { average: formatNumber(average, language), responses })}
    >
      <ChartOrTable
        chart={<ColumnChart title={title} columns={rows.map((row) => ({ label: row.label, value: row.bar ?? 0 }))} />}
        table={<FigureTable label={title} headers={[t('dashboard.rating'), t('dashboard.count')]} rows={rows} />}
      />
    </FigureBlock>
  );
}
