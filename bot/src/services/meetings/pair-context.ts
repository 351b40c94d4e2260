import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { PairRepository } from '../matching/pairing-repositories';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';

/** The pair and programme an actor acts in, once they are known to be one of its two members. */
export interface MemberPairContext {
  pair: Pair;
  programme: Programme;
  role: 'mentor' | 'mentee';
}

/**
 * Loads a pair for one of its members. Card data names the programme and pair, and cards can be
 * forwarded or tampered with, so everyone else (another tenant, a third person in the chat, a
 * pair not confirmed, a pair id not matching its members) is refused here, in one place.
 */
export async function memberPairContext(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  actor: Actor,
  programmeId: string,
  pairId: string,
): Promise<Result<MemberPairContext, 'not-found' | 'not-your-pair'>> {
  const [programme, pair] = await Promise.all([
    programmes.get(actor.tenantId, programmeId),
    pairs.get(programmeId, pairId),
  ]);
  if (!programme || !pair || pair.value.tenantId !== actor.tenantId) return fail('not-found');
  const role =
    pair.value.mentorId === actor.aadObjectId
      ? 'mentor'
      : pair.value.menteeId === actor.aadObjectId
        ? 'mentee'
        : undefined;
  if (!role || pair.value.status !== 'confirmed' || pairIdOf(pair.value.mentorId, pair.value.menteeId) !== pairId)
    return fail('not-your-pair');
  return ok({ pair: pair.value, programme: programme.value, role });
}
