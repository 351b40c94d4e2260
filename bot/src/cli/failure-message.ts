import type { MatchingFailure, PairRef } from '../domain/matching';

/** What a failure message may need to point at the offending field. */
export interface FailureContext {
  readonly mentors: readonly { readonly id: string }[];
  readonly mentees: readonly { readonly id: string }[];
  readonly locked?: readonly PairRef[];
}

/** A domain failure as one line naming the field to fix, like the schema errors. */
export function failureMessage(failure: MatchingFailure, context: FailureContext): string {
  switch (failure.code) {
    case 'duplicate-id': {
      const list = failure.role === 'mentor' ? context.mentors : context.mentees;
      const at = list.findIndex((p, i) => p.id === failure.id && list.findIndex((q) => q.id === failure.id) < i);
      return `${failure.role}s[${at}].id: duplicate id "${failure.id}"`;
    }
    case 'person-in-both-roles':
      return `mentees[${context.mentees.findIndex((p) => p.id === failure.id)}].id: "${failure.id}" is also a mentor (switch off rules.rolesMentorMentee to allow this)`;
    case 'invalid-capacity':
      return `mentors[${context.mentors.findIndex((p) => p.id === failure.mentor)}].capacity: must be a whole number from 1 to 3`;
    case 'invalid-weight':
      return failure.weight === 'all-zero'
        ? 'weights: at least one weight must be above 0'
        : `weights.${failure.weight}: must be a number of 0 or more`;
    case 'invalid-score-matrix':
      return `scores[${failure.row}]${failure.column === undefined ? '' : `[${failure.column}]`}: not a valid score row`;
    default:
      return lockMessage(failure, context);
  }
}

function lockMessage(failure: MatchingFailure, context: FailureContext): string {
  const at = (mentor: string, mentee: string) =>
    (context.locked ?? []).findIndex(([m, e]) => m === mentor && e === mentee);
  switch (failure.code) {
    case 'lock-unknown-person':
      return `locked[${at(failure.mentor, failure.mentee)}]: no mentor "${failure.mentor}" or no mentee "${failure.mentee}" in this input`;
    case 'lock-not-allowed':
      return `locked[${at(failure.mentor, failure.mentee)}]: pair ("${failure.mentor}", "${failure.mentee}") breaks ${failure.violations.join(', ')}`;
    case 'lock-conflict':
      return `locked[${at(failure.mentors[1], failure.mentee)}]: mentee "${failure.mentee}" is already locked to "${failure.mentors[0]}"`;
    case 'lock-exceeds-capacity':
      return `locked: mentor "${failure.mentor}" has ${failure.locked} locks but capacity ${failure.capacity}`;
    default:
      return `invalid input (${failure.code})`;
  }
}
