import type { Clock } from '../../domain/clock';
import { matchProfiles, type MatchingFailure, type MenteeProfile, type MentorProfile, type PairRef, type UtcOffsetLookup } from '../../domain/matching';
import { endPair, pairIdOf, respondToPair, isPairChat, type EndPairFailure, type Pair } from '../../domain/pairing/pair';
import { changeConstraints, type ConstraintChange, type Proposal } from '../../domain/pairing/proposal';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { ProgrammeService } from '../programmes/programme-service';
import type { Actor } from '../versioned';
import type { PairRepository, ProposalRepository } from './pairing-repositories';

export type MatchingServiceFailure = 'not-admin' | 'not-found' | 'not-matching' | 'no-proposal' | 'busy' | 'not-your-pair' | 'already-answered' | MatchingFailure['code'];

/** A proposal with the profiles it names, for the card. */
export interface ProposalView {
  programme: Programme;
  proposal: Proposal;
  people: ReadonlyMap<string, Profile>;
}

/** Active pairs keep their people out of new runs; declined ones are never proposed again. */
const ACTIVE: ReadonlySet<Pair['status']> = new Set(['awaiting-confirmation', 'confirmed']);

/** HR's matching use cases: propose, adjust, publish; and the mentee's answer. */
export class MatchingService {
  constructor(
    private readonly programmeService: ProgrammeService,
    private readonly programmes: ProgrammeRepository,
    private readonly profiles: ProfileRepository,
    private readonly proposals: ProposalRepository,
    private readonly pairs: PairRepository,
    private readonly clock: Clock,
    private readonly utcOffsetsAt: (instant: Date) => UtcOffsetLookup,
  ) {}

  /** Runs matching with the current locks and exclusions (or applies one change first) and stores the proposal. */
  async propose(actor: Actor, programmeId: string, change?: ConstraintChange): Promise<Result<ProposalView, MatchingServiceFailure>> {
    const programme = await this.programmeService.get(actor, programmeId);
    if (!programme.ok) return fail(programme.reason === 'not-admin' ? 'not-admin' : 'not-found');
    if (programme.value.status !== 'matching') return fail('not-matching');
    const stored = await this.proposals.get(programmeId);
    const constraints = change
      ? changeConstraints(stored?.value.locked ?? [], stored?.value.excluded ?? [], change)
      : { locked: stored?.value.locked ?? [], excluded: stored?.value.excluded ?? [] };
    const [profiles, pairs, previousPairs] = await Promise.all([this.profiles.listByProgramme(programmeId), this.pairs.list(programmeId), this.previousPairs(programme.value)]);
    const taken = new Set(pairs.filter((p) => ACTIVE.has(p.value.status)).flatMap((p) => [p.value.mentorId, p.value.menteeId]));
    const declined: PairRef[] = pairs.filter((p) => p.value.status === 'declined').map((p) => [p.value.mentorId, p.value.menteeId]);
    const pool = profiles.filter((profile) => !taken.has(profile.aadObjectId));
    // Locks and exclusions about people who are already paired (or gone) have done their job.
    const inPool = new Set(pool.map((p) => p.aadObjectId));
    const relevant = (pairs: readonly PairRef[]) => pairs.filter(([mentor, mentee]) => inPool.has(mentor) && inPool.has(mentee));
    const outcome = matchProfiles({
      mentors: pool.filter((p) => p.role === 'mentor').map(toMentor),
      mentees: pool.filter((p) => p.role === 'mentee').map(toPerson),
      previousPairs,
      locked: relevant(constraints.locked),
      excluded: [...constraints.excluded, ...declined],
      utcOffsetOf: this.utcOffsetsAt(this.clock.now()),
    });
    if (!outcome.ok) return fail(outcome.failure.code);
    const proposal: Proposal = { programmeId, result: outcome.result, ...constraints, createdAt: this.clock.now().toISOString(), createdBy: actor.aadObjectId };
    const written = await this.proposals.save(proposal, stored?.etag);
    if (written !== 'written') return fail('busy');
    return ok({ programme: programme.value, proposal, people: new Map(profiles.map((p) => [p.aadObjectId, p])) });
  }

  /** The stored proposal, for paging through it without running matching again. */
  async proposal(actor: Actor, programmeId: string): Promise<Result<ProposalView, MatchingServiceFailure>> {
    const programme = await this.programmeService.get(actor, programmeId);
    if (!programme.ok) return fail(programme.reason === 'not-admin' ? 'not-admin' : 'not-found');
    const stored = await this.proposals.get(programmeId);
    if (!stored) return fail('no-proposal');
    const profiles = await this.profiles.listByProgramme(programmeId);
    return ok({ programme: programme.value, proposal: stored.value, people: new Map(profiles.map((p) => [p.aadObjectId, p])) });
  }

  /**
   * Publishes the proposal: one pair per proposed pair, awaiting the mentee's confirmation.
   * Pair ids are derived from the two people, so publishing twice creates nothing new; the
   * returned list holds only the pairs created now, whose mentees must be asked.
   */
  async publish(actor: Actor, programmeId: string): Promise<Result<{ created: Pair[]; view: ProposalView }, MatchingServiceFailure>> {
    const view = await this.proposal(actor, programmeId);
    if (!view.ok) return view;
    const { proposal, programme } = view.value;
    const now = this.clock.now().toISOString();
    const created: Pair[] = [];
    for (const pair of proposal.result.pairs) {
      const record: Pair = { programmeId, tenantId: programme.tenantId, mentorId: pair.mentor, menteeId: pair.mentee, score: pair.score, reasons: [...pair.reasons], status: 'awaiting-confirmation', createdAt: now };
      if ((await this.pairs.create(record)) === 'created') created.push(record);
    }
    const stored = await this.proposals.get(programmeId);
    if (stored && !stored.value.publishedAt) await this.proposals.save({ ...stored.value, publishedAt: now }, stored.etag);
    return ok({ created, view: view.value });
  }

  /** The mentee's answer to a published pair. */
  async respond(actor: Actor, programmeId: string, pairId: string, accept: boolean): Promise<Result<Pair, MatchingServiceFailure>> {
    const found = await this.pairs.get(programmeId, pairId);
    if (!found || found.value.tenantId !== actor.tenantId) return fail('not-found');
    const answered = respondToPair(found.value, actor.aadObjectId, accept, this.clock.now());
    if (!answered.ok) return answered;
    return (await this.pairs.update(answered.value, found.etag)) === 'written' ? answered : fail('busy');
  }

  /** A pair with the profiles of both people. */
  async pairWithPeople(tenantId: string, programmeId: string, pairId: string): Promise<{ pair: Pair; mentor?: Profile; mentee?: Profile; programme?: Programme } | undefined> {
    const found = await this.pairs.get(programmeId, pairId);
    if (!found || found.value.tenantId !== tenantId) return undefined;
    const [mentor, mentee, programme] = await Promise.all([
      this.profiles.get(programmeId, found.value.mentorId),
      this.profiles.get(programmeId, found.value.menteeId),
      this.programmes.get(tenantId, programmeId),
    ]);
    return { pair: found.value, mentor: mentor?.value, mentee: mentee?.value, programme: programme?.value };
  }

  /** The tenant a programme belongs to (background jobs know only the programme). */
  async tenantOfProgramme(programmeId: string): Promise<string | undefined> {
    return (await this.programmes.listAll()).find((p) => p.value.id === programmeId)?.value.tenantId;
  }

  /** The confirmed pair a group chat is bound to, with both profiles. */
  async pairOfChat(tenantId: string, chatId: string): Promise<{ pair: Pair; mentor?: Profile; mentee?: Profile; programme?: Programme } | undefined> {
    for (const { value: programme } of await this.programmes.list(tenantId)) {
      const pair = (await this.pairs.list(programme.id)).map((p) => p.value).find((p) => p.status === 'confirmed' && p.chatId === chatId);
      if (pair) return this.pairWithPeople(tenantId, programme.id, pairIdOf(pair.mentorId, pair.menteeId));
    }
    return undefined;
  }

  /** Binds a group chat to the confirmed pair whose two people are exactly its members. */
  async bindChat(tenantId: string, chatId: string, memberIds: readonly string[]): Promise<Pair | undefined> {
    for (const { value: programme } of await this.programmes.list(tenantId)) {
      for (const { value: pair, etag } of await this.pairs.list(programme.id)) {
        if (!isPairChat(pair, memberIds)) continue;
        if (pair.chatId === chatId) return pair;
        const bound = { ...pair, chatId };
        return (await this.pairs.update(bound, etag)) === 'written' ? bound : undefined;
      }
    }
    return undefined;
  }

  /** A programme's pairs with the profiles they name, for HR. */
  async pairsOfProgramme(actor: Actor, programmeId: string): Promise<Result<{ programme: Programme; pairs: Pair[]; people: ReadonlyMap<string, Profile> }, MatchingServiceFailure>> {
    const programme = await this.programmeService.get(actor, programmeId);
    if (!programme.ok) return fail(programme.reason === 'not-admin' ? 'not-admin' : 'not-found');
    const [pairs, profiles] = await Promise.all([this.pairs.list(programmeId), this.profiles.listByProgramme(programmeId)]);
    return ok({ programme: programme.value, pairs: pairs.map((p) => p.value), people: new Map(profiles.map((p) => [p.aadObjectId, p])) });
  }

  /** HR ends a pair with a reason (kept for HR). */
  async end(actor: Actor, programmeId: string, pairId: string, reason: string): Promise<Result<Pair, MatchingServiceFailure | EndPairFailure>> {
    const programme = await this.programmeService.get(actor, programmeId);
    if (!programme.ok) return fail(programme.reason === 'not-admin' ? 'not-admin' : 'not-found');
    const found = await this.pairs.get(programmeId, pairId);
    if (!found) return fail('not-found');
    const ended = endPair(found.value, reason, this.clock.now());
    if (!ended.ok) return ended;
    return (await this.pairs.update(ended.value, found.etag)) === 'written' ? ended : fail('busy');
  }

  /** Every pair the person is part of, across the tenant's programmes (for deletion and the partner's notice). */
  async pairsOf(tenantId: string, aadObjectId: string): Promise<Pair[]> {
    const programmes = await this.programmes.list(tenantId);
    const lists = await Promise.all(programmes.map((p) => this.pairs.list(p.value.id)));
    return lists.flat().map((p) => p.value).filter((pair) => pair.mentorId === aadObjectId || pair.menteeId === aadObjectId);
  }

  /** Pairs from the tenant's other programmes: the same two people are not paired again. */
  private async previousPairs(programme: Programme): Promise<PairRef[]> {
    const others = (await this.programmes.list(programme.tenantId)).filter((p) => p.value.id !== programme.id);
    const lists = await Promise.all(others.map((p) => this.pairs.list(p.value.id)));
    return lists.flat().filter((p) => p.value.status === 'confirmed' || p.value.status === 'ended').map((p) => [p.value.mentorId, p.value.menteeId]);
  }
}

export { pairIdOf };

function toPerson(profile: Profile): MenteeProfile {
  return {
    id: profile.aadObjectId,
    department: profile.department,
    location: profile.location || null,
    timeZone: profile.timeZone || null,
    languages: profile.languages,
    topics: profile.topics,
    availability: profile.availability,
    format: profile.format,
    managerId: profile.managerAadObjectId ?? null,
  };
}

function toMentor(profile: Profile): MentorProfile {
  return { ...toPerson(profile), capacity: profile.capacity };
}
