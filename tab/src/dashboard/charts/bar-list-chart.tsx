import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { ChartFrame } from './chart-frame';
import { useChartSvgProps } from './chart-styles';
import { useFigureSettings } from '../figure-mode';
import { wholeTicks } from './whole-ticks';

/** One bar: its label, its length, and the figure as the table writes it (for the hover card). */
export interface ChartBar {
  label: string;
  value: number;
  text?: string;
}

/** What every bar or column of a dashboard chart shares: the brand colour and its hover card (label, figure as written). */
export function chartPoint(bar: ChartBar) {
  return {
    color: tokens.colorBrandBackground,
    xAxisCalloutData: bar.label,
    yAxisCalloutData: bar.text ?? String(bar.value),
  };
}

// Bars of 24 px plus their gaps (less in the compact report); the axis and margins need the rest.
const ROW_HEIGHT = 36;
const COMPACT_ROW_HEIGHT = 26;
const AXES_HEIGHT = 48;
// The library measures nothing before drawing: the left margin must fit the longest label
// (about 7 px per character of its bold 10 px axis font), within reason at phone width.
const LABEL_CHAR_WIDTH = 7;
const LABEL_MAX_CHARS = 26;

/**
 * Labelled horizontal bars, one per row, in the order given (funnel stages, departments,
 * statuses): long German labels read better on the side than under a bar.
 */
export function BarListChart({ title, bars, max }: { title: string; bars: ChartBar[]; max?: number }) {
  const { language, compact } = useFigureSettings();
  const svgProps = useChartSvgProps(title);
  const longest = Math.min(LABEL_MAX_CHARS, Math.max(0, ...bars.map((bar) => bar.label.length)));
  const ticks = wholeTicks(Math.max(max ?? 0, ...bars.map((bar) => bar.value)));
  return (
    <ChartFrame height={AXES_HEIGHT + bars.length * (compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT)}>
      <HorizontalBarChartWithAxis
        svgProps={svgProps}
        chartTitle={title}
        // Listed from the top: the chart draws its first category at the bottom.
        data={[...bars].reverse().map((bar) => ({ x: bar.value, y: bar.label, ...chartPoint(bar) }))}
        yAxisCategoryOrder="data"
        tickValues={ticks}
        xMinValue={0}
        xMaxValue={ticks[ticks.length - 1]}
        culture={language}
        margins={{ left: 24 + longest * LABEL_CHAR_WIDTH, right: 24 }}
        barHeight={compact ? 18 : 24}
        hideLegend
        showYAxisLables
        showYAxisLablesTooltip
        noOfCharsToTruncate={LABEL_MAX_CHARS}
      />
    </ChartFrame>
  );
}
