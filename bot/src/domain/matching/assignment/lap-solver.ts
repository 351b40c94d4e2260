import { augmentRow, createPathScratch } from './augmenting-path';
import { reduceColumns } from './column-reduction';
import { createLapState, type LapProblem, type LapState } from './lap-state';
import { reduceRows } from './row-reduction';

/** JV run the row reduction twice: a third pass rarely assigns enough rows to pay for itself. */
const ROW_REDUCTION_PASSES = 2;

/**
 * Solves a rectangular linear assignment problem exactly (minimum total cost, every row
 * assigned, rows ≤ columns) and returns each row's column.
 *
 * Jonker–Volgenant style: column reduction (square problems only), augmenting row reduction,
 * then one shortest augmenting path per row still free. O(rows² · cols) in the worst case, far
 * less on typical inputs. The result depends only on the input (values and order), never on
 * timing or randomness, so equal optima always resolve the same way.
 */
export function solveLap(problem: LapProblem): Int32Array {
  const state = createLapState(problem);
  if (problem.rows === 0) return state.rowToCol;
  const freeRows = new Int32Array(problem.rows);
  let freeCount = initialFreeRows(state, freeRows);
  for (let pass = 0; pass < ROW_REDUCTION_PASSES && freeCount > 0; pass++) {
    freeCount = reduceRows(state, freeRows, freeCount);
  }
  const scratch = createPathScratch(problem.cols);
  for (let k = 0; k < freeCount; k++) augmentRow(state, scratch, freeRows[k]!);
  return state.rowToCol;
}

function initialFreeRows(state: LapState, freeRows: Int32Array): number {
  if (state.rows === state.cols) return reduceColumns(state, freeRows);
  for (let row = 0; row < state.rows; row++) freeRows[row] = row;
  return state.rows;
}
