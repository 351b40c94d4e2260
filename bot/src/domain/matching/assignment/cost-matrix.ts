import { FORBIDDEN_COST, type TransportProblem } from './transport-state';

// A module-local copy: tsx (esbuild) reads an imported binding through a getter on every use.
const FORBIDDEN = FORBIDDEN_COST;

/**
 * Scores are optimised in millionths. Integer costs keep the solver exact (it tests reduced
 * costs for equality) and leave room below 2^53 for the big-M that ranks the number of
 * matches above any score: see {@link unmatchedCost}.
 */
export const SCORE_SCALE = 1_000_000;

/** A score in [0, 1] as the integer number of millionths the solver optimises. */
export function quantiseScore(score: number): number {
  return Math.round(score * SCORE_SCALE);
}

/** The mentees and mentors that take part in the solve, by their index in the input. */
export interface ActiveSides {
  readonly mentees: Int32Array;
  readonly mentors: Int32Array;
  /** Per active mentor: capacity, never more than the mentees it could take. */
  readonly capacity: Int32Array;
}

/** rows · (rows + 1) · SCALE stays below 2^53 up to here. */
const MAX_ROWS = 90_000;

/**
 * The cost of leaving a mentee unmatched: the big-M that puts "most mentees matched" first.
 *
 * A matched pair costs SCALE − score, in [0, SCALE]. With `rows` mentees the total cost is
 * rows·SCALE − (sum of scores) + unmatched·(M − SCALE). Two assignments differ in their score
 * sums by at most rows·SCALE, so M − SCALE = rows·SCALE + 1 makes one more match worth more
 * than any loss of score: the solver maximises the count first, then the score. For 5,000
 * mentees M ≈ 5·10^9 and every total and potential stays below about 3·10^13, far inside the
 * 2^53 where doubles hold integers exactly.
 */
export function unmatchedCost(rows: number): number {
  // Beyond this, sums of costs could pass 2^53 and stop being exact (a pool this size would
  // not fit in memory as a dense matrix anyway).
  if (rows > MAX_ROWS) throw new RangeError(`at most ${MAX_ROWS} mentees per run`);
  return (rows + 1) * SCORE_SCALE + 1;
}

/**
 * The integer cost matrix of the active mentees (rows) and mentors (columns); `scores` is
 * `scores[mentee * mentorCount + mentor]` with NaN for pairs that are not allowed.
 */
export function buildTransportProblem(scores: Float64Array, mentorCount: number, sides: ActiveSides): TransportProblem {
  const rows = sides.mentees.length;
  const cols = sides.mentors.length;
  const cost = new Int32Array(rows * cols);
  const { mentees, mentors } = sides;
  for (let row = 0; row < rows; row++) {
    const from = mentees[row]! * mentorCount;
    const to = row * cols;
    for (let col = 0; col < cols; col++) {
      const score = scores[from + mentors[col]!]!;
      // `score !== score` is the NaN test, without a call per cell; the rounding is quantiseScore's.
      cost[to + col] = score !== score ? FORBIDDEN : SCORE_SCALE - Math.round(score * SCORE_SCALE);
    }
  }
  return { rows, cols, cost, capacity: sides.capacity, unmatchedCost: unmatchedCost(rows) };
}
