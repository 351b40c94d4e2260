import type { TableClient } from '@azure/data-tables';
import { pairIdOf, type Pair } from '../domain/pairing/pair';
import type { PairMemberships } from '../services/pair-revisions';
import { deleteEntity, listEntities, upsertEntity } from './entity-operations';
import { compositeKey, encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

interface MemberRow {
  pairId: string;
}

/**
 * The pairs each person is a member of, one partition per person and programme: a profile
 * edit finds the pairs whose journeys show that profile with one partition query, so it can
 * move their revision tokens (see profile.table-repository.ts). Written with the pair, removed
 * with it; rows of pairs that ended stay (their journeys are gone, a token move costs nothing).
 */
export class PairMemberTableIndex implements PairMemberships {
  static readonly TABLE = 'pairMembers';

  constructor(private readonly store: TableStore) {}

  async pairIdsOf(programmeId: string, memberId: string): Promise<string[]> {
    return listEntities<MemberRow, string>(
      await this.table(),
      { partitionKey: compositeKey(programmeId, memberId) },
      (row) => row.pairId,
      ['pairId'],
    );
  }

  /** Both members' rows; written again when they exist (publishing twice, the start-up migration). */
  async add(pair: Pair): Promise<void> {
    const pairId = pairIdOf(pair.mentorId, pair.menteeId);
    const table = await this.table();
    for (const memberId of [pair.mentorId, pair.menteeId])
      await upsertEntity(table, { ...this.keys(pair.programmeId, memberId, pairId), pairId }, 'Replace');
  }

  async remove(pair: Pair): Promise<void> {
    const pairId = pairIdOf(pair.mentorId, pair.menteeId);
    const table = await this.table();
    for (const memberId of [pair.mentorId, pair.menteeId]) {
      const { partitionKey, rowKey } = this.keys(pair.programmeId, memberId, pairId);
      await deleteEntity(table, partitionKey, rowKey);
    }
  }

  private keys(programmeId: string, memberId: string, pairId: string) {
    return { partitionKey: compositeKey(programmeId, memberId), rowKey: encodeKey(pairId) };
  }

  private table(): Promise<TableClient> {
    return this.store.table(PairMemberTableIndex.TABLE);
  }
}
