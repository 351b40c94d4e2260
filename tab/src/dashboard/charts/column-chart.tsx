import { VerticalBarChart } from '@fluentui/react-charts';
import { ChartFrame } from './chart-frame';
import { useChartSvgProps } from './chart-styles';
import { useFigureSettings } from '../figure-mode';
import { chartPoint, type ChartBar } from './bar-list-chart';
import { wholeTicks } from './whole-ticks';

/** A few columns side by side (a rating distribution: one to five stars). */
export function ColumnChart({ title, columns }: { title: string; columns: ChartBar[] }) {
  const { language, compact } = useFigureSettings();
  const svgProps = useChartSvgProps(title);
  const ticks = wholeTicks(Math.max(...columns.map((column) => column.value)));
  return (
    <ChartFrame height={compact ? 170 : 220}>
      <VerticalBarChart
        svgProps={svgProps}
        chartTitle={title}
        data={columns.map((column) => ({ x: column.label, y: column.value, ...chartPoint(column) }))}
        barWidth="auto"
        hideLegend
        yAxisTickValues={ticks}
        yMaxValue={ticks[ticks.length - 1]}
        culture={language}
      />
    </ChartFrame>
  );
}
