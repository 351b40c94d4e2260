import type { Pair } from '../domain/pairing/pair';
import type { Versioned } from '../services/versioned';
import { readEntity, upsertEntity } from './entity-operations';
import { PairMemberTableIndex } from './pair-member-index';
import type { TableStore } from './table-store';

/** The row that says every pair is in the index: member partitions always hold a `|`, this one none. */
const DONE = { partitionKey: 'layout', rowKey: 'members-of-every-pair' } as const;

interface MigrationRepositories {
  programmes: { listAll(): Promise<Versioned<{ id: string }>[]> };
  pairs: { list(programmeId: string): Promise<Versioned<Pair>[]> };
  pairMembers: PairMemberTableIndex;
}

/**
 * Adds the pairs made before the member index existed to it, once, at start-up: every pair of
 * every programme, then a row saying so. Writing a pair's rows again changes nothing, so the
 * move is safe to repeat (a crash half-way) and to run on several instances at once. Returns
 * how many pairs it indexed (0 once done).
 */
export async function indexPairMembers(store: TableStore, repos: MigrationRepositories): Promise<number> {
  const table = await store.table(PairMemberTableIndex.TABLE);
  if (await readEntity(table, DONE.partitionKey, DONE.rowKey)) return 0;
  let indexed = 0;
  for (const programme of await repos.programmes.listAll()) {
    for (const pair of await repos.pairs.list(programme.value.id)) {
      await repos.pairMembers.add(pair.value);
      indexed += 1;
    }
  }
  await upsertEntity(table, { ...DONE, at: new Date().toISOString() }, 'Replace');
  return indexed;
}
