import type { Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Versioned } from '../versioned';
import type { PairRepository } from './pairing-repositories';

/**
 * Every pair of a tenant, across its programmes (optionally leaving one out). A tenant runs
 * few programmes, so this is one partition read per programme: the one place that walks them.
 */
export async function tenantPairs(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  tenantId: string,
  exceptProgrammeId?: string,
): Promise<Versioned<Pair>[]> {
  return (await tenantPairsWithProgrammes(programmes, pairs, tenantId, exceptProgrammeId)).map((p) => p.pair);
}

/** The same walk, keeping each pair's programme, for callers that need both (saves a read per request). */
export async function tenantPairsWithProgrammes(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  tenantId: string,
  exceptProgrammeId?: string,
): Promise<{ pair: Versioned<Pair>; programme: Programme }[]> {
  const listed = (await programmes.list(tenantId)).map((p) => p.value).filter((p) => p.id !== exceptProgrammeId);
  const perProgramme = await Promise.all(
    listed.map(async (programme) => (await pairs.list(programme.id)).map((pair) => ({ pair, programme }))),
  );
  return perProgramme.flat();
}

/** The pairs one person belongs to across the tenant's programmes, by key: one small read per programme. */
export async function memberPairsWithProgrammes(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  tenantId: string,
  memberId: string,
): Promise<{ pair: Versioned<Pair>; programme: Programme }[]> {
  const listed = (await programmes.list(tenantId)).map((p) => p.value);
  const perProgramme = await Promise.all(
    listed.map(async (programme) =>
      (await pairs.ofMember(programme.id, memberId)).map((pair) => ({ pair, programme })),
    ),
  );
  return perProgramme.flat();
}

/** The same, the pairs only. */
export async function memberPairs(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  tenantId: string,
  memberId: string,
): Promise<Pair[]> {
  return (await memberPairsWithProgrammes(programmes, pairs, tenantId, memberId)).map((p) => p.pair.value);
}
