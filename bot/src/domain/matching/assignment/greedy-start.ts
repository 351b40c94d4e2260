import { FORBIDDEN_COST, hasRoom, placeRow, type TransportState } from './transport-state';

const FORBIDDEN = FORBIDDEN_COST;

/**
 * The opening move for any problem: each row in turn takes its cheapest allowed column if
 * that column still has room (among equally cheap columns, the first with room). All
 * potentials are 0 here, so every row placed holds a cheapest cell and the state stays
 * optimal for the rows placed; the rest are left for the shortest-path phase.
 * Writes the rows left free into `freeRows` and returns how many there are.
 */
export function greedyStart(state: TransportState, freeRows: Int32Array): number {
  const { cost, rows, cols } = state;
  let freeCount = 0;
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    let best = -1;
    let bestCost = Infinity;
    for (let col = 0; col < cols; col++) {
      const c = cost[base + col]!;
      if (c === FORBIDDEN) continue;
      if (c < bestCost || (c === bestCost && !hasRoom(state, best) && hasRoom(state, col))) {
        best = col;
        bestCost = c;
      }
    }
    if (best >= 0 && hasRoom(state, best)) placeRow(state, row, best);
    else freeRows[freeCount++] = row;
  }
  return freeCount;
}
