import {
  briefingRemindersFor,
  draftBriefing,
  parseBriefingForm,
  sendBriefing,
  type Briefing,
  type BriefingCardLocation,
  type BriefingFormFailure,
  type SendFailure,
} from '../../domain/briefings';
import type { ReportLocation } from '../../domain/broadcasts';
import type { Clock } from '../../domain/clock';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { BroadcastFailure } from '../broadcasts/broadcast-service';
import type { SubjectBroadcasts } from '../broadcasts/subject-broadcasts';
import type { DueIndex } from '../meetings/meeting-ports';
import type { ProgrammeService } from '../programmes/programme-service';
import type { Actor } from '../versioned';
import type { BriefingRepository } from './briefing-ports';

/** The subject kind briefing invitations carry through the broadcast fan-out. */
export const BRIEFING_SUBJECT = 'briefing';

/** Why planning a briefing is refused. */
export type BriefingPlanFailure =
  'not-admin' | 'no-programme' | 'not-found' | 'busy' | BriefingFormFailure | SendFailure | BroadcastFailure;

/** Where a briefing is found: its programme and id (both from card data, so both checked). */
export interface BriefingRef {
  programmeId: string;
  briefingId: string;
}

/** HR's use cases for briefings: plan, preview, send the invitation; every step checks admin rights. */
export class BriefingService {
  constructor(
    private readonly programmes: ProgrammeService,
    private readonly briefings: BriefingRepository,
    private readonly invitations: SubjectBroadcasts,
    private readonly dueIndex: Pick<DueIndex, 'add'>,
    private readonly clock: Clock,
  ) {}

  /** The open programmes this person runs; refused for everyone else. */
  async programmesFor(actor: Actor): Promise<Result<Programme[], 'not-admin' | 'no-programme'>> {
    return this.programmes.openProgrammesRunBy(actor);
  }

  /**
   * Stores the draft (created on the first preview, replaced on the next) with its start read
   * on HR's wall clock. The id comes from the form card, so a double click stores one draft.
   */
  async preview(
    actor: Actor,
    briefingId: string,
    input: unknown,
    timeZone: string,
  ): Promise<Result<Briefing, BriefingPlanFailure>> {
    const parsed = parseBriefingForm(input, timeZone, this.clock.now());
    if (!parsed.ok) return parsed;
    const programme = await this.programmes.get(actor, parsed.value.programmeId);
    if (!programme.ok) return programme;
    const draft = draftBriefing(parsed.value, {
      id: briefingId,
      tenantId: actor.tenantId,
      createdBy: actor.aadObjectId,
      createdByName: actor.displayName,
      now: this.clock.now(),
    });
    if ((await this.briefings.create(draft)) === 'created') return ok(draft);
    const existing = await this.briefings.get(actor.tenantId, draft.programmeId, briefingId);
    if (!existing || existing.value.createdBy !== actor.aadObjectId) return fail('not-found');
    if (existing.value.status !== 'draft') return fail('already-sent');
    const updated = { ...draft, createdAt: existing.value.createdAt };
    return (await this.briefings.update(updated, existing.etag)) === 'written' ? ok(updated) : fail('busy');
  }

  /** One briefing, if this person runs its programme. */
  async get(actor: Actor, ref: BriefingRef): Promise<Result<Briefing, BriefingPlanFailure>> {
    const programme = await this.programmes.get(actor, ref.programmeId);
    if (!programme.ok) return programme;
    const found = await this.briefings.get(actor.tenantId, ref.programmeId, ref.briefingId);
    return found ? ok(found.value) : fail('not-found');
  }

  /**
   * Sends the invitation: the draft becomes `sent` (with HR's card, where the answers show),
   * its reminders go into the due index at the programme's lead times, and the invitation is
   * queued for the fan-out (the caller starts it). Pressing Send again, or after a crash half
   * way, repeats only the steps that are safe to repeat and queues nothing twice.
   */
  async send(
    actor: Actor,
    ref: BriefingRef,
    hrCard: BriefingCardLocation,
    report?: ReportLocation,
  ): Promise<Result<Briefing, BriefingPlanFailure>> {
    const programme = await this.programmes.get(actor, ref.programmeId);
    if (!programme.ok) return programme;
    const found = await this.briefings.get(actor.tenantId, ref.programmeId, ref.briefingId);
    if (!found) return fail('not-found');
    let briefing = found.value;
    if (briefing.status === 'draft') {
      const sent = sendBriefing(briefing, this.clock.now(), hrCard);
      if (!sent.ok) return fail(sent.reason);
      if ((await this.briefings.update(sent.value, found.etag)) !== 'written') return fail('busy');
      briefing = sent.value;
    }
    await this.dueIndex.add(briefingRemindersFor(briefing, this.clock.now(), programme.value.reminderLeadsMinutes));
    const queued = await this.invitations.queue(
      actor,
      {
        broadcastId: briefing.id,
        programmeId: briefing.programmeId,
        subject: { kind: BRIEFING_SUBJECT, id: briefing.id },
        titles: { de: briefing.title, en: briefing.title },
        audience: [briefing.audience === 'everyone' ? 'participants' : 'mentors'],
      },
      report,
    );
    return queued.ok ? ok(briefing) : queued;
  }
}
