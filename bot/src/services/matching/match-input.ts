import type { MenteeProfile, MentorProfile, PairRef } from '../../domain/matching';
import type { Pair } from '../../domain/pairing/pair';
import { isActivePair } from '../../domain/pairing/pair-ending';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { PairRepository } from './pairing-repositories';
import { tenantPairs } from './tenant-pairs';

/** What matching needs to know from a profile. */
export function toPerson(profile: Profile): MenteeProfile {
  return {
    id: profile.aadObjectId,
    department: profile.department,
    location: profile.location || null,
    timeZone: profile.timeZone || null,
    languages: profile.languages,
    topics: profile.topics,
    availability: profile.availability,
    format: profile.format,
    managerId: profile.managerAadObjectId ?? null,
  };
}

/** A mentor's profile for matching, with their capacity. */
export function toMentor(profile: Profile): MentorProfile {
  return { ...toPerson(profile), capacity: profile.capacity };
}

/** Who a programme's pairs keep out of matching, and which two people are never proposed again. */
export interface PairingState {
  /** People in an active pair (awaiting the mentee or confirmed). */
  taken: ReadonlySet<string>;
  /** Pairs the mentee declined: never proposed again. */
  declined: PairRef[];
  /** Pairs that ended in this programme: the same two are not paired again either. */
  ended: PairRef[];
}

/** Reads the state of a programme's pairs for matching. */
export function pairingState(pairs: readonly Pair[]): PairingState {
  const refs = (status: Pair['status']): PairRef[] =>
    pairs.filter((p) => p.status === status).map((p) => [p.mentorId, p.menteeId]);
  return {
    taken: new Set(pairs.filter(isActivePair).flatMap((p) => [p.mentorId, p.menteeId])),
    declined: refs('declined'),
    ended: refs('ended'),
  };
}

/** Pairs from the tenant's other programmes: the same two people are not paired again. */
export async function previousPairRefs(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  programme: Programme,
): Promise<PairRef[]> {
  const others = await tenantPairs(programmes, pairs, programme.tenantId, programme.id);
  return others
    .filter((p) => p.value.status === 'confirmed' || p.value.status === 'ended')
    .map((p) => [p.value.mentorId, p.value.menteeId]);
}
