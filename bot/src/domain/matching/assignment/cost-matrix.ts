import type { LapProblem } from './lap-state';

/**
 * Scores are optimised in millionths. Integer costs keep the solver exact (it tests reduced
 * costs for equality) and leave room below 2^53 for the big-M that ranks the number of
 * matches above any score: see `forbiddenCost`.
 */
export const SCORE_SCALE = 1_000_000;

/** A score in [0, 1] as the integer number of millionths the solver optimises. */
export function quantiseScore(score: number): number {
  return Math.round(score * SCORE_SCALE);
}

/** Which side of the problem became the rows (the solver needs rows ≤ columns). */
export interface SlotLayout {
  /** Mentee index per mentee row/column of the problem. */
  readonly mentees: Int32Array;
  /** Mentor index per capacity slot: a mentor with capacity k appears in k adjacent slots. */
  readonly slots: Int32Array;
  /** True when the rows are mentees and the columns slots; false when transposed. */
  readonly menteesAreRows: boolean;
}

/**
 * The cost of leaving a row on a forbidden cell, which is how the solver leaves a row
 * unmatched: every row must take some column, and a forbidden cell stands for "none".
 *
 * An allowed cell costs SCALE − score, in [0, SCALE]. With `rows` rows the total cost is
 * rows·SCALE − (sum of scores) + unmatched·(F − SCALE). Any two assignments differ in their
 * score sums by at most rows·SCALE, so F − SCALE = rows·SCALE + 1 makes one more match worth
 * more than any possible loss of score: the solver maximises the count first, then the score.
 * For 5,000 rows F ≈ 5·10^9 and every total stays below 3·10^13, far inside the 2^53 where
 * doubles hold integers exactly.
 */
export function forbiddenCost(rows: number): number {
  return (rows + 1) * SCORE_SCALE + 1;
}

/**
 * Builds the integer cost matrix for the layout: quantised scores are read from
 * `scores[mentee * mentorCount + mentor]`, NaN meaning not allowed.
 */
export function buildCostMatrix(scores: Float64Array, mentorCount: number, layout: SlotLayout): LapProblem {
  const { mentees, slots, menteesAreRows } = layout;
  const rows = menteesAreRows ? mentees.length : slots.length;
  const cols = menteesAreRows ? slots.length : mentees.length;
  const cost = new Float64Array(rows * cols);
  const forbidden = forbiddenCost(rows);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const mentee = mentees[menteesAreRows ? row : col]!;
      const mentor = slots[menteesAreRows ? col : row]!;
      const score = scores[mentee * mentorCount + mentor]!;
      cost[row * cols + col] = Number.isNaN(score) ? forbidden : SCORE_SCALE - quantiseScore(score);
    }
  }
  return { rows, cols, cost };
}
