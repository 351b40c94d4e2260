import { quantiseScore } from '../../../../bot/src/domain/matching/assignment/cost-matrix';

/** The best (matched count, total quantised score) by trying every assignment. */
export function bruteForceBest(
  menteeCount: number,
  mentorCount: number,
  scores: Float64Array,
  capacities: readonly number[],
): { matched: number; total: number } {
  let best = { matched: -1, total: -1 };
  const load = new Array<number>(mentorCount).fill(0);
  const visit = (mentee: number, matched: number, total: number): void => {
    if (mentee === menteeCount) {
      if (matched > best.matched || (matched === best.matched && total > best.total)) best = { matched, total };
      return;
    }
    visit(mentee + 1, matched, total);
    for (let mentor = 0; mentor < mentorCount; mentor++) {
      const score = scores[mentee * mentorCount + mentor]!;
      if (Number.isNaN(score) || load[mentor]! >= capacities[mentor]!) continue;
      load[mentor]!++;
      visit(mentee + 1, matched + 1, total + quantiseScore(score));
      load[mentor]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** Count and total of an assignment, throwing if it breaks a capacity or uses a forbidden pair. */
export function evaluateAssignment(
  mentorOf: Int32Array,
  mentorCount: number,
  scores: Float64Array,
  capacities: readonly number[],
): { matched: number; total: number } {
  const load = new Array<number>(mentorCount).fill(0);
  let matched = 0;
  let total = 0;
  mentorOf.forEach((mentor, mentee) => {
    if (mentor < 0) return;
    const score = scores[mentee * mentorCount + mentor]!;
    if (Number.isNaN(score)) throw new Error(`mentee ${mentee} got forbidden mentor ${mentor}`);
    if (++load[mentor]! > capacities[mentor]!) throw new Error(`mentor ${mentor} over capacity`);
    matched++;
    total += quantiseScore(score);
  });
  return { matched, total };
}
