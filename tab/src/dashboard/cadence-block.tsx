import type { ProgrammeDashboard } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { formatDate, formatNumber } from '../journey/format';
import { CadenceChart } from './charts/cadence-chart';
import { FigureTable } from './figure-bars';
import { ChartOrTable } from './figure-mode';
import { FigureBlock } from './view-section';

/** Meetings per week: held, held so far, and the line that reaches every started pair's target by the end date. */
export function CadenceBlock({
  cadence,
  t,
  language,
}: {
  cadence: ProgrammeDashboard['overview']['cadence'];
  t: Translate;
  language: Language;
}) {
  const heldSoFar = cadence[cadence.length - 1]?.heldSoFar ?? 0;
  // Bars against the end of the target line: a week far behind it must not look full.
  const finalTarget = cadence[cadence.length - 1]?.targetLine ?? 0;
  return (
    <FigureBlock
      title={t('dashboard.cadence')}
      summary={t('dashboard.cadence.summary', {
        held: heldSoFar,
        target: formatNumber(cadence[cadence.length - 1]?.targetLine ?? 0, language),
      })}
    >
      <ChartOrTable
        chart={
          <CadenceChart
            title={t('dashboard.cadence')}
            cadence={cadence}
            legends={{ held: t('dashboard.cadence.heldSoFar'), target: t('dashboard.cadence.targetLine') }}
            language={language}
          />
        }
        table={
          <FigureTable
            label={t('dashboard.cadence')}
            scale={finalTarget}
            headers={[t('dashboard.week'), t('dashboard.cadence.held')]}
            rows={cadence.map((week) => ({
              label: formatDate(week.weekStart, language),
              value: t('dashboard.cadence.value', {
                held: week.held,
                heldSoFar: week.heldSoFar,
                target: formatNumber(week.targetLine, language),
              }),
              bar: week.heldSoFar,
            }))}
          />
        }
      />
    </FigureBlock>
  );
}
