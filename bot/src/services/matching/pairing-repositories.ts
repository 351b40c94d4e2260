import type { Pair } from '../../domain/pairing/pair';
import type { Proposal } from '../../domain/pairing/proposal';
import type { ConditionalWrite, Versioned } from '../versioned';

/** The port for HR's current proposal, one per programme. */
export interface ProposalRepository {
  get(programmeId: string): Promise<Versioned<Proposal> | undefined>;
  /** Replaces the proposal if it still has this ETag (or creates it when `etag` is undefined). */
  save(proposal: Proposal, etag: string | undefined): Promise<ConditionalWrite | 'exists'>;
  delete(programmeId: string): Promise<void>;
}

/** Where a pair is stored: its programme and pair id. */
export interface PairKey {
  programmeId: string;
  pairId: string;
}

/** The port for published pairs. */
export interface PairRepository {
  list(programmeId: string): Promise<Versioned<Pair>[]>;
  get(programmeId: string, pairId: string): Promise<Versioned<Pair> | undefined>;
  /** The pairs of a programme that a person belongs to, by key (through the member index). */
  ofMember(programmeId: string, memberId: string): Promise<Versioned<Pair>[]>;
  /**
   * The pair bound to a group chat: one index lookup and one read, however many pairs the
   * tenant has (every pair-chat command and every journey tab request asks this).
   */
  findByChat(tenantId: string, chatId: string): Promise<Versioned<Pair> | undefined>;
  /**
   * What the chat index says about a chat, without reading the pair: a hint the caller must
   * check against the pair row (its chatId and tenant), which is the truth.
   */
  keyOfChat(tenantId: string, chatId: string): Promise<PairKey | undefined>;
  /** Creates the pair unless it exists (publishing twice). */
  create(pair: Pair): Promise<'created' | 'exists'>;
  update(pair: Pair, etag: string): Promise<ConditionalWrite>;
  delete(programmeId: string, pairId: string): Promise<void>;
}
