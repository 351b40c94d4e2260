import type { Clock } from '../../domain/clock';
import { matchProfiles, type MatchingFailure, type PairRef, type UtcOffsetLookup } from '../../domain/matching';
import { endPair, respondToPair, isPairChat, type EndPairFailure, type Pair } from '../../domain/pairing/pair';
import { changeConstraints, type ConstraintChange, type Proposal } from '../../domain/pairing/proposal';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { ProgrammeService } from '../programmes/programme-service';
import type { Actor } from '../versioned';
import type { PairRepository, ProposalRepository } from './pairing-repositories';
import { pairingState, previousPairRefs, toMentor, toPerson } from './match-input';
import { memberPairs, memberPairsWithProgrammes } from './tenant-pairs';

export type MatchingServiceFailure =
  | 'not-admin'
  | 'not-found'
  | 'not-matching'
  | 'no-proposal'
  | 'busy'
  | 'not-your-pair'
  | 'already-answered'
  | MatchingFailure['code'];

/** A pair with both people's profiles and its programme (either may be gone after a deletion). */
export interface PairWithPeople {
  pair: Pair;
  mentor?: Profile;
  mentee?: Profile;
  programme?: Programme;
}

/** A proposal with the profiles it names, for the card. */
export interface ProposalView {
  programme: Programme;
  proposal: Proposal;
  people: ReadonlyMap<string, Profile>;
}

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
  async propose(
    actor: Actor,
    programmeId: string,
    change?: ConstraintChange,
  ): Promise<Result<ProposalView, MatchingServiceFailure>> {
    const programme = await this.programmeService.get(actor, programmeId);
    if (!programme.ok) return fail(programme.reason === 'not-admin' ? 'not-admin' : 'not-found');
    if (programme.value.status !== 'matching') return fail('not-matching');
    const stored = await this.proposals.get(programmeId);
    const constraints = change
      ? changeConstraints(stored?.value.locked ?? [], stored?.value.excluded ?? [], change)
      : { locked: stored?.value.locked ?? [], excluded: stored?.value.excluded ?? [] };
    const [profiles, pairs, previousPairs] = await Promise.all([
      this.profiles.listByProgramme(programmeId),
      this.pairs.list(programmeId),
      previousPairRefs(this.programmes, this.pairs, programme.value),
    ]);
    // Active pairs keep their people out of new runs; declined and ended ones are never proposed again.
    const { taken, declined, ended } = pairingState(pairs.map((p) => p.value));
    const pool = profiles.filter((profile) => !taken.has(profile.aadObjectId));
    // Locks and exclusions about people who are already paired (or gone) have done their job.
    const inPool = new Set(pool.map((p) => p.aadObjectId));
    const relevant = (pairs: readonly PairRef[]) =>
      pairs.filter(([mentor, mentee]) => inPool.has(mentor) && inPool.has(mentee));
    const outcome = matchProfiles({
      mentors: pool.filter((p) => p.role === 'mentor').map(toMentor),
      mentees: pool.filter((p) => p.role === 'mentee').map(toPerson),
      previousPairs,
      locked: relevant(constraints.locked),
      excluded: [...constraints.excluded, ...declined, ...ended],
      utcOffsetOf: this.utcOffsetsAt(this.clock.now()),
    });
    if (!outcome.ok) return fail(outcome.failure.code);
    const proposal: Proposal = {
      programmeId,
      result: outcome.result,
      ...constraints,
      createdAt: this.clock.now().toISOString(),
      createdBy: actor.aadObjectId,
    };
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
    return ok({
      programme: programme.value,
      proposal: stored.value,
      people: new Map(profiles.map((p) => [p.aadObjectId, p])),
    });
  }

  /**
   * Publishes the proposal: one pair per proposed pair, awaiting the mentee's confirmation.
   * Pair ids are derived from the two people, so publishing twice creates nothing new; the
   * returned list holds only the pairs created now, whose mentees must be asked.
   */
  async publish(
    actor: Actor,
    programmeId: string,
  ): Promise<Result<{ created: Pair[]; view: ProposalView }, MatchingServiceFailure>> {
    const view = await this.proposal(actor, programmeId);
    if (!view.ok) return view;
    const { proposal, programme } = view.value;
    const now = this.clock.now().toISOString();
    const created: Pair[] = [];
    for (const pair of proposal.result.pairs) {
      const record: Pair = {
        programmeId,
        tenantId: programme.tenantId,
        mentorId: pair.mentor,
        menteeId: pair.mentee,
        score: pair.score,
        reasons: [...pair.reasons],
        status: 'awaiting-confirmation',
        createdAt: now,
      };
      if ((await this.pairs.create(record)) === 'created') created.push(record);
    }
    const stored = await this.proposals.get(programmeId);
    if (stored && !stored.value.publishedAt)
      await this.proposals.save({ ...stored.value, publishedAt: now }, stored.etag);
    return ok({
      created,
      view: { ...view.value, proposal: { ...proposal, publishedAt: proposal.publishedAt ?? now } },
    });
  }

  /** The mentee's answer to a published pair. */
  async respond(
    actor: Actor,
    programmeId: string,
    pairId: string,
    accept: boolean,
  ): Promise<Result<Pair, MatchingServiceFailure>> {
    const found = await this.pairs.get(programmeId, pairId);
    if (!found || found.value.tenantId !== actor.tenantId) return fail('not-found');
    const answered = respondToPair(found.value, actor.aadObjectId, accept, this.clock.now());
    if (!answered.ok) return answered;
    return (await this.pairs.update(answered.value, found.etag)) === 'written' ? answered : fail('busy');
  }

  /** A pair with the profiles of both people, checked against the caller's tenant. */
  async pairWithPeople(tenantId: string, programmeId: string, pairId: string): Promise<PairWithPeople | undefined> {
    const found = await this.pairs.get(programmeId, pairId);
    return found && found.value.tenantId === tenantId ? this.withPeople(found.value) : undefined;
  }

  /** The same for background jobs, which know a pair only by programme and id (the pair names its tenant). */
  async pairWithPeopleForJob(programmeId: string, pairId: string): Promise<PairWithPeople | undefined> {
    const found = await this.pairs.get(programmeId, pairId);
    return found && this.withPeople(found.value);
  }

  /** The confirmed pair a group chat is bound to, with both profiles. */
  async pairOfChat(tenantId: string, chatId: string): Promise<PairWithPeople | undefined> {
    const pair = (await this.pairs.findByChat(tenantId, chatId))?.value;
    return pair?.status === 'confirmed' ? this.withPeople(pair) : undefined;
  }

  /** Binds a group chat to the confirmed pair whose two people are exactly its members. */
  async bindChat(tenantId: string, chatId: string, memberIds: readonly string[]): Promise<Pair | undefined> {
    const [someone] = memberIds;
    const candidates = someone ? await memberPairsWithProgrammes(this.programmes, this.pairs, tenantId, someone) : [];
    const found = candidates.map((c) => c.pair).find((p) => isPairChat(p.value, memberIds));
    if (!found) return undefined;
    if (found.value.chatId === chatId) return found.value;
    const bound = { ...found.value, chatId };
    return (await this.pairs.update(bound, found.etag)) === 'written' ? bound : undefined;
  }

  /** A programme's pairs with the profiles they name, for HR. */
  async pairsOfProgramme(
    actor: Actor,
    programmeId: string,
  ): Promise<
    Result<{ programme: Programme; pairs: Pair[]; people: ReadonlyMap<string, Profile> }, MatchingServiceFailure>
  > {
    const programme = await this.programmeService.get(actor, programmeId);
    if (!programme.ok) return fail(programme.reason === 'not-admin' ? 'not-admin' : 'not-found');
    const [pairs, profiles] = await Promise.all([
      this.pairs.list(programmeId),
      this.profiles.listByProgramme(programmeId),
    ]);
    return ok({
      programme: programme.value,
      pairs: pairs.map((p) => p.value),
      people: new Map(profiles.map((p) => [p.aadObjectId, p])),
    });
  }

  /** HR ends a pair with a reason (kept for HR). */
  async end(
    actor: Actor,
    programmeId: string,
    pairId: string,
    reason: string,
  ): Promise<Result<Pair, MatchingServiceFailure | EndPairFailure>> {
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
    return memberPairs(this.programmes, this.pairs, tenantId, aadObjectId);
  }

  private async withPeople(pair: Pair): Promise<PairWithPeople> {
    const [mentor, mentee, programme] = await Promise.all([
      this.profiles.get(pair.programmeId, pair.mentorId),
      this.profiles.get(pair.programmeId, pair.menteeId),
      this.programmes.get(pair.tenantId, pair.programmeId),
    ]);
    return { pair, mentor: mentor?.value, mentee: mentee?.value, programme: programme?.value };
  }
}
