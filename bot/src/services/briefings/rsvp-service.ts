import {
  acceptedNames,
  answerRsvp,
  countRsvps,
  isInvited,
  type Briefing,
  type RsvpAnswer,
  type RsvpCounts,
  type RsvpFailure,
} from '../../domain/briefings';
import type { Clock } from '../../domain/clock';
import { fail, ok, type Result } from '../../domain/result';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeService } from '../programmes/programme-service';
import type { Actor } from '../versioned';
import type { BriefingRef } from './briefing-service';
import type { BriefingRepository, RsvpRepository } from './briefing-ports';

/** What an invitee sees: the briefing, their own answer and how many accepted (never who). */
export interface InviteeView {
  briefing: Briefing;
  mine?: RsvpAnswer;
  accepted: number;
  /** The invitee's own time zone and locale, from their profile (the card reads in them). */
  timeZone: string;
  locale: string;
}

/** What HR sees: the counts and who accepted. */
export interface OrganiserView {
  briefing: Briefing;
  counts: RsvpCounts;
  acceptedNames: string[];
}

/** Why an answer or a view is refused. */
export type RsvpServiceFailure = 'not-found' | 'not-admin' | 'busy' | RsvpFailure;

const MAX_CONFLICT_RETRIES = 3;

/** Invitees' answers (I'll be there / I can't) and what each person may see of them. */
export class RsvpService {
  constructor(
    private readonly programmes: ProgrammeService,
    private readonly profiles: Pick<ProfileRepository, 'get'>,
    private readonly briefings: Pick<BriefingRepository, 'get'>,
    private readonly rsvps: RsvpRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Records the person's answer. Only invitees (participants of the briefing's programme in its
   * audience) may answer; each person has their own row, so answers in parallel are all counted,
   * and one person's two devices settle on the last answer through the row's ETag.
   */
  async answer(actor: Actor, ref: BriefingRef, answer: RsvpAnswer): Promise<Result<InviteeView, RsvpServiceFailure>> {
    for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      const invitee = await this.invitee(actor, ref);
      if (!invitee.ok) return invitee;
      const { briefing, displayName } = invitee.value;
      const current = await this.rsvps.get(ref.programmeId, ref.briefingId, actor.aadObjectId);
      const person = { aadObjectId: actor.aadObjectId, displayName, invited: true };
      const next = answerRsvp(briefing, person, current?.value, answer, this.clock.now());
      if (!next.ok) return next;
      if (next.value === current?.value) return this.inviteeView(actor, ref);
      const written = current
        ? await this.rsvps.update(next.value, current.etag)
        : (await this.rsvps.create(next.value)) === 'created'
          ? 'written'
          : 'conflict';
      if (written === 'written') return this.inviteeView(actor, ref);
    }
    // Every attempt lost to another write of the same person's answer (their other device): say so rather than guess.
    return fail('busy');
  }

  /** The invitee's view (a `refresh` of their card): their own answer and the count accepted. */
  async inviteeView(actor: Actor, ref: BriefingRef): Promise<Result<InviteeView, RsvpServiceFailure>> {
    const invitee = await this.invitee(actor, ref);
    if (!invitee.ok) return invitee;
    return ok(await this.viewFor(invitee.value.briefing, actor.aadObjectId, invitee.value));
  }

  /** The view of one invitee by id, for the card the fan-out sends them. */
  async invitationFor(
    tenantId: string,
    programmeId: string,
    briefingId: string,
    aadObjectId: string,
  ): Promise<InviteeView | undefined> {
    const [briefing, profile] = await Promise.all([
      this.briefings.get(tenantId, programmeId, briefingId),
      this.profiles.get(programmeId, aadObjectId),
    ]);
    if (!briefing || !profile || !isInvited(briefing.value, profile.value.role)) return undefined;
    return this.viewFor(briefing.value, aadObjectId, profile.value);
  }

  /** HR's view: counts and who accepted, for the admins of the briefing's programme only. */
  async organiserView(actor: Actor, ref: BriefingRef): Promise<Result<OrganiserView, RsvpServiceFailure>> {
    const programme = await this.programmes.get(actor, ref.programmeId);
    if (!programme.ok) return programme;
    const briefing = await this.briefings.get(actor.tenantId, ref.programmeId, ref.briefingId);
    return briefing ? ok(await this.organiserViewOf(briefing.value)) : fail('not-found');
  }

  /** HR's view without an actor: for updating HR's card after someone answered. */
  async organiserViewOf(briefing: Briefing): Promise<OrganiserView> {
    const rsvps = await this.rsvps.ofBriefing(briefing.programmeId, briefing.id);
    return { briefing, counts: countRsvps(rsvps), acceptedNames: acceptedNames(rsvps) };
  }

  /** The briefing and the person's profile, if the person is invited to it. */
  private async invitee(actor: Actor, ref: BriefingRef) {
    const [briefing, profile] = await Promise.all([
      this.briefings.get(actor.tenantId, ref.programmeId, ref.briefingId),
      this.profiles.get(ref.programmeId, actor.aadObjectId),
    ]);
    if (!briefing || briefing.value.status !== 'sent') return fail('not-found');
    if (!profile || !isInvited(briefing.value, profile.value.role)) return fail('not-invited');
    return ok({ briefing: briefing.value, ...profile.value });
  }

  private async viewFor(
    briefing: Briefing,
    aadObjectId: string,
    profile: { timeZone: string; locale: string },
  ): Promise<InviteeView> {
    const rsvps = await this.rsvps.ofBriefing(briefing.programmeId, briefing.id);
    return {
      briefing,
      mine: rsvps.find((rsvp) => rsvp.aadObjectId === aadObjectId)?.answer,
      accepted: countRsvps(rsvps).accepted,
      timeZone: profile.timeZone,
      locale: profile.locale,
    };
  }
}
