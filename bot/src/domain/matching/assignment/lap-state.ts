/**
 * A rectangular linear assignment problem: give every row its own column so that the sum of
 * the chosen costs is as small as possible. Rows must not outnumber columns.
 *
 * The costs must be integers (stored in a Float64Array so they may exceed 2^31): the solver
 * compares reduced costs with `===`, which is exact only while every value stays an integer
 * below 2^53. Callers scale and round their scores first (see `cost-matrix.ts`).
 */
export interface LapProblem {
  readonly rows: number;
  readonly cols: number;
  /** Row-major, `rows × cols`. */
  readonly cost: Float64Array;
}

/**
 * The solver's working state: the partial assignment both ways and the column potentials.
 * Row potentials are implicit (a row's potential is its assigned reduced cost), as in
 * Jonker and Volgenant's LAPJV, which keeps one array fewer in the hot loop.
 */
export interface LapState extends LapProblem {
  /** Row → column, -1 while the row is free. */
  readonly rowToCol: Int32Array;
  /** Column → row, -1 while the column is free. */
  readonly colToRow: Int32Array;
  /**
   * Column potentials. They start at 0 and only ever decrease for columns that are assigned,
   * so every free column keeps the largest potential (0): the condition under which leaving
   * columns unassigned in a rectangular problem is still optimal.
   */
  readonly potential: Float64Array;
}

/** A fresh state with nothing assigned. */
export function createLapState(problem: LapProblem): LapState {
  if (problem.rows > problem.cols) throw new RangeError('more rows than columns: transpose first');
  if (problem.cost.length !== problem.rows * problem.cols) throw new RangeError('cost matrix size mismatch');
  return {
    ...problem,
    rowToCol: new Int32Array(problem.rows).fill(-1),
    colToRow: new Int32Array(problem.cols).fill(-1),
    potential: new Float64Array(problem.cols),
  };
}
