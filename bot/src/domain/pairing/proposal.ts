import type { MatchResult, PairRef } from '../matching';

/** HR's current matching proposal for a programme, with the locks and exclusions it keeps across re-runs. */
export interface Proposal {
  programmeId: string;
  result: MatchResult;
  locked: PairRef[];
  excluded: PairRef[];
  createdAt: string;
  createdBy: string;
  publishedAt?: string;
}

export type ConstraintChange = { kind: 'lock' | 'unlock' | 'exclude'; mentorId: string; menteeId: string };

const same = (a: PairRef, mentorId: string, menteeId: string) => a[0] === mentorId && a[1] === menteeId;

/**
 * Applies HR's lock, unlock or exclude. Excluding a locked pair drops the lock: "never this
 * pair" wins over "always this pair", and the next run must not fail on the contradiction.
 */
export function changeConstraints(
  locked: readonly PairRef[],
  excluded: readonly PairRef[],
  change: ConstraintChange,
): { locked: PairRef[]; excluded: PairRef[] } {
  const { mentorId, menteeId } = change;
  const withoutPair = (list: readonly PairRef[]) => list.filter((pair) => !same(pair, mentorId, menteeId));
  if (change.kind === 'lock')
    return { locked: [...withoutPair(locked), [mentorId, menteeId]], excluded: withoutPair(excluded) };
  if (change.kind === 'unlock') return { locked: withoutPair(locked), excluded: [...excluded] };
  return { locked: withoutPair(locked), excluded: [...withoutPair(excluded), [mentorId, menteeId]] };
}
