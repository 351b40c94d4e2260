import type { LapState } from './lap-state';

/**
 * Scratch arrays for the shortest-path search, allocated once per solve and reused for
 * every free row, so the hot loop allocates nothing.
 */
export interface PathScratch {
  /** Shortest reduced distance found so far from the free row to each column. */
  readonly distance: Float64Array;
  /** The row through which each column was reached (to walk the path back). */
  readonly via: Int32Array;
  /**
   * A permutation of the columns in three bands: [0, lo) scanned, [lo, hi) at the current
   * minimum distance and waiting to be scanned, [hi, cols) not yet reached at that distance.
   */
  readonly order: Int32Array;
  lo: number;
  hi: number;
}

/** Scratch space for a problem with `cols` columns. */
export function createPathScratch(cols: number): PathScratch {
  return { distance: new Float64Array(cols), via: new Int32Array(cols), order: new Int32Array(cols), lo: 0, hi: 0 };
}

/**
 * Assigns one free row by a shortest augmenting path (Dijkstra on reduced costs, as in
 * LAPJV's augmentation phase), then updates the potentials so reduced costs stay non-negative
 * and every assigned pair stays tight. Columns are scanned in index order and the first free
 * column at the minimum distance wins, which is what makes equal optima come out the same
 * way every time.
 */
export function augmentRow(state: LapState, scratch: PathScratch, row: number): void {
  const { distance, via, order } = scratch;
  const { cost, cols, potential } = state;
  const base = row * cols;
  for (let col = 0; col < cols; col++) {
    order[col] = col;
    distance[col] = cost[base + col]! - potential[col]!;
    via[col] = row;
  }
  scratch.lo = 0;
  scratch.hi = 0;
  let settled = 0;
  let sink = -1;
  while (sink < 0) {
    if (scratch.lo === scratch.hi) {
      settled = scratch.lo;
      scratch.hi = gatherNearest(scratch, cols);
      sink = firstFreeInScanBand(state, scratch);
    }
    if (sink < 0) sink = scanBand(state, scratch);
  }
  lowerSettledPotentials(state, scratch, settled, distance[sink]!);
  flipPath(state, via, row, sink);
}

/** Moves every unreached column at the smallest distance into the scan band; returns its new end. */
function gatherNearest(scratch: PathScratch, cols: number): number {
  const { distance, order } = scratch;
  const lo = scratch.lo;
  let hi = lo + 1;
  let nearest = distance[order[lo]!]!;
  for (let k = hi; k < cols; k++) {
    const col = order[k]!;
    const d = distance[col]!;
    if (d <= nearest) {
      if (d < nearest) {
        hi = lo;
        nearest = d;
      }
      order[k] = order[hi]!;
      order[hi++] = col;
    }
  }
  return hi;
}

function firstFreeInScanBand(state: LapState, scratch: PathScratch): number {
  let best = -1;
  for (let k = scratch.lo; k < scratch.hi; k++) {
    const col = scratch.order[k]!;
    // Lowest column index among the free ones: input order decides ties.
    if (state.colToRow[col]! < 0 && (best < 0 || col < best)) best = col;
  }
  return best;
}

/**
 * Scans the rows assigned to the columns in the scan band, relaxing the distances of the
 * columns not yet reached. Returns a free column reached at the minimum distance, or -1.
 */
function scanBand(state: LapState, scratch: PathScratch): number {
  const { cost, cols, potential, colToRow } = state;
  const { distance, via, order } = scratch;
  let lo = scratch.lo;
  let hi = scratch.hi;
  while (lo !== hi) {
    const reachedCol = order[lo++]!;
    const row = colToRow[reachedCol]!;
    const nearest = distance[reachedCol]!;
    const base = row * cols;
    const offset = cost[base + reachedCol]! - potential[reachedCol]! - nearest;
    for (let k = hi; k < cols; k++) {
      const col = order[k]!;
      const reduced = cost[base + col]! - potential[col]! - offset;
      if (reduced < distance[col]!) {
        distance[col] = reduced;
        via[col] = row;
        if (reduced === nearest) {
          if (colToRow[col]! < 0) {
            scratch.lo = lo;
            scratch.hi = hi;
            return col;
          }
          order[k] = order[hi]!;
          order[hi++] = col;
        }
      }
    }
  }
  scratch.lo = lo;
  scratch.hi = hi;
  return -1;
}

/** Columns settled before the last phase got closer than the sink: lower their potentials by the difference. */
function lowerSettledPotentials(state: LapState, scratch: PathScratch, settled: number, sinkDistance: number): void {
  const { potential } = state;
  const { distance, order } = scratch;
  for (let k = 0; k < settled; k++) {
    const col = order[k]!;
    potential[col] = potential[col]! + distance[col]! - sinkDistance;
  }
}

/** Walks the path back from the free column to the free row, shifting each row one column along. */
function flipPath(state: LapState, via: Int32Array, startRow: number, sink: number): void {
  const { rowToCol, colToRow } = state;
  let col = sink;
  for (;;) {
    const row = via[col]!;
    colToRow[col] = row;
    const previous = rowToCol[row]!;
    rowToCol[row] = col;
    if (row === startRow) return;
    col = previous;
  }
}
