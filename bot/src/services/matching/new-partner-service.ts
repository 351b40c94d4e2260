import type { Clock } from '../../domain/clock';
import { matchOne, type MatchedPair, type OneOffFailure, type UtcOffsetLookup } from '../../domain/matching';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import { isActivePair } from '../../domain/pairing/pair-ending';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { ProgrammeService } from '../programmes/programme-service';
import type { Actor } from '../versioned';
import { pairingState, previousPairRefs, toPerson, type PairingState } from './match-input';
import type { PairRepository } from './pairing-repositories';

export type NewPartnerFailure =
  'not-admin' | 'not-found' | 'closed' | 'person-gone' | 'has-partner' | 'already-paired' | OneOffFailure;

/** A programme and the profiles of its people, by id. */
export interface ProgrammePeople {
  programme: Programme;
  people: ReadonlyMap<string, Profile>;
}

/** The partner proposed for someone whose tandem ended. */
export type NewPartnerProposal = ProgrammePeople & { proposal: MatchedPair };

/** What a one-off match needs to know about the programme now. */
type MatchContext = ProgrammePeople & { state: PairingState; previous: Awaited<ReturnType<typeof previousPairRefs>> };

/**
 * HR finds a new partner for someone whose tandem ended: a one-off match against the people
 * not yet matched, then, on HR's confirmation, a pair that goes to the mentee like a published one.
 */
export class NewPartnerService {
  constructor(
    private readonly programmeService: ProgrammeService,
    private readonly programmes: ProgrammeRepository,
    private readonly profiles: ProfileRepository,
    private readonly pairs: PairRepository,
    private readonly clock: Clock,
    private readonly utcOffsetsAt: (instant: Date) => UtcOffsetLookup,
  ) {}

  /** The best free partner for this person, with the reasons, or why there is none. */
  async propose(
    actor: Actor,
    programmeId: string,
    personId: string,
  ): Promise<Result<NewPartnerProposal, NewPartnerFailure>> {
    const context = await this.context(actor, programmeId);
    if (!context.ok) return context;
    const person = context.value.people.get(personId);
    if (!person) return fail('person-gone');
    const candidates = [...context.value.people.values()].filter((p) => p.role !== person.role);
    const best = this.matchOne(context.value, person, candidates);
    return best.ok ? ok({ ...context.value, proposal: best.value }) : best;
  }

  /**
   * Creates the pair HR confirmed, checked again against the rules and against anyone having
   * been matched meanwhile. The pair id names the two people, so a second press finds the pair.
   */
  async confirm(
    actor: Actor,
    programmeId: string,
    mentorId: string,
    menteeId: string,
  ): Promise<Result<ProgrammePeople & { pair: Pair }, NewPartnerFailure>> {
    const context = await this.context(actor, programmeId);
    if (!context.ok) return context;
    const [mentor, mentee] = [context.value.people.get(mentorId), context.value.people.get(menteeId)];
    if (mentor?.role !== 'mentor' || mentee?.role !== 'mentee') return fail('person-gone');
    if (context.value.state.taken.has(mentorId) && context.value.state.taken.has(menteeId)) {
      const existing = await this.pairs.get(programmeId, pairIdOf(mentorId, menteeId));
      if (existing && isActivePair(existing.value)) return fail('already-paired');
    }
    const checked = this.matchOne(context.value, mentee, [mentor]);
    if (!checked.ok) return checked;
    const { score, reasons } = checked.value;
    const pair: Pair = {
      programmeId,
      tenantId: context.value.programme.tenantId,
      mentorId,
      menteeId,
      score,
      reasons: [...reasons],
      status: 'awaiting-confirmation',
      createdAt: this.clock.now().toISOString(),
    };
    return (await this.pairs.create(pair)) === 'created' ? ok({ ...context.value, pair }) : fail('already-paired');
  }

  /** The programme and its people, for telling HR about an ended pair (no admin check: the system tells the admins). */
  async programmePeople(tenantId: string, programmeId: string): Promise<ProgrammePeople | undefined> {
    const [programme, profiles] = await Promise.all([
      this.programmes.get(tenantId, programmeId),
      this.profiles.listByProgramme(programmeId),
    ]);
    return programme && { programme: programme.value, people: new Map(profiles.map((p) => [p.aadObjectId, p])) };
  }

  private matchOne(
    context: MatchContext,
    person: Profile,
    candidates: readonly Profile[],
  ): Result<MatchedPair, NewPartnerFailure> {
    const { taken, declined, ended } = context.state;
    if (taken.has(person.aadObjectId)) return fail('has-partner');
    return matchOne({
      person: toPerson(person),
      role: person.role,
      candidates: candidates.filter((c) => !taken.has(c.aadObjectId)).map(toPerson),
      previousPairs: context.previous,
      excluded: [...declined, ...ended],
      utcOffsetOf: this.utcOffsetsAt(this.clock.now()),
    });
  }

  private async context(actor: Actor, programmeId: string): Promise<Result<MatchContext, NewPartnerFailure>> {
    const programme = await this.programmeService.get(actor, programmeId);
    if (!programme.ok) return fail(programme.reason === 'not-admin' ? 'not-admin' : 'not-found');
    // New pairs only while people can still meet: not before matching, not after the programme closed.
    if (programme.value.status !== 'matching' && programme.value.status !== 'running') return fail('closed');
    const [profiles, pairs, previous] = await Promise.all([
      this.profiles.listByProgramme(programmeId),
      this.pairs.list(programmeId),
      previousPairRefs(this.programmes, this.pairs, programme.value),
    ]);
    return ok({
      programme: programme.value,
      people: new Map(profiles.map((p) => [p.aadObjectId, p])),
      state: pairingState(pairs.map((p) => p.value)),
      previous,
    });
  }
}
