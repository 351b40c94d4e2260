/**
 * The cost of a forbidden cell: above every allowed cost (at most `SCORE_SCALE`), so the
 * shortest-path scan's one comparison usually rejects it before the rarer explicit test.
 */
export const FORBIDDEN_COST = 0x7fffffff;

/**
 * A capacitated assignment problem: each row (mentee) goes to at most one column (mentor),
 * each column takes at most its capacity, and the total cost is as small as possible. A row
 * may also stay unmatched at `unmatchedCost`, which the caller makes so large that matching
 * more rows always wins (see `cost-matrix.ts`).
 *
 * Costs are integers in an Int32Array: half the memory traffic of doubles in the hot loop,
 * and exact equality tests on reduced costs (all arithmetic stays in integers below 2^53).
 */
export interface TransportProblem {
  readonly rows: number;
  readonly cols: number;
  /** Row-major, `rows × cols`; {@link FORBIDDEN_COST} marks a forbidden cell. */
  readonly cost: Int32Array;
  readonly capacity: Int32Array;
  /** The cost of leaving a row unmatched; must exceed every allowed cost. */
  readonly unmatchedCost: number;
}

/**
 * The solver's working state. Row potentials are implicit, as in Jonker–Volgenant's LAPJV: a
 * row's potential is the reduced cost of what it holds, which saves an array in the hot loop.
 * "Unmatched" is a virtual column (index `cols`) that never fills up.
 */
export interface TransportState extends TransportProblem {
  /** Row → column; `cols` for unmatched; -1 while not yet placed. */
  readonly rowToCol: Int32Array;
  /** The cost of what each row holds (an allowed cell or `unmatchedCost`). */
  readonly rowCost: Float64Array;
  /** Rows held by each column. */
  readonly load: Int32Array;
  /** The rows of column `c` are `members[c * width .. c * width + load[c])`. */
  readonly members: Int32Array;
  readonly width: number;
  /**
   * Column potentials. They start at 0 and only decrease, and only for full columns, so every
   * column with room left (and the virtual unmatched column) keeps the highest potential: the
   * condition under which leaving capacity unused is still optimal. (The one exception, a
   * dense square problem with unit capacities, starts them at the column minima; there every
   * column ends up full, so no column is left with room.)
   */
  readonly potential: Float64Array;
}

/** A fresh state with nothing placed. */
export function createTransportState(problem: TransportProblem): TransportState {
  if (problem.cost.length !== problem.rows * problem.cols) throw new RangeError('cost matrix size mismatch');
  const largest = problem.capacity.reduce((max, capacity) => Math.max(max, capacity), 0);
  const width = Math.max(1, Math.min(problem.rows, largest));
  return {
    ...problem,
    rowToCol: new Int32Array(problem.rows).fill(-1),
    rowCost: new Float64Array(problem.rows),
    load: new Int32Array(problem.cols),
    members: new Int32Array(problem.cols * width),
    width,
    potential: new Float64Array(problem.cols),
  };
}

/** Whether a column (not the unmatched one) can take another row. */
export function hasRoom(state: TransportState, col: number): boolean {
  return state.load[col]! < state.capacity[col]!;
}

/** Places a row on a column (or on `cols`, unmatched), first taking it off wherever it was. */
export function placeRow(state: TransportState, row: number, col: number): void {
  releaseRow(state, row);
  state.rowToCol[row] = col;
  if (col === state.cols) {
    state.rowCost[row] = state.unmatchedCost;
    return;
  }
  state.rowCost[row] = state.cost[row * state.cols + col]!;
  state.members[col * state.width + state.load[col]!] = row;
  state.load[col] = state.load[col]! + 1;
}

/** Takes a row off its column, leaving it free. */
export function releaseRow(state: TransportState, row: number): void {
  const col = state.rowToCol[row]!;
  state.rowToCol[row] = -1;
  if (col < 0 || col === state.cols) return;
  const base = col * state.width;
  const last = state.load[col]! - 1;
  for (let k = 0; k <= last; k++) {
    if (state.members[base + k] === row) {
      state.members[base + k] = state.members[base + last]!;
      break;
    }
  }
  state.load[col] = last;
}
