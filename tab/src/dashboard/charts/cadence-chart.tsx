import { LineChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { ChartFrame } from './chart-frame';
import type { ProgrammeDashboard } from '../../api/contract';
import type { Language } from '../../i18n/i18n';
import { formatDate, formatNumber } from '../../journey/format';
import { useFigureSettings } from '../figure-mode';
import { useLegendProps, useChartSvgProps } from './chart-styles';
import { wholeTicks } from './whole-ticks';

/**
 * Meetings held so far, week by week, against the line that reaches every pair's target by
 * the end date: a programme behind its line shows the gap at a glance.
 */
export function CadenceChart({
  title,
  cadence,
  legends,
  language,
}: {
  title: string;
  cadence: ProgrammeDashboard['overview']['cadence'];
  legends: { held: string; target: string };
  language: Language;
}) {
  const { compact } = useFigureSettings();
  const svgProps = useChartSvgProps(title);
  const legendProps = useLegendProps();
  const ticks = wholeTicks(Math.max(...cadence.map((week) => Math.max(week.heldSoFar, week.targetLine))));
  const point = (weekStart: string, y: number) => ({
    x: new Date(`${weekStart}T12:00:00Z`),
    y,
    xAxisCalloutData: formatDate(weekStart, language),
    yAxisCalloutData: formatNumber(y, language),
  });
  return (
    <ChartFrame height={compact ? 230 : 300}>
      <LineChart
        svgProps={svgProps}
        data={{
          chartTitle: title,
          lineChartData: [
            {
              legend: legends.held,
              color: tokens.colorBrandBackground,
              data: cadence.map((week) => point(week.weekStart, week.heldSoFar)),
            },
            {
              legend: legends.target,
              color: tokens.colorNeutralForeground3,
              lineOptions: { strokeDasharray: '6 4' },
              data: cadence.map((week) => point(week.weekStart, week.targetLine)),
            },
          ],
        }}
        yAxisTickValues={ticks}
        yMaxValue={ticks[ticks.length - 1]}
        culture={language}
        legendProps={legendProps}
        customDateTimeFormatter={(date) => formatDate(date.toISOString().slice(0, 10), language)}
      />
    </ChartFrame>
  );
}
