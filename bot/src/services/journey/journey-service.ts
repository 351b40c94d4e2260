import type { Clock } from '../../domain/clock';
import { buildJourney, type Journey, type JourneyViewer } from '../../domain/journey/journey';
import type { Language } from '../../domain/language';
import type { Pair } from '../../domain/pairing/pair';
import { fail, ok, type Result } from '../../domain/result';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { PairRepository } from '../matching/pairing-repositories';
import { tenantPairs } from '../matching/tenant-pairs';
import type { AdminAccess } from '../programmes/admin-access';
import type { ProgrammeRepository } from '../programmes/programme-repository';

export type JourneyFailure = 'not-found' | 'forbidden';

/** The viewer, as the tab API knows them. */
export interface JourneyReader {
  tenantId: string;
  aadObjectId: string;
  language: Language;
}

/**
 * Journeys for the tab. Only the two members of a pair see it; HR admins of its programme see
 * it without private content; anyone else is refused.
 */
export class JourneyService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly pairs: PairRepository,
    private readonly profiles: ProfileRepository,
    private readonly access: AdminAccess,
    private readonly clock: Clock,
  ) {}

  /** The journey of the pair bound to a group chat. */
  async forChat(reader: JourneyReader, chatId: string): Promise<Result<Journey, JourneyFailure>> {
    const pair = await this.findPair(reader.tenantId, (p) => p.chatId === chatId);
    return pair ? this.journey(reader, pair) : fail('not-found');
  }

  /** The reader's own journeys (one per active pair). */
  async mine(reader: JourneyReader): Promise<Journey[]> {
    const pairs = await this.allPairs(reader.tenantId);
    const own = pairs.filter((p) => p.status === 'confirmed' && (p.mentorId === reader.aadObjectId || p.menteeId === reader.aadObjectId));
    const journeys = await Promise.all(own.map((pair) => this.journey(reader, pair)));
    return journeys.flatMap((j) => (j.ok ? [j.value] : []));
  }

  private async journey(reader: JourneyReader, pair: Pair): Promise<Result<Journey, JourneyFailure>> {
    const programme = await this.programmes.get(reader.tenantId, pair.programmeId);
    if (!programme) return fail('not-found');
    const viewer: JourneyViewer | undefined =
      pair.mentorId === reader.aadObjectId ? 'mentor'
      : pair.menteeId === reader.aadObjectId ? 'mentee'
      : this.access.canAdminister({ ...reader, displayName: '', locale: reader.language }, programme.value) ? 'admin'
      : undefined;
    if (!viewer) return fail('forbidden');
    const [mentor, mentee] = await Promise.all([this.profiles.get(pair.programmeId, pair.mentorId), this.profiles.get(pair.programmeId, pair.menteeId)]);
    if (!mentor || !mentee) return fail('not-found');
    return ok(buildJourney({ programme: programme.value, pair, mentor: mentor.value, mentee: mentee.value, viewer, language: reader.language, now: this.clock.now() }));
  }

  private async findPair(tenantId: string, match: (pair: Pair) => boolean): Promise<Pair | undefined> {
    return (await this.allPairs(tenantId)).find((pair) => pair.status === 'confirmed' && match(pair));
  }

  private async allPairs(tenantId: string): Promise<Pair[]> {
    return (await tenantPairs(this.programmes, this.pairs, tenantId)).map((p) => p.value);
  }
}
