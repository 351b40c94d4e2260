import { makeStyles } from '@fluentui/react-components';
import { useFigureSettings } from '../figure-mode';

const useStyles = makeStyles({
  // The chart library capitalises every word of a legend, which is wrong in German
  // ("Von Mentees Gewünscht"); our strings are already written as they should read.
  legendText: { textTransform: 'none' },
});

/** Legend props every dashboard chart shares: wrapped onto more lines at phone width rather than hidden behind "+2 more". */
export function useLegendProps() {
  const styles = useStyles();
  return { styles: { text: styles.legendText }, enabledWrapLines: true };
}

/**
 * The drawing's accessible name in the reader's language ("Diagramm: Treffen pro Woche"), in
 * place of the library's own English description ("Horizontal bar chart with 8 bars. …").
 */
export function useChartSvgProps(title: string) {
  return { 'aria-label': useFigureSettings().chartName(title) };
}
