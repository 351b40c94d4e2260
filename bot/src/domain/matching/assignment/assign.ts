import { buildCostMatrix, forbiddenCost, type SlotLayout } from './cost-matrix';
import { solveLap } from './lap-solver';

/** The assignment layer's input: scores only, no people. */
export interface AssignmentInput {
  readonly menteeCount: number;
  readonly mentorCount: number;
  /**
   * Row-major by mentee: `scores[mentee * mentorCount + mentor]` is a score in [0, 1], or NaN
   * where the pair is not allowed.
   */
  readonly scores: Float64Array;
  /** How many mentees each mentor may take (0 or more). */
  readonly capacities: ArrayLike<number>;
}

/**
 * Chooses the pairs that first maximise the number of matched mentees and then the total of
 * their (quantised) scores, within each mentor's capacity. Exactly optimal.
 *
 * Mentors are expanded into one column per unit of capacity and the problem goes to the
 * shortest-augmenting-path solver; see `cost-matrix.ts` for how "count first" is encoded.
 * Returns each mentee's mentor index, or -1 for unmatched.
 */
export function assignMentees(input: AssignmentInput): Int32Array {
  const mentorOf = new Int32Array(input.menteeCount).fill(-1);
  const layout = slotLayout(input);
  if (layout.mentees.length === 0 || layout.slots.length === 0) return mentorOf;
  const problem = buildCostMatrix(input.scores, input.mentorCount, layout);
  const rowToCol = solveLap(problem);
  const forbidden = forbiddenCost(problem.rows);
  rowToCol.forEach((col, row) => {
    if (problem.cost[row * problem.cols + col] === forbidden) return;
    const menteeAt = layout.menteesAreRows ? row : col;
    const slotAt = layout.menteesAreRows ? col : row;
    mentorOf[layout.mentees[menteeAt]!] = layout.slots[slotAt]!;
  });
  return mentorOf;
}

/**
 * Leaves out mentees and mentors without any allowed partner (they can only be unmatched and
 * would just make the matrix bigger), gives each remaining mentor no more slots than there
 * are mentees it could take, and puts the smaller side in the rows.
 */
function slotLayout(input: AssignmentInput): SlotLayout {
  const { menteeCount, mentorCount, scores, capacities } = input;
  const reachable = new Int32Array(mentorCount);
  const mentees: number[] = [];
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    let any = false;
    for (let mentor = 0; mentor < mentorCount; mentor++) {
      if (capacities[mentor]! > 0 && !Number.isNaN(scores[mentee * mentorCount + mentor]!)) {
        reachable[mentor]!++;
        any = true;
      }
    }
    if (any) mentees.push(mentee);
  }
  const slots: number[] = [];
  for (let mentor = 0; mentor < mentorCount; mentor++) {
    const count = Math.min(capacities[mentor]!, reachable[mentor]!);
    for (let k = 0; k < count; k++) slots.push(mentor);
  }
  return { mentees: Int32Array.from(mentees), slots: Int32Array.from(slots), menteesAreRows: mentees.length <= slots.length };
}
