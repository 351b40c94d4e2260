import type { Notice, NoticeOutcome } from '../../domain/notices/notice';
import type { NoticePlan } from '../../domain/notices/notice-plans';
import type { JobQueue, QueuedJob } from '../job-queue';
import type { ConditionalWrite, Versioned } from '../versioned';

/** One batch of notices to send, as the queue carries it. */
export interface NoticeJob {
  tenantId: string;
  programmeId: string;
  batchId: string;
}

export type NoticeQueue = JobQueue<NoticeJob>;
export type QueuedNotice = QueuedJob<NoticeJob>;

/** The port for notice rows: per recipient, the truth about a notice (as delivery rows are for news). */
export interface NoticeRepository {
  /** Creates the rows that do not exist yet; existing rows (a double click, a retried invoke) are left alone. */
  createAll(notices: readonly Notice[]): Promise<void>;
  /** Every row of one batch, with its ETag. */
  batch(job: NoticeJob): Promise<Array<Versioned<Notice>>>;
  /** Writes the row if it still has this ETag (claiming a notice). */
  update(notice: Notice, etag: string): Promise<ConditionalWrite>;
  /** Writes the row whatever is there (the claimant recording the outcome). */
  write(notice: Notice): Promise<void>;
  /** The batches with a pending notice created before `before`, across tenants: for the sweep. */
  pendingBefore(before: Date): Promise<NoticeJob[]>;
  /** A programme's notices, for HR's records and tests. */
  ofProgramme(tenantId: string, programmeId: string): Promise<Notice[]>;
  /** Removes a programme's notices (its retention period is over). */
  deleteProgramme(tenantId: string, programmeId: string): Promise<void>;
  /** Notices to a person or naming them (ids in the subject), in a tenant: for their data export and deletion. */
  mentioning(tenantId: string, aadObjectId: string): Promise<Notice[]>;
  deleteMentioning(tenantId: string, aadObjectId: string): Promise<void>;
}

/**
 * Writes a notice for its recipient, at send time, in their language, and sends it through
 * Teams' rate limits and retries. A port because the jobs decide when and the Teams layer how.
 */
export interface NoticeDelivery {
  deliver(notice: Notice): Promise<NoticeOutcome>;
}

/**
 * Records the notices an action causes before the action is answered: rows first, then the
 * queue message, so a crash after the answer loses nothing. Handlers depend on this, not on jobs.
 */
export interface NoticeOutbox {
  /** Nothing to record (undefined) is fine. */
  record(plan: NoticePlan | undefined): Promise<void>;
}
