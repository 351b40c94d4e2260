import { buildTransportProblem, type ActiveSides } from './cost-matrix';
import { solveTransport } from './transport-solver';

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
 * their scores (in millionths), within each mentor's capacity. Exactly optimal; see
 * `cost-matrix.ts` for how "count first" is encoded and `transport-solver.ts` for the solver.
 * Returns each mentee's mentor index, or -1 for unmatched.
 */
export function assignMentees(input: AssignmentInput): Int32Array {
  const mentorOf = new Int32Array(input.menteeCount).fill(-1);
  const sides = activeSides(input);
  if (sides.mentees.length === 0 || sides.mentors.length === 0) return mentorOf;
  const problem = buildTransportProblem(input.scores, input.mentorCount, sides);
  solveTransport(problem).forEach((col, row) => {
    if (col < problem.cols) mentorOf[sides.mentees[row]!] = sides.mentors[col]!;
  });
  return mentorOf;
}

/**
 * Leaves out mentees and mentors without any allowed partner (they can only stay unmatched
 * and would just make the matrix bigger) and caps each mentor's capacity at the number of
 * mentees it could take.
 */
function activeSides(input: AssignmentInput): ActiveSides {
  const { menteeCount, mentorCount, scores, capacities } = input;
  const reachable = new Int32Array(mentorCount);
  const mentees: number[] = [];
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    let any = false;
    for (let mentor = 0; mentor < mentorCount; mentor++) {
      if (capacities[mentor]! > 0 && !Number.isNaN(scores[mentee * mentorCount + mentor]!)) {
        reachable[mentor] = reachable[mentor]! + 1;
        any = true;
      }
    }
    if (any) mentees.push(mentee);
  }
  const mentors: number[] = [];
  const capacity: number[] = [];
  for (let mentor = 0; mentor < mentorCount; mentor++) {
    if (capacities[mentor]! <= 0 || reachable[mentor] === 0) continue;
    mentors.push(mentor);
    capacity.push(Math.min(capacities[mentor]!, reachable[mentor]!));
  }
  return { mentees: Int32Array.from(mentees), mentors: Int32Array.from(mentors), capacity: Int32Array.from(capacity) };
}
