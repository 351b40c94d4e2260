import type {
  Broadcast,
  ChannelKind,
  DeliveryCounts,
  DeliveryOutcome,
  Recipient,
  RecipientStatus,
} from '../../domain/broadcasts';
import type { BroadcastProgress } from './broadcast-fan-out';
import type { JobQueue, QueuedJob } from '../job-queue';
import type { ConditionalWrite, Versioned } from '../versioned';

/** The port for broadcasts, one per piece of news. */
export interface BroadcastRepository {
  get(tenantId: string, broadcastId: string): Promise<Versioned<Broadcast> | undefined>;
  /** Creates the broadcast unless one with its id exists (a double click on Preview). */
  create(broadcast: Broadcast): Promise<'created' | 'exists'>;
  update(broadcast: Broadcast, etag: string): Promise<ConditionalWrite>;
  /** The tenant's broadcasts that left the draft stage, newest first. */
  recent(tenantId: string, limit: number): Promise<Broadcast[]>;
  /** Every tenant's scheduled, queued and sending broadcasts: for the background job only. */
  active(): Promise<Versioned<Broadcast>[]>;
}

/** The port for per-recipient delivery rows: the truth about who got a broadcast. */
export interface RecipientRepository {
  /** Creates the rows that do not exist yet; existing rows (and their statuses) are left alone. */
  createAll(recipients: readonly Recipient[]): Promise<void>;
  get(broadcastId: string, shard: number, key: string): Promise<Versioned<Recipient> | undefined>;
  /** Every row of one shard, with its ETag: what a worker reads for one queue message. */
  shard(broadcastId: string, shard: number): Promise<Versioned<Recipient>[]>;
  /** Writes the row if it still has this ETag (claiming a delivery). */
  update(recipient: Recipient, etag: string): Promise<ConditionalWrite>;
  /**
   * Claims rows of one shard together (their status, claimant and claim time), each only if it
   * still has its ETag: all are claimed or none (`conflict` when any row changed since it was read).
   */
  claimAll(rows: ReadonlyArray<Versioned<Recipient>>): Promise<ConditionalWrite>;
  /** Writes the row whatever is there (the claimant recording its outcome). */
  write(recipient: Recipient): Promise<void>;
  /** Writes rows of one shard whatever is there, together (the claimant recording outcomes). */
  writeAll(recipients: readonly Recipient[]): Promise<void>;
  list(broadcastId: string): Promise<Recipient[]>;
  /** The deliveries to one person in these broadcasts, read by key: for their data export. */
  ofPerson(aadObjectId: string, broadcasts: readonly ShardedBroadcast[]): Promise<Recipient[]>;
  /** Removes every delivery row of a broadcast (its programme's retention period is over); the broadcast keeps its totals. */
  deleteBroadcast(broadcastId: string): Promise<void>;
  /** Removes one person's delivery rows in these broadcasts (their data is deleted; the reports count one fewer). */
  deletePerson(aadObjectId: string, broadcasts: readonly ShardedBroadcast[]): Promise<void>;
  /** Each row's key and status only: what a resumed fan-out and the exact count of a broadcast read (the live report reads the shard tallies). */
  statuses(broadcastId: string): Promise<Array<{ key: string; shard: number; status: RecipientStatus }>>;
}

/**
 * The port for shard tallies: each shard's counts as the worker sending it last recorded them,
 * so the live report of a big broadcast need not read every row. A tally is written after the
 * rows it counts, so it can lag behind them (a crash in between, a shard two workers touched),
 * never run ahead: the rows stay the truth, and a broadcast is marked done only when they say so.
 */
export interface ShardTallies {
  record(broadcastId: string, shard: number, counts: DeliveryCounts): Promise<void>;
  ofBroadcast(broadcastId: string): Promise<DeliveryCounts[]>;
  deleteBroadcast(broadcastId: string): Promise<void>;
}

/** One shard of a broadcast to deliver, as carried by the queue. */
export interface DeliveryJob {
  tenantId: string;
  broadcastId: string;
  shard: number;
}

/** A shard taken from the fan-out queue. */
export type QueuedDelivery = QueuedJob<DeliveryJob>;

/** The port for the fan-out queue (Azure Queue Storage). Messages may arrive more than once. */
export type DeliveryQueue = JobQueue<DeliveryJob>;

/** A channel a programme posts to. */
export interface ChannelRef {
  conversationId: string;
  name: string;
  teamId?: string;
  /**
   * The team's Microsoft 365 group id (`channelData.team.aadGroupId`): a channel deep link needs
   * it. Channels set before it was recorded have none; they are shown without a link.
   */
  groupId?: string;
}

/** The port for a programme's news and community channels. */
export interface ChannelSettings {
  channels(tenantId: string, programmeId: string): Promise<Map<ChannelKind, ChannelRef>>;
  set(tenantId: string, programmeId: string, kind: ChannelKind, channel: ChannelRef): Promise<void>;
}

/**
 * Sends news to one recipient and shows HR the progress. A port because the broadcast jobs
 * decide what goes when and the Teams layer how it looks and travels.
 */
export interface BroadcastDelivery {
  deliver(broadcast: Broadcast, recipient: Recipient): Promise<DeliveryOutcome>;
  /** Updates the admin's report card in place. */
  showProgress(progress: BroadcastProgress): Promise<void>;
}

/** What finds a recipient's row in a broadcast: its id and shard count (none before its fan-out). */
export type ShardedBroadcast = Pick<Broadcast, 'id' | 'shards'>;
