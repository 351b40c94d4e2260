import { FORBIDDEN_COST, hasRoom, placeRow, type TransportState } from './transport-state';

// A module-local copy: tsx (esbuild) reads an imported binding through a getter on every use.
const FORBIDDEN = FORBIDDEN_COST;

/**
 * Scratch arrays for the shortest-path search, allocated once per solve and reused for every
 * free row, so the hot loop allocates nothing.
 */
export interface PathScratch {
  /** Shortest reduced distance found so far from the free row to each column. */
  readonly distance: Float64Array;
  /** `distance + potential` of each column: the scan's test then needs one load, not two. */
  readonly reach: Float64Array;
  /** The row through which each column was reached (to walk the path back). */
  readonly via: Int32Array;
  /**
   * A permutation of the columns in three bands: [0, lo) scanned, [lo, hi) at the current
   * minimum distance and waiting to be scanned, [hi, cols) not yet reached at that distance.
   */
  readonly order: Int32Array;
  lo: number;
  hi: number;
  /** The virtual unmatched column: its distance and the row it was reached from. */
  unmatchedDistance: number;
  unmatchedVia: number;
}

/** Scratch space for a problem with `cols` columns. */
export function createPathScratch(cols: number): PathScratch {
  const scratch = {
    distance: new Float64Array(cols),
    reach: new Float64Array(cols),
    via: new Int32Array(cols),
    order: new Int32Array(cols),
  };
  return { ...scratch, lo: 0, hi: 0, unmatchedDistance: Infinity, unmatchedVia: -1 };
}

/**
 * Places one free row by a shortest augmenting path (Dijkstra on reduced costs, as in LAPJV's
 * augmentation phase, generalised to columns holding several rows), then updates potentials so
 * that reduced costs stay non-negative and every placed row stays on a cheapest option. The
 * path ends at a column with room or at "unmatched". Scanning follows column and member order
 * only, so equal optima always resolve the same way for the same input.
 */
export function augmentRow(state: TransportState, scratch: PathScratch, row: number): void {
  startSearch(state, scratch, row);
  let settled = 0;
  let sink = -1;
  while (sink < 0) {
    if (scratch.lo === scratch.hi) {
      settled = scratch.lo;
      const nearest = gatherNearest(scratch, state.cols);
      sink = scratch.unmatchedDistance < nearest ? state.cols : firstWithRoom(state, scratch);
    }
    if (sink < 0) sink = scanBand(state, scratch);
  }
  const sinkDistance = sink === state.cols ? scratch.unmatchedDistance : scratch.distance[sink]!;
  lowerSettledPotentials(state, scratch, settled, sinkDistance);
  flipPath(state, scratch, row, sink);
}

function startSearch(state: TransportState, scratch: PathScratch, row: number): void {
  const { cost, cols, potential } = state;
  const { distance, reach, via, order } = scratch;
  const base = row * cols;
  for (let col = 0; col < cols; col++) {
    const c = cost[base + col]!;
    order[col] = col;
    distance[col] = c === FORBIDDEN ? Infinity : c - potential[col]!;
    reach[col] = c === FORBIDDEN ? Infinity : c;
    via[col] = row;
  }
  scratch.lo = 0;
  scratch.hi = 0;
  scratch.unmatchedDistance = state.unmatchedCost;
  scratch.unmatchedVia = row;
}

/** Moves every unreached column at the smallest distance into the scan band; returns that distance. */
function gatherNearest(scratch: PathScratch, cols: number): number {
  const { distance, order } = scratch;
  const lo = scratch.lo;
  let hi = lo;
  let nearest = Infinity;
  for (let k = lo; k < cols; k++) {
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
  scratch.hi = nearest === Infinity ? lo : hi;
  return nearest;
}

function firstWithRoom(state: TransportState, scratch: PathScratch): number {
  let best = -1;
  for (let k = scratch.lo; k < scratch.hi; k++) {
    const col = scratch.order[k]!;
    // Lowest column index among those with room: input order decides ties.
    if (hasRoom(state, col) && (best < 0 || col < best)) best = col;
  }
  return best;
}

/**
 * Scans the rows held by the columns in the scan band, relaxing the distances of the columns
 * not yet reached (and of "unmatched"). Returns a column with room reached at the band's
 * distance, or -1.
 */
function scanBand(state: TransportState, scratch: PathScratch): number {
  while (scratch.lo !== scratch.hi) {
    const reached = scratch.order[scratch.lo++]!;
    const base = reached * state.width;
    for (let k = 0; k < state.load[reached]!; k++) {
      const sink = scanRow(state, scratch, state.members[base + k]!, reached);
      if (sink >= 0) return sink;
    }
  }
  return -1;
}

/** Relaxes every unreached column from one row held by a column just reached. */
function scanRow(state: TransportState, scratch: PathScratch, row: number, reached: number): number {
  const { cost, cols, potential, load, capacity } = state;
  const { distance, reach, via, order } = scratch;
  const nearest = distance[reached]!;
  // The row's implicit potential, shifted by the distance at which it was reached.
  const offset = state.rowCost[row]! - potential[reached]! - nearest;
  if (state.unmatchedCost - offset < scratch.unmatchedDistance) {
    scratch.unmatchedDistance = state.unmatchedCost - offset;
    scratch.unmatchedVia = row;
  }
  const base = row * cols;
  let hi = scratch.hi;
  for (let k = hi; k < cols; k++) {
    const col = order[k]!;
    const c = cost[base + col]!;
    // Exact: every term is an integer below 2^53. `reduced < distance[col]` in one load
    // (`reach` holds distance + potential); a forbidden cell's huge cost nearly always fails
    // it, so the sentinel test runs only for the few cells that pass.
    if (c - offset >= reach[col]! || c === FORBIDDEN) continue;
    {
      const reduced = c - offset - potential[col]!;
      reach[col] = c - offset;
      distance[col] = reduced;
      via[col] = row;
      if (reduced === nearest) {
        if (load[col]! < capacity[col]!) {
          scratch.hi = hi;
          return col;
        }
        order[k] = order[hi]!;
        order[hi++] = col;
      }
    }
  }
  scratch.hi = hi;
  return -1;
}

/** Columns settled before the last phase got closer than the sink: lower their potentials by the difference. */
function lowerSettledPotentials(
  state: TransportState,
  scratch: PathScratch,
  settled: number,
  sinkDistance: number,
): void {
  const { potential } = state;
  const { distance, order } = scratch;
  for (let k = 0; k < settled; k++) {
    const col = order[k]!;
    potential[col] = potential[col]! + distance[col]! - sinkDistance;
  }
}

/** Walks the path back from the sink to the free row, moving each row one column along. */
function flipPath(state: TransportState, scratch: PathScratch, startRow: number, sink: number): void {
  let col = sink;
  for (;;) {
    const row = col === state.cols ? scratch.unmatchedVia : scratch.via[col]!;
    const previous = state.rowToCol[row]!;
    placeRow(state, row, col);
    if (row === startRow) return;
    col = previous;
  }
}
