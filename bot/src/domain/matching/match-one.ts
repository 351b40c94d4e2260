import { matchProfiles } from './match-profiles';
import type { MenteeProfile, PairRef, PersonProfile } from './profile';
import type { MatchedPair, MatchingFailure, MatchingRole } from './result';
import type { UtcOffsetLookup } from './time-zones';
import { fail, ok, type Result } from '../result';

/** One person who needs a new partner, and the people of the other role who are free. */
export interface OneOffInput {
  readonly person: PersonProfile;
  readonly role: MatchingRole;
  readonly candidates: readonly PersonProfile[];
  readonly previousPairs?: readonly PairRef[];
  readonly excluded?: readonly PairRef[];
  readonly utcOffsetOf?: UtcOffsetLookup;
}

/**
 * Why nobody was found: nobody of the other role is free, or everyone free breaks a hard rule
 * with this person (or the input cannot be matched at all).
 */
export type OneOffFailure = 'nobody-available' | 'no-allowed-partner' | MatchingFailure['code'];

/**
 * The best partner for one person, from the free people of the other role: the whole-pool
 * matching with that person alone on their side, so the hard rules, the fit score and the
 * reasons are exactly those of a full run. A mentor takes one new mentee here.
 */
export function matchOne(input: OneOffInput): Result<MatchedPair, OneOffFailure> {
  if (input.candidates.length === 0) return fail('nobody-available');
  const mentors = (input.role === 'mentor' ? [input.person] : input.candidates).map((p) => ({ ...p, capacity: 1 }));
  const mentees: readonly MenteeProfile[] = input.role === 'mentee' ? [input.person] : input.candidates;
  const outcome = matchProfiles({
    mentors,
    mentees,
    previousPairs: input.previousPairs,
    excluded: input.excluded,
    utcOffsetOf: input.utcOffsetOf,
  });
  if (!outcome.ok) return fail(outcome.failure.code);
  const [best] = outcome.result.pairs;
  return best ? ok(best) : fail('no-allowed-partner');
}
