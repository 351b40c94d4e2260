import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { ChartFrame } from './chart-frame';
import { useFigureSettings } from '../figure-mode';
import { useLegendProps } from './chart-styles';
import { wholeTicks } from './whole-ticks';

/** One group of columns per category (a topic), one column per series (wanted, offered, covered). */
export interface ColumnGroup {
  label: string;
  values: number[];
}

const COLOURS = [
  tokens.colorBrandBackground,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteBerryBackground3,
];

/** Supply against demand per topic: series side by side so a short supply stands out. */
export function GroupedColumnChart({
  title,
  series,
  groups,
}: {
  title: string;
  series: string[];
  groups: ColumnGroup[];
}) {
  const { language, chartName } = useFigureSettings();
  const legendProps = useLegendProps();
  const ticks = wholeTicks(Math.max(...groups.flatMap((group) => group.values)));
  return (
    <ChartFrame height={300}>
      <GroupedVerticalBarChart
        // The library's own description is English ("Horizontal bar chart with 8 bars").
        svgProps={{ 'aria-label': chartName(title) }}
        chartTitle={title}
        data={groups.map((group) => ({
          name: group.label,
          series: series.map((legend, index) => ({
            key: `${group.label}-${legend}`,
            legend,
            data: group.values[index] ?? 0,
            color: COLOURS[index % COLOURS.length],
            xAxisCalloutData: group.label,
          })),
        }))}
        barWidth="auto"
        wrapXAxisLables
        yAxisTickValues={ticks}
        yMaxValue={ticks[ticks.length - 1]}
        culture={language}
        legendProps={legendProps}
      />
    </ChartFrame>
  );
}
