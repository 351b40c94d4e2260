import { OTHER_GROUP } from '../../../bot/src/domain/dashboard/small-groups';
import type { ProgrammeDashboard } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { CadenceBlock } from './cadence-block';
import { HealthChart } from './charts/health-chart';
import { FigureBars, FigureTable } from './figure-bars';
import { ChartOrTable } from './figure-mode';
import { FigureBlock } from './view-section';

const HEALTH = ['on-track', 'behind', 'quiet', 'at-risk'] as const;

/** What each block of the Overview (and the sponsor's report) is given. */
export interface BlockProps {
  dashboard: ProgrammeDashboard;
  t: Translate;
  language: Language;
}

/** A count in the funnel by its stage name (0 for a stage the programme has not reached). */
export function funnelCount(dashboard: ProgrammeDashboard, stage: string): number {
  return dashboard.overview.funnel.find((s) => s.stage === stage)?.count ?? 0;
}

/** Meetings held so far and where the target line ends. */
export function meetingsSoFar(dashboard: ProgrammeDashboard): { held: number; target: number } {
  const last = dashboard.overview.cadence[dashboard.overview.cadence.length - 1];
  return { held: last?.heldSoFar ?? 0, target: last?.targetLine ?? 0 };
}

/** The pairs by health, and how many there are. */
export function healthCounts(dashboard: ProgrammeDashboard) {
  const { health } = dashboard.overview;
  return {
    parts: HEALTH.map((h) => ({ health: h, count: health[h] })),
    total: HEALTH.reduce((sum, h) => sum + health[h], 0),
  };
}

/** The Overview: the funnel from enrolment to target, who takes part, and how the pairs are doing. */
export function OverviewView(props: BlockProps) {
  return (
    <>
      <FunnelBlock {...props} />
      <PeopleBlock {...props} />
      <HealthBlock {...props} />
      {/* Last: a row per week of the programme, the longest table of the view. */}
      <CadenceBlock cadence={props.dashboard.overview.cadence} t={props.t} language={props.language} />
    </>
  );
}

export function FunnelBlock({ dashboard, t }: BlockProps) {
  return (
    <FigureBlock
      title={t('dashboard.funnel')}
      summary={t('dashboard.funnel.summary', {
        onboarded: funnelCount(dashboard, 'onboarded'),
        confirmed: funnelCount(dashboard, 'mentee-confirmed'),
        held: meetingsSoFar(dashboard).held,
      })}
    >
      <FigureBars
        label={t('dashboard.funnel')}
        headers={[t('dashboard.stage'), t('dashboard.count')]}
        rows={dashboard.overview.funnel.map((s) => ({
          label: t(`dashboard.stage.${s.stage}`),
          // The tab's translator has no plural forms: one pair or person gets its own string.
          value: t(`dashboard.unit.${s.unit}${s.count === 1 ? '.one' : ''}`, { count: s.count }),
          bar: s.count,
        }))}
      />
    </FigureBlock>
  );
}

function PeopleBlock({ dashboard, t }: BlockProps) {
  const { roles, departments } = dashboard.overview;
  return (
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
  );
}

export function HealthBlock({ dashboard, t }: BlockProps) {
  const { parts, total } = healthCounts(dashboard);
  const rows = parts.map(({ health, count }) => ({ label: t(`dashboard.health.${health}`), value: count, bar: count }));
  return (
    <FigureBlock
      title={t('dashboard.health')}
      summary={t('dashboard.health.summary', { onTrack: dashboard.overview.health['on-track'], total })}
    >
      <ChartOrTable
        chart={<HealthChart title={t('dashboard.health')} total={total} parts={rows} />}
        table={
          <FigureTable
            label={t('dashboard.health')}
            headers={[t('dashboard.status'), t('dashboard.count')]}
            rows={rows}
          />
        }
      />
    </FigureBlock>
  );
}
