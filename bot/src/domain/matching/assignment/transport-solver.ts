import { augmentRow, createPathScratch } from './augmenting-path';
import { reduceColumns } from './column-reduction';
import { greedyStart } from './greedy-start';
import { reduceRows } from './row-reduction';
import { createTransportState, FORBIDDEN_COST, type TransportProblem, type TransportState } from './transport-state';

// A module-local copy: tsx (esbuild) reads an imported binding through a getter on every use.
const FORBIDDEN = FORBIDDEN_COST;

/** JV run the row reduction twice: a third pass rarely places enough rows to pay for itself. */
const ROW_REDUCTION_PASSES = 2;

/**
 * Solves a capacitated assignment problem exactly and returns each row's column (`cols` for
 * unmatched). Minimum total cost, counting `unmatchedCost` for each unmatched row.
 *
 * Jonker–Volgenant style: an opening assignment (column and row reduction where they are
 * sound, a greedy pass otherwise), then one shortest augmenting path per row still free.
 * O(rows² · cols) in the worst case, far less on typical inputs. The result depends only on
 * the input (values and order), never on timing or randomness.
 */
export function solveTransport(problem: TransportProblem): Int32Array {
  const perfect = isDenseSquareUnit(problem);
  // A dense square problem with unit capacities always has a perfect assignment: drop the
  // unmatched option, which also keeps column reduction sound.
  const state = createTransportState(perfect ? { ...problem, unmatchedCost: Infinity } : problem);
  const freeRows = new Int32Array(problem.rows);
  let freeCount = perfect ? reduceColumns(state, freeRows) : greedyStart(state, freeRows);
  if (isUnitCapacity(problem)) {
    for (let pass = 0; pass < ROW_REDUCTION_PASSES && freeCount > 0; pass++)
      freeCount = reduceRows(state, freeRows, freeCount);
  }
  augmentAll(state, freeRows, freeCount);
  return state.rowToCol;
}

function augmentAll(state: TransportState, freeRows: Int32Array, freeCount: number): void {
  const scratch = createPathScratch(state.cols);
  for (let k = 0; k < freeCount; k++) augmentRow(state, scratch, freeRows[k]!);
}

function isUnitCapacity(problem: TransportProblem): boolean {
  return problem.capacity.every((capacity) => capacity === 1);
}

function isDenseSquareUnit(problem: TransportProblem): boolean {
  if (problem.rows !== problem.cols || problem.rows === 0 || !isUnitCapacity(problem)) return false;
  // A plain loop: `every` with a callback costs tens of milliseconds on 25 million cells.
  const { cost } = problem;
  for (let cell = 0; cell < cost.length; cell++) if (cost[cell] === FORBIDDEN) return false;
  return true;
}
