/** Who a briefing is for: the mentor team, or every participant (a kick-off). */
export const BRIEFING_AUDIENCES = ['mentors', 'everyone'] as const;
export type BriefingAudience = (typeof BRIEFING_AUDIENCES)[number];

/** Limits HR meets on the briefing form; a card must stay well under Teams' 28 KB. */
export const BRIEFING_LIMITS = {
  title: 120,
  agenda: 2000,
  materials: 2000,
  url: 2000,
  durationMin: 15,
  durationMax: 480,
  durationDefault: 60,
} as const;

/** What HR plans: what, when (a UTC instant), how long, where to join, and for whom. */
export interface BriefingDraft {
  programmeId: string;
  title: string;
  /** UTC ISO instant; each reader sees it in their own time zone. */
  startsAt: string;
  durationMinutes: number;
  /** The Teams meeting's join link (https). */
  joinUrl: string;
  agenda?: string;
  materials?: string;
  audience: BriefingAudience;
}

/** Where HR's card for a briefing lives, so every instance can keep its count current. */
export interface BriefingCardLocation {
  /** HR's personal chat, as a conversation reference (opaque outside the Teams layer). */
  reference: Record<string, unknown>;
  activityId: string;
  locale: string;
}

/** A briefing: a draft until HR sends the invitation, then `sent`. */
export interface Briefing extends BriefingDraft {
  id: string;
  tenantId: string;
  status: 'draft' | 'sent';
  createdBy: string;
  createdByName: string;
  createdAt: string;
  sentAt?: string;
  /** HR's card with the answers, once sent. */
  hrCard?: BriefingCardLocation;
}

const MINUTE = 60_000;

/** A stored draft (after Preview); previewing again replaces its content. */
export function draftBriefing(
  draft: BriefingDraft,
  meta: { id: string; tenantId: string; createdBy: string; createdByName: string; now: Date },
): Briefing {
  return {
    ...draft,
    id: meta.id,
    tenantId: meta.tenantId,
    status: 'draft',
    createdBy: meta.createdBy,
    createdByName: meta.createdByName,
    createdAt: meta.now.toISOString(),
  };
}

/** Why sending is refused: sent already, or its start has passed since the preview. */
export type SendFailure = 'already-sent' | 'in-the-past';

/** The draft, sent now; HR's card is where the answers will show. */
export function sendBriefing(
  briefing: Briefing,
  now: Date,
  hrCard: BriefingCardLocation,
): { ok: true; value: Briefing } | { ok: false; reason: SendFailure } {
  if (briefing.status !== 'draft') return { ok: false, reason: 'already-sent' };
  if (Date.parse(briefing.startsAt) <= now.getTime()) return { ok: false, reason: 'in-the-past' };
  return { ok: true, value: { ...briefing, status: 'sent', sentAt: now.toISOString(), hrCard } };
}

/** The end of the session. */
export function briefingEnd(briefing: Pick<Briefing, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(Date.parse(briefing.startsAt) + briefing.durationMinutes * MINUTE);
}

/** True once the session has ended: answers and reminders are over. */
export function isOver(briefing: Pick<Briefing, 'startsAt' | 'durationMinutes'>, now: Date): boolean {
  return briefingEnd(briefing).getTime() <= now.getTime();
}

/** Whether a participant with this role is invited. */
export function isInvited(briefing: Pick<Briefing, 'audience'>, role: 'mentor' | 'mentee'): boolean {
  return briefing.audience === 'everyone' || role === 'mentor';
}

/**
 * The programme's next sent briefing for mentors (for mentors or everyone) that has not ended
 * by `now`: the earliest start among those still to come or running.
 */
export function nextBriefing<B extends Briefing>(briefings: readonly B[], now: Date): B | undefined {
  return briefings
    .filter((briefing) => briefing.status === 'sent' && !isOver(briefing, now))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}
