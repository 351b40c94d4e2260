import type { ReactNode } from 'react';

/**
 * A box of a fixed height for a cartesian chart: the library sizes its drawing to the box it
 * sits in (its `height` prop does not), and falls back to 350 px in a box without a height.
 */
export function ChartFrame({ height, children }: { height: number; children: ReactNode }) {
  return <div style={{ height, minWidth: 0 }}>{children}</div>;
}
