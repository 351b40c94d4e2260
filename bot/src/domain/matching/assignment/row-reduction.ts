import type { LapState } from './lap-state';

/**
 * Augmenting row reduction (Jonker & Volgenant 1987): a cheap auction-like pass that assigns
 * most rows before the expensive shortest-path phase. Each free row takes its cheapest column
 * and lowers that column's potential by the gap to its second-cheapest, so a row displaced
 * from that column later sees the column as dearer. Dual feasibility is kept throughout, so
 * the final result is still exactly optimal; this pass only saves time.
 *
 * `freeRows[0..freeCount)` lists the free rows in the order to try them; on return the rows
 * still free are in `freeRows[0..result)`.
 */
export function reduceRows(state: LapState, freeRows: Int32Array, freeCount: number): number {
  const { cols, rowToCol, colToRow, potential } = state;
  let current = 0;
  let stillFree = 0;
  let steps = 0;
  while (current < freeCount) {
    steps++;
    const row = freeRows[current++]!;
    const best = twoCheapestColumns(state, row);
    let col = best.first;
    let displaced = colToRow[col]!;
    const lowers = best.second >= 0 && best.firstCost < best.secondCost;
    // The step cap is JV's guard against cycling when many columns tie.
    if (steps < current * cols) {
      if (lowers) {
        potential[col] = potential[col]! - (best.secondCost - best.firstCost);
      } else if (displaced >= 0 && best.second >= 0) {
        // A tie: take the equally cheap second column rather than displace a row.
        col = best.second;
        displaced = colToRow[col]!;
      }
      if (displaced >= 0) {
        if (lowers) freeRows[--current] = displaced;
        else freeRows[stillFree++] = displaced;
      }
    } else if (displaced >= 0) {
      freeRows[stillFree++] = displaced;
    }
    if (displaced >= 0) rowToCol[displaced] = -1;
    rowToCol[row] = col;
    colToRow[col] = row;
  }
  return stillFree;
}

interface TwoCheapest {
  first: number;
  firstCost: number;
  /** -1 when the problem has a single column. */
  second: number;
  secondCost: number;
}

/** The two columns with the smallest reduced cost in a row; ties go to the lower column index. */
function twoCheapestColumns(state: LapState, row: number): TwoCheapest {
  const { cost, cols, potential } = state;
  const base = row * cols;
  let first = 0;
  let firstCost = cost[base]! - potential[0]!;
  let second = -1;
  let secondCost = Infinity;
  for (let col = 1; col < cols; col++) {
    const reduced = cost[base + col]! - potential[col]!;
    if (reduced < secondCost) {
      if (reduced >= firstCost) {
        second = col;
        secondCost = reduced;
      } else {
        second = first;
        secondCost = firstCost;
        first = col;
        firstCost = reduced;
      }
    }
  }
  return { first, firstCost, second, secondCost };
}
