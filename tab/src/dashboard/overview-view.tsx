import { OTHER_GROUP } from '../../../bot/src/domain/dashboard/small-groups';
import type { ProgrammeDashboard } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { CadenceBlock } from './cadence-block';
import { HealthChart } from './charts/health-chart';
import { FigureBars, FigureTable } from './figure-bars';
import { ChartOrTable } from './figure-mode';
import { FigureBlock } from './view-section';

const HEALTH = ['on-track', 'behind', 'quiet', 'at-risk'] as const;

/** The Overview: the funnel from enrolment to target, who takes part, and how the pairs are doing. */
export function OverviewView({
  dashboard,
  t,
  language,
}: {
  dashboard: ProgrammeDashboard;
  t: Translate;
  language: Language;
}) {
  const { funnel, roles, departments, health, cadence } = dashboard.overview;
  const count = (stage: string) => funnel.find((s) => s.stage === stage)?.count ?? 0;
  const heldSoFar = cadence[cadence.length - 1]?.heldSoFar ?? 0;
  return (
    <>
      <FigureBlock
        title={t('dashboard.funnel')}
        summary={t('dashboard.funnel.summary', {
          onboarded: count('onboarded'),
          confirmed: count('mentee-confirmed'),
          held: heldSoFar,
        })}
      >
        <FigureBars
          label={t('dashboard.funnel')}
          headers={[t('dashboard.stage'), t('dashboard.count')]}
          rows={funnel.map((s) => ({
            label: t(`dashboard.stage.${s.stage}`),
            // The tab's translator has no plural forms: one pair or person gets its own string.
            value: t(`dashboard.unit.${s.unit}${s.count === 1 ? '.one' : ''}`, { count: s.count }),
            bar: s.count,
          }))}
        />
      </FigureBlock>
      <FigureBlock
        title={t('dashboard.people')}
        summary={t('dashboard.people.summary', { mentors: roles.mentor, mentees: roles.mentee })}
      >
        <FigureBars
          label={t('dashboard.people')}
          headers={[t('dashboard.department'), t('dashboard.count')]}
          rows={departments.map((d) => ({
            label: d.group === OTHER_GROUP ? t('dashboard.other') : d.group,
            value: d.count,
            bar: d.count,
          }))}
        />
      </FigureBlock>
      <FigureBlock
        title={t('dashboard.health')}
        summary={t('dashboard.health.summary', {
          onTrack: health['on-track'],
          total: HEALTH.reduce((sum, h) => sum + health[h], 0),
        })}
      >
        <ChartOrTable
          chart={
            <HealthChart
              title={t('dashboard.health')}
              total={HEALTH.reduce((sum, h) => sum + health[h], 0)}
              parts={HEALTH.map((h) => ({ label: t(`dashboard.health.${h}`), value: health[h] }))}
            />
          }
          table={
            <FigureTable
              label={t('dashboard.health')}
              headers={[t('dashboard.status'), t('dashboard.count')]}
              rows={HEALTH.map((h) => ({ label: t(`dashboard.health.${h}`), value: health[h], bar: health[h] }))}
            />
          }
        />
      </FigureBlock>
      {/* Last: a row per week of the programme, the longest table of the view. */}
      <CadenceBlock cadence={cadence} t={t} language={language} />
    </>
  );
}
