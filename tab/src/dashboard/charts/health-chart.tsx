import { DonutChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { useFigureSettings } from '../figure-mode';
import type { ChartBar } from './bar-list-chart';
import { useLegendProps } from './chart-styles';

// The pairs' health in the colours Teams uses for good, caution, neutral and alarm.
const COLOURS = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorNeutralBackground5,
  tokens.colorPaletteRedBackground3,
];

/** How the pairs are doing, as shares of a ring with the number of pairs in its middle. */
export function HealthChart({ title, parts, total }: { title: string; parts: ChartBar[]; total: number }) {
  const { language, compact, chartName } = useFigureSettings();
  const legendProps = useLegendProps();
  return (
    // The block's heading names the ring; a drawn chart title would say it twice.
    <div role="figure" aria-label={chartName(title)}>
      <DonutChart
        data={{
          chartData: parts.map((part, index) => ({
            legend: part.label,
            data: part.value,
            color: COLOURS[index % COLOURS.length],
            xAxisCalloutData: part.label,
            yAxisCalloutData: part.text ?? String(part.value),
          })),
        }}
        innerRadius={55}
        height={compact ? 200 : 240}
        valueInsideDonut={total}
        hideLabels={false}
        culture={language}
        legendProps={legendProps}
      />
    </div>
  );
}
