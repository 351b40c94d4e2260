import type { TableClient } from '@azure/data-tables';
import type { Pair, PairMomentum } from '../domain/pairing/pair';
import { pairIdOf } from '../domain/pairing/pair';
import type { PairEndCode } from '../domain/pairing/pair-ending';
import type { Proposal } from '../domain/pairing/proposal';
import type { PairKey, PairRepository, ProposalRepository } from '../services/matching/pairing-repositories';
import { writingPair, type PairRevisions } from '../services/pair-revisions';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import { fromChunkedColumns, toChunkedColumns } from './chunked-json';
import {
  createEntity,
  deleteEntities,
  deleteEntity,
  deleteEntityIfMatch,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  upsertEntity,
  type StoredEntity,
} from './entity-operations';
import { fromJsonColumn, toJsonColumn, withoutUndefined } from './json-columns';
import { compositeKey, encodeKey } from './key-encoding';
import { PairRevisionTableRepository } from './pair-revision.table-repository';
import { PairMemberTableIndex } from './pair-member-index';
import { isRevisionRow, PAIRS_TABLE, pairRowKey } from './pair-rows';
import type { TableStore } from './table-store';

const CURRENT = 'current';

/** HR's current proposal per programme: one row, the result spread over text columns. */
export class ProposalTableRepository implements ProposalRepository {
  static readonly TABLE = 'proposals';

  constructor(private readonly store: TableStore) {}

  async get(programmeId: string): Promise<Versioned<Proposal> | undefined> {
    const row = await readEntity<Record<string, unknown>>(await this.table(), encodeKey(programmeId), CURRENT);
    if (!row) return undefined;
    return {
      etag: row.etag,
      value: {
        programmeId,
        result: fromChunkedColumns('result', row),
        locked: fromJsonColumn(row.locked, []),
        excluded: fromJsonColumn(row.excluded, []),
        createdAt: String(row.createdAt),
        createdBy: String(row.createdBy),
        publishedAt: row.publishedAt ? String(row.publishedAt) : undefined,
      },
    };
  }

  async save(proposal: Proposal, etag: string | undefined): Promise<ConditionalWrite | 'exists'> {
    const entity = {
      partitionKey: encodeKey(proposal.programmeId),
      rowKey: CURRENT,
      ...toChunkedColumns('result', proposal.result),
      ...withoutUndefined({
        locked: toJsonColumn(proposal.locked),
        excluded: toJsonColumn(proposal.excluded),
        createdAt: proposal.createdAt,
        createdBy: proposal.createdBy,
        publishedAt: proposal.publishedAt,
      }),
    };
    const table = await this.table();
    if (etag === undefined) {
      const created = await createEntity(table, entity);
      return created.status === 'created' ? 'written' : 'exists';
    }
    return (await updateEntityIfMatch(table, entity, etag)).status;
  }

  async delete(programmeId: string): Promise<void> {
    await deleteEntity(await this.table(), encodeKey(programmeId), CURRENT);
  }

  private table(): Promise<TableClient> {
    return this.store.table(ProposalTableRepository.TABLE);
  }
}

interface PairRow {
  tenantId: string;
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: string;
  status: string;
  chatId?: string;
  createdAt: string;
  respondedAt?: string;
  endedAt?: string;
  endReason?: string;
  endCode?: string;
  momentum?: string;
}

interface ChatIndexRow {
  programmeId: string;
  pairId: string;
}

/**
 * Published pairs, one partition per programme, and the index of their group chats. A new pair
 * gets its first revision token (so its journey can be cached); a deleted pair loses it. The
 * tokens are rows of this table too (see pair-rows.ts), left out of every listing.
 */
export class PairTableRepository implements PairRepository {
  static readonly TABLE = PAIRS_TABLE;
  /** Group chat → pair, per tenant. */
  static readonly CHAT_INDEX_TABLE = 'pairChats';
  /** Pair → every chat it was bound to, one partition per pair: what deleting the pair removes from the index. */
  static readonly CHAT_HISTORY_TABLE = 'pairChatHistory';

  constructor(
    private readonly store: TableStore,
    private readonly revisions: PairRevisions = new PairRevisionTableRepository(store),
    private readonly members = new PairMemberTableIndex(store),
  ) {}

  async list(programmeId: string): Promise<Versioned<Pair>[]> {
    const rows = await listEntities<PairRow, Versioned<Pair> | undefined>(
      await this.table(),
      { partitionKey: encodeKey(programmeId) },
      (row) => (isRevisionRow(row.rowKey) ? undefined : fromRow(programmeId, row)),
    );
    return rows.filter((pair) => pair !== undefined);
  }

  async get(programmeId: string, pairId: string): Promise<Versioned<Pair> | undefined> {
    const row = await readEntity<PairRow>(await this.table(), encodeKey(programmeId), pairRowKey(pairId));
    return row && fromRow(programmeId, row);
  }

  async ofMember(programmeId: string, memberId: string): Promise<Versioned<Pair>[]> {
    const found = await Promise.all(
      (await this.members.pairIdsOf(programmeId, memberId)).map((pairId) => this.get(programmeId, pairId)),
    );
    // The pair row decides: an index row left by a crash before its pair was written names no pair.
    return found.filter(
      (pair): pair is Versioned<Pair> => pair?.value.mentorId === memberId || pair?.value.menteeId === memberId,
    );
  }

  async keyOfChat(tenantId: string, chatId: string): Promise<PairKey | undefined> {
    const entry = await readEntity<ChatIndexRow>(await this.chatIndex(), encodeKey(tenantId), encodeKey(chatId));
    return entry && { programmeId: entry.programmeId, pairId: entry.pairId };
  }

  async findByChat(tenantId: string, chatId: string): Promise<Versioned<Pair> | undefined> {
    const key = await this.keyOfChat(tenantId, chatId);
    const pair = key && (await this.get(key.programmeId, key.pairId));
    // The pair row is the truth: an entry left behind by a pair that moved on is ignored.
    return pair?.value.chatId === chatId && pair.value.tenantId === tenantId ? pair : undefined;
  }

  async create(pair: Pair): Promise<'created' | 'exists'> {
    // Members first: a crash after it leaves rows naming no pair, never a pair whose profile edits go unseen.
    await this.members.add(pair);
    const status = (await createEntity(await this.table(), toRow(pair))).status;
    if (status === 'created') {
      await this.indexChat(pair);
      // The pair's first token, so its journey can be cached.
      await writingPair(this.revisions, this.keyOf(pair), async () => {});
    }
    return status;
  }

  /** Bracketed by the pair's revision: journeys keep the pair row with their data (see journey-data.ts). */
  async update(pair: Pair, etag: string): Promise<ConditionalWrite> {
    const table = await this.table();
    const status = await writingPair(this.revisions, this.keyOf(pair), async () => {
      return (await updateEntityIfMatch(table, toRow(pair), etag)).status;
    });
    if (status === 'written') await this.indexChat(pair);
    return status;
  }

  async delete(programmeId: string, pairId: string): Promise<void> {
    const found = await this.get(programmeId, pairId);
    await deleteEntity(await this.table(), encodeKey(programmeId), pairRowKey(pairId));
    if (found) await this.unindex(found.value);
    await this.revisions.forget(programmeId, pairId);
    if (found) await this.members.remove(found.value);
  }

  private keyOf(pair: Pair): PairKey {
    return { programmeId: pair.programmeId, pairId: pairIdOf(pair.mentorId, pair.menteeId) };
  }

  /**
   * Every index entry of the pair, also those of chats it was bound to before (they name its
   * members, in the pair id): the pair's chats are listed by key in its history partition, and
   * an entry is removed only while it still points at this pair (another pair may have the chat now).
   */
  private async unindex(pair: Pair): Promise<void> {
    const pairId = pairIdOf(pair.mentorId, pair.menteeId);
    const [index, history] = await Promise.all([this.chatIndex(), this.chatHistory()]);
    const historyKey = compositeKey(pair.programmeId, pairId);
    const chats = await listEntities<{ chatId: string }, string>(
      history,
      { partitionKey: historyKey },
      (row) => row.chatId,
      ['chatId'],
    );
    for (const chatId of new Set([...chats, ...(pair.chatId ? [pair.chatId] : [])])) {
      const entry = await readEntity<ChatIndexRow>(index, encodeKey(pair.tenantId), encodeKey(chatId));
      if (entry?.programmeId === pair.programmeId && entry.pairId === pairId)
        await deleteEntityIfMatch(index, encodeKey(pair.tenantId), encodeKey(chatId), entry.etag);
    }
    await deleteEntities(history, { partitionKey: historyKey });
  }

  /** Written after the pair row; a crash in between is healed by the next update of the pair. */
  private async indexChat(pair: Pair): Promise<void> {
    if (!pair.chatId) return;
    const entry: ChatIndexRow = { programmeId: pair.programmeId, pairId: pairIdOf(pair.mentorId, pair.menteeId) };
    // The history first: an index entry is never without the record that lets the pair's deletion find it.
    await upsertEntity(
      await this.chatHistory(),
      {
        partitionKey: compositeKey(pair.programmeId, entry.pairId),
        rowKey: encodeKey(pair.chatId),
        chatId: pair.chatId,
      },
      'Replace',
    );
    await upsertEntity(
      await this.chatIndex(),
      { partitionKey: encodeKey(pair.tenantId), rowKey: encodeKey(pair.chatId), ...entry },
      'Replace',
    );
  }

  private table(): Promise<TableClient> {
    return this.store.table(PairTableRepository.TABLE);
  }

  private chatIndex(): Promise<TableClient> {
    return this.store.table(PairTableRepository.CHAT_INDEX_TABLE);
  }

  private chatHistory(): Promise<TableClient> {
    return this.store.table(PairTableRepository.CHAT_HISTORY_TABLE);
  }
}

function toRow(pair: Pair) {
  const row: PairRow = {
    tenantId: pair.tenantId,
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    score: pair.score,
    reasons: toJsonColumn(pair.reasons)!,
    status: pair.status,
    chatId: pair.chatId,
    createdAt: pair.createdAt,
    respondedAt: pair.respondedAt,
    endedAt: pair.endedAt,
    endReason: pair.endReason,
    endCode: pair.endCode,
    momentum: toJsonColumn(pair.momentum),
  };
  return {
    partitionKey: encodeKey(pair.programmeId),
    rowKey: pairRowKey(pairIdOf(pair.mentorId, pair.menteeId)),
    ...withoutUndefined(row),
  };
}

function fromRow(programmeId: string, row: StoredEntity<PairRow>): Versioned<Pair> {
  return {
    etag: row.etag,
    value: {
      programmeId,
      tenantId: row.tenantId,
      mentorId: row.mentorId,
      menteeId: row.menteeId,
      score: row.score,
      reasons: fromJsonColumn(row.reasons, []),
      status: row.status as Pair['status'],
      chatId: row.chatId,
      createdAt: row.createdAt,
      respondedAt: row.respondedAt,
      endedAt: row.endedAt,
      endReason: row.endReason,
      ...(row.endCode ? { endCode: row.endCode as PairEndCode } : {}),
      ...(row.momentum ? { momentum: fromJsonColumn<PairMomentum | undefined>(row.momentum, undefined) } : {}),
    },
  };
}
