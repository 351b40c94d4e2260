import type { Pair } from '../domain/pairing/pair';
import type { Versioned } from '../services/versioned';
import { listEntities, readEntity, upsertEntity } from './entity-operations';
import { compositeKey, decodeKey, encodeKey } from './key-encoding';
import { PairMemberTableIndex } from './pair-member-index';
import { PairTableRepository } from './pairing.table-repositories';
import { EnrolmentTableRepository, linkRow } from './enrolment.table-repository';
import type { TableStore } from './table-store';

/** The rows that say a move is done: the indexes' own partitions always hold a `|`, these none. */
const DONE = { partitionKey: 'layout', rowKey: 'members-of-every-pair' } as const;
const CHATS_DONE = { partitionKey: 'layout', rowKey: 'chats-of-every-pair' } as const;
const LINKS_DONE = { partitionKey: 'layout', rowKey: 'links-of-every-enrolment' } as const;

interface MigrationRepositories {
  programmes: { listAll(): Promise<Versioned<{ id: string }>[]> };
  pairs: { list(programmeId: string): Promise<Versioned<Pair>[]> };
  pairMembers: PairMemberTableIndex;
}

/*
 * One-time moves to the indexes that let a person's data be found by key (see
 * docs/architecture.md): each writes what earlier versions did not, then a row saying so.
 */

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

/**
 * Records, for every chat index entry written before the chat history existed, the chat in its
 * pair's history (what deleting the pair removes from the index), once at start-up. Rewriting
 * a history row changes nothing, so it is safe to repeat and to run on several instances.
 * Returns how many entries it recorded (0 once done).
 */
export async function recordPairChats(store: TableStore): Promise<number> {
  const history = await store.table(PairTableRepository.CHAT_HISTORY_TABLE);
  if (await readEntity(history, CHATS_DONE.partitionKey, CHATS_DONE.rowKey)) return 0;
  const entries = await listEntities<
    { programmeId: string; pairId: string },
    { programmeId: string; pairId: string; chatId: string }
  >(await store.table(PairTableRepository.CHAT_INDEX_TABLE), 'all', (row) => ({
    programmeId: row.programmeId,
    pairId: row.pairId,
    chatId: decodeKey(row.rowKey ?? ''),
  }));
  for (const { programmeId, pairId, chatId } of entries)
    await upsertEntity(
      history,
      { partitionKey: compositeKey(programmeId, pairId), rowKey: encodeKey(chatId), chatId },
      'Replace',
    );
  await upsertEntity(history, { ...CHATS_DONE, at: new Date().toISOString() }, 'Replace');
  return entries.length;
}

/**
 * Writes the link row (person → address) of every enrolment linked to a Teams user before link
 * rows existed, once at start-up; safe to repeat and to run on several instances. Returns how
 * many it wrote (0 once done).
 */
export async function linkEnrolments(store: TableStore): Promise<number> {
  const links = await store.table(EnrolmentTableRepository.LINKS_TABLE);
  if (await readEntity(links, LINKS_DONE.partitionKey, LINKS_DONE.rowKey)) return 0;
  const linked = await listEntities<
    { aadObjectId?: string },
    { programmeId: string; email: string; aadObjectId?: string }
  >(await store.table(EnrolmentTableRepository.TABLE), 'all', (row) => ({
    programmeId: decodeKey(row.partitionKey ?? ''),
    email: decodeKey(row.rowKey ?? ''),
    aadObjectId: row.aadObjectId,
  }));
  const toWrite = linked.filter((e) => e.aadObjectId);
  for (const { programmeId, email, aadObjectId } of toWrite)
    await upsertEntity(links, linkRow(programmeId, aadObjectId!, email), 'Replace');
  await upsertEntity(links, { ...LINKS_DONE, at: new Date().toISOString() }, 'Replace');
  return toWrite.length;
}
