import type { Pair } from '../../domain/pairing/pair';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Versioned } from '../versioned';
import type { PairRepository } from './pairing-repositories';

/**
 * Every pair of a tenant, across its programmes (optionally leaving one out). A tenant runs
 * few programmes, so this is one partition read per programme: the one place that walks them.
 */
export async function tenantPairs(programmes: ProgrammeRepository, pairs: PairRepository, tenantId: string, exceptProgrammeId?: string): Promise<Versioned<Pair>[]> {
  const ids = (await programmes.list(tenantId)).map((p) => p.value.id).filter((id) => id !== exceptProgrammeId);
  return (await Promise.all(ids.map((id) => pairs.list(id)))).flat();
}
