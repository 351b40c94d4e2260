import { fail, ok, type Result } from '../result';
import type { NewsDraft } from './news-content';

/**
 * The life of a broadcast. `queued` means its recipients are being written and enqueued; a
 * job picks up a `queued` broadcast whose fan-out stalled (a crash) and finishes it.
 */
export const BROADCAST_STATUSES = ['draft', 'scheduled', 'cancelled', 'queued', 'sending', 'done'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

/** Where the admin's report card lives, so every worker can update it in place. */
export interface ReportLocation {
  /** The admin's personal chat, as a conversation reference (opaque outside the Teams layer). */
  reference: Record<string, unknown>;
  activityId: string;
  locale: string;
}

/**
 * What a broadcast carries besides news: a feature's own item (a briefing invitation, a good
 * practice), named by kind and id. The fan-out treats it like news (per-recipient rows,
 * throttling, retries, the live report); only the card each recipient gets comes from the
 * feature, through the card maker registered for its `kind` in the Teams layer. The
 * broadcast's `content` then holds the title HR's report and news list show.
 */
export interface BroadcastSubject {
  /** The feature's name for its items, e.g. `briefing`; one card maker per kind. */
  kind: string;
  /** The item's id within the tenant, as the feature stores it. */
  id: string;
}

export interface Broadcast extends NewsDraft {
  id: string;
  /** Absent for news; set when a feature sends its own card through the fan-out. */
  subject?: BroadcastSubject;
  tenantId: string;
  status: BroadcastStatus;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  scheduledFor?: string;
  queuedAt?: string;
  /** How many shards its recipients are spread over; chosen by the first fan-out and kept. */
  shards?: number;
  /** Recipients written; known once the fan-out is complete. */
  total?: number;
  finishedAt?: string;
  cancelledAt?: string;
  report?: ReportLocation;
}

export type BroadcastChangeFailure = 'already-sent' | 'not-scheduled' | 'in-the-past';

/** A stored draft (after Preview); re-previewing replaces its content. */
export function draftBroadcast(
  draft: NewsDraft,
  meta: { id: string; tenantId: string; createdBy: string; createdByName: string; now: Date },
): Broadcast {
  return {
    ...draft,
    id: meta.id,
    tenantId: meta.tenantId,
    createdBy: meta.createdBy,
    createdByName: meta.createdByName,
    createdAt: meta.now.toISOString(),
    status: 'draft',
  };
}

/**
 * A feature's item, ready for the fan-out at once (it has no draft stage of its own: the
 * feature keeps its own preview). `content` is the title per language for HR's report.
 */
export function subjectBroadcast(
  draft: NewsDraft & { subject: BroadcastSubject },
  meta: { id: string; tenantId: string; createdBy: string; createdByName: string; now: Date },
  report?: ReportLocation,
): Broadcast {
  return {
    ...draftBroadcast(draft, meta),
    subject: draft.subject,
    status: 'queued',
    queuedAt: meta.now.toISOString(),
    report,
  };
}

/** Send now: the draft (or a due scheduled broadcast) is queued for fan-out. */
export function queueBroadcast(
  broadcast: Broadcast,
  now: Date,
  report?: ReportLocation,
): Result<Broadcast, BroadcastChangeFailure> {
  if (broadcast.status !== 'draft' && broadcast.status !== 'scheduled') return fail('already-sent');
  return ok({ ...broadcast, status: 'queued', queuedAt: now.toISOString(), report: report ?? broadcast.report });
}

/** Schedule: goes out at `at` unless cancelled first. */
export function scheduleBroadcast(
  broadcast: Broadcast,
  at: Date,
  now: Date,
  report?: ReportLocation,
): Result<Broadcast, BroadcastChangeFailure> {
  if (broadcast.status !== 'draft' && broadcast.status !== 'scheduled') return fail('already-sent');
  if (at.getTime() <= now.getTime()) return fail('in-the-past');
  return ok({ ...broadcast, status: 'scheduled', scheduledFor: at.toISOString(), report: report ?? broadcast.report });
}

/** Cancel a scheduled broadcast; once it is on its way it can no longer be called back. */
export function cancelBroadcast(broadcast: Broadcast, now: Date): Result<Broadcast, BroadcastChangeFailure> {
  if (broadcast.status !== 'scheduled') return fail(broadcast.status === 'draft' ? 'not-scheduled' : 'already-sent');
  return ok({ ...broadcast, status: 'cancelled', cancelledAt: now.toISOString() });
}

/** Fan-out complete: every recipient has a status row and a queue message. */
export function startSending(broadcast: Broadcast, total: number): Broadcast {
  return { ...broadcast, status: 'sending', total };
}

/** Every recipient has a final status. */
export function finishBroadcast(broadcast: Broadcast, now: Date): Broadcast {
  return { ...broadcast, status: 'done', finishedAt: now.toISOString() };
}

/** A scheduled broadcast whose time has come. */
export function isDue(broadcast: Broadcast, now: Date): boolean {
  return (
    broadcast.status === 'scheduled' && !!broadcast.scheduledFor && Date.parse(broadcast.scheduledFor) <= now.getTime()
  );
}

/** A queued broadcast whose fan-out has not finished within `leaseMs` (its instance probably died). */
export function isStalled(broadcast: Broadcast, now: Date, leaseMs: number): boolean {
  return (
    broadcast.status === 'queued' && !!broadcast.queuedAt && now.getTime() - Date.parse(broadcast.queuedAt) >= leaseMs
  );
}
