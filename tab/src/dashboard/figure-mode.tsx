import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../i18n/i18n';

/**
 * How the dashboard shows its figures: as charts (the default), or as tables, the accessible
 * alternative a screen reader or a copy-and-paste into a slide wants. One choice for every
 * block and view, kept while HR moves between views.
 */
export type FigureMode = 'chart' | 'table';

/** What every figure of the page shares: charts or tables, and the reader's language for numbers. */
export interface FigureSettings {
  mode: FigureMode;
  language: Language;
  /** Lower charts, for the printed report's two pages. */
  compact?: boolean;
  /** A chart's name for screen readers in the reader's language ("Diagramm: …"), in place of the library's English description. */
  chartName: (title: string) => string;
}

const FigureSettingsContext = createContext<FigureSettings>({
  mode: 'chart',
  language: 'en',
  chartName: (title) => title,
});

export const FigureSettingsProvider = FigureSettingsContext.Provider;

export function useFigureSettings(): FigureSettings {
  return useContext(FigureSettingsContext);
}

/** The block's chart, or its table when HR chose tables. */
export function ChartOrTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return <>{useFigureSettings().mode === 'chart' ? chart : table}</>;
}
