import { FORBIDDEN_COST, placeRow, releaseRow, type TransportState } from './transport-state';

const FORBIDDEN = FORBIDDEN_COST;

/**
 * Augmenting row reduction (Jonker & Volgenant 1987) for unit capacities: a cheap auction-like
 * pass that places most rows before the expensive shortest-path phase. Each free row takes its
 * cheapest option and lowers that column's potential by the gap to its second-cheapest, so a
 * row displaced from the column later sees it as dearer. Dual feasibility is kept throughout,
 * so the result stays exactly optimal; this pass only saves time. (With capacities above 1 a
 * column holds several rows and lowering its potential could break the others' optimality, so
 * the solver skips this pass there.)
 *
 * `freeRows[0..freeCount)` lists the free rows in the order to try; on return the rows still
 * free are in `freeRows[0..result)`.
 */
export function reduceRows(state: TransportState, freeRows: Int32Array, freeCount: number): number {
  const { cols, potential } = state;
  let current = 0;
  let stillFree = 0;
  let steps = 0;
  while (current < freeCount) {
    steps++;
    const row = freeRows[current++]!;
    const best = twoCheapestOptions(state, row);
    let col = best.first;
    if (col === cols) {
      placeRow(state, row, cols);
      continue;
    }
    let displaced = holder(state, col);
    const lowers = best.firstCost < best.secondCost;
    // The step cap is JV's guard against cycling when many columns tie.
    if (steps < current * cols) {
      if (lowers) {
        potential[col] = potential[col]! - (best.secondCost - best.firstCost);
      } else if (displaced >= 0 && best.second < cols) {
        // A tie: take the equally cheap second column rather than displace a row.
        col = best.second;
        displaced = holder(state, col);
      }
      if (displaced >= 0) {
        if (lowers) freeRows[--current] = displaced;
        else freeRows[stillFree++] = displaced;
      }
    } else if (displaced >= 0) {
      freeRows[stillFree++] = displaced;
    }
    if (displaced >= 0) releaseRow(state, displaced);
    placeRow(state, row, col);
  }
  return stillFree;
}

/** The row on a unit-capacity column, or -1. */
function holder(state: TransportState, col: number): number {
  return state.load[col]! > 0 ? state.members[col * state.width]! : -1;
}

interface TwoCheapest {
  first: number;
  firstCost: number;
  second: number;
  secondCost: number;
}

/**
 * The two cheapest options of a row by reduced cost, ties to the lower column index. Being
 * unmatched is an option too (column `cols`, potential 0): it bounds how far a column's
 * potential may drop, so no row is ever held at a cost above leaving it unmatched.
 */
function twoCheapestOptions(state: TransportState, row: number): TwoCheapest {
  const { cost, cols, potential } = state;
  const base = row * cols;
  let first = cols;
  let firstCost = state.unmatchedCost;
  let second = cols;
  let secondCost = Infinity;
  for (let col = 0; col < cols; col++) {
    const c = cost[base + col]!;
    if (c === FORBIDDEN) continue;
    const reduced = c - potential[col]!;
    // Most columns fail this one test (firstCost ≤ secondCost), which keeps the scan fast.
    if (reduced < secondCost) {
      if (reduced < firstCost || (reduced === firstCost && first === cols)) {
        second = first;
        secondCost = firstCost;
        first = col;
        firstCost = reduced;
      } else {
        second = col;
        secondCost = reduced;
      }
    }
  }
  return { first, firstCost, second, secondCost };
}
