import type { Clock } from '../../domain/clock';
import { buildJourney, type Journey, type JourneyInput, type JourneyViewer } from '../../domain/journey/journey';
import type { Language } from '../../domain/language';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { MeetingRepository } from '../meetings/meeting-ports';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { PairRepository } from '../matching/pairing-repositories';
import { tenantPairsWithProgrammes } from '../matching/tenant-pairs';
import type { AdminAccess } from '../programmes/admin-access';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import { readExtras, type JourneyExtras, type JourneyMember } from './journey-extras';

export type JourneyFailure = 'not-found' | 'forbidden';

/** The viewer, as the tab API knows them. */
export interface JourneyReader {
  tenantId: string;
  aadObjectId: string;
  language: Language;
}

/** The repositories a journey is read from. */
export interface JourneyStores {
  programmes: ProgrammeRepository;
  pairs: PairRepository;
  profiles: ProfileRepository;
  meetings: MeetingRepository;
}

/**
 * Journeys for the tab. Only the two members of a pair see it; HR admins of its programme see
 * it without private content; anyone else is refused.
 */
export class JourneyService {
  constructor(
    private readonly stores: JourneyStores,
    private readonly access: AdminAccess,
    private readonly clock: Clock,
    private readonly extras: JourneyExtras = {},
  ) {}

  /** The journey of the pair bound to a group chat. */
  async forChat(reader: JourneyReader, chatId: string): Promise<Result<Journey, JourneyFailure>> {
    const pair = (await this.stores.pairs.findByChat(reader.tenantId, chatId))?.value;
    return pair?.status === 'confirmed' ? this.journey(reader, pair) : fail('not-found');
  }

  /** One pair's journey by id: for its members, and read-only for HR from the overview. */
  async forPair(reader: JourneyReader, programmeId: string, pairId: string): Promise<Result<Journey, JourneyFailure>> {
    const pair = await this.stores.pairs.get(programmeId, pairId);
    if (!pair || pair.value.tenantId !== reader.tenantId || pair.value.status !== 'confirmed') return fail('not-found');
    return this.journey(reader, pair.value);
  }

  /** The reader's own journeys (one per active pair). */
  async mine(reader: JourneyReader): Promise<Journey[]> {
    const own = (await this.confirmedPairs(reader.tenantId)).filter(({ pair }) => pair.mentorId === reader.aadObjectId || pair.menteeId === reader.aadObjectId);
    const journeys = await Promise.all(own.map(({ pair, programme }) => this.journey(reader, pair, programme)));
    return journeys.flatMap((j) => (j.ok ? [j.value] : []));
  }

  /** Who the reader is for this pair, if anyone: a member, an admin of its programme, or nobody. */
  viewerOf(reader: JourneyReader, pair: Pair, programme: Programme): JourneyViewer | undefined {
    if (pair.mentorId === reader.aadObjectId) return 'mentor';
    if (pair.menteeId === reader.aadObjectId) return 'mentee';
    return this.access.canAdminister({ ...reader, displayName: '', locale: reader.language }, programme) ? 'admin' : undefined;
  }

  private async journey(reader: JourneyReader, pair: Pair, known?: Programme): Promise<Result<Journey, JourneyFailure>> {
    const programmeRead = known ? Promise.resolve(known) : this.stores.programmes.get(reader.tenantId, pair.programmeId).then((p) => p?.value);
    // A member is known from the pair alone, so everything is read at once; HR needs the programme first (its admins).
    const member = pair.mentorId === reader.aadObjectId ? 'mentor' : pair.menteeId === reader.aadObjectId ? 'mentee' : undefined;
    const checked = member ? undefined : await programmeRead;
    if (!member && !checked) return fail('not-found');
    const viewer = member ?? (checked && this.viewerOf(reader, pair, checked));
    if (!viewer) return fail('forbidden');
    const pairId = pairIdOf(pair.mentorId, pair.menteeId);
    const [programme, mentor, mentee, meetings, extras] = await Promise.all([
      programmeRead,
      this.stores.profiles.get(pair.programmeId, pair.mentorId),
      this.stores.profiles.get(pair.programmeId, pair.menteeId),
      this.stores.meetings.list(pair.programmeId, pairId),
      this.extrasFor(viewer, { pair, pairId, aadObjectId: reader.aadObjectId }),
    ]);
    if (!programme || !mentor || !mentee) return fail('not-found');
    return ok(buildJourney({
      programme, pair, pairId, viewerId: reader.aadObjectId, mentor: mentor.value, mentee: mentee.value, viewer, language: reader.language, now: this.clock.now(),
      meetings: meetings.map((m) => m.value), ...extras,
    }));
  }

  // HR never gets the pair's poll, learnings or feedback, so they are not even read: only the topics covered.
  private async extrasFor(viewer: JourneyViewer, member: JourneyMember): Promise<Partial<Pick<JourneyInput, 'poll' | 'feedback' | 'coveredTopics'>>> {
    if (viewer !== 'admin') return readExtras(this.extras, member);
    return { coveredTopics: (await this.extras.topicsCovered?.(member.pair, member.pairId)) ?? [] };
  }

  private async confirmedPairs(tenantId: string): Promise<{ pair: Pair; programme: Programme }[]> {
    const all = await tenantPairsWithProgrammes(this.stores.programmes, this.stores.pairs, tenantId);
    return all.map(({ pair, programme }) => ({ pair: pair.value, programme })).filter(({ pair }) => pair.status === 'confirmed');
  }
}
