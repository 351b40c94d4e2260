import type { Clock } from '../../domain/clock';
import { buildJourney, type Journey, type JourneyViewer } from '../../domain/journey/journey';
import type { Language } from '../../domain/language';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { MeetingRepository } from '../meetings/meeting-ports';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { PairKey, PairRepository } from '../matching/pairing-repositories';
import { tenantPairsWithProgrammes } from '../matching/tenant-pairs';
import { BackgroundWork } from '../background-work';
import type { PairRevision, PairRevisions } from '../pair-revisions';
import type { AdminAccess } from '../programmes/admin-access';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { JourneyExtras } from './journey-extras';
import { journeyCaches, type JourneyCaches } from './journey-caches';
import { extrasFor, readJourneyData, readPairActivity, type PairJourneyData } from './journey-data';

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
  revisions: PairRevisions;
}

/** A pair as just read, with its revision token read in the same round trip. */
interface PairRead {
  pair?: Pair;
  revision?: PairRevision;
}

/**
 * Journeys for the tab. Only the two members of a pair see it; HR admins of its programme see
 * it without private content; anyone else is refused.
 *
 * The pair row (status and members decide access) and its revision token are read on every
 * request; the rest of the pair's data is reused while the token is unchanged (see
 * journey-caches.ts), and the journey itself is built per request for its viewer and moment.
 * The pair's activity is also kept in storage as a snapshot under its token, refreshed after
 * every write, so a pair this instance has not read yet costs point reads, not queries.
 */
export class JourneyService {
  private readonly background = new BackgroundWork();

  constructor(
    private readonly stores: JourneyStores,
    private readonly access: AdminAccess,
    private readonly clock: Clock,
    private readonly extras: JourneyExtras = {},
    private readonly caches: JourneyCaches = journeyCaches(clock),
  ) {}

  /** The journey of the pair bound to a group chat. */
  async forChat(reader: JourneyReader, chatId: string): Promise<Result<Journey, JourneyFailure>> {
    const found = await this.chatPair(reader.tenantId, chatId);
    return found?.pair.status === 'confirmed' ? this.journey(reader, found.pair, found.revision) : fail('not-found');
  }

  /** One pair's journey by id: for its members, and read-only for HR from the overview. */
  async forPair(reader: JourneyReader, programmeId: string, pairId: string): Promise<Result<Journey, JourneyFailure>> {
    const { pair, revision } = await this.readPair({ programmeId, pairId });
    if (!pair || pair.tenantId !== reader.tenantId || pair.status !== 'confirmed') return fail('not-found');
    return this.journey(reader, pair, revision);
  }

  /** The reader's own journeys (one per active pair). */
  async mine(reader: JourneyReader): Promise<Journey[]> {
    const own = (await this.confirmedPairs(reader.tenantId)).filter(
      ({ pair }) => pair.mentorId === reader.aadObjectId || pair.menteeId === reader.aadObjectId,
    );
    const journeys = await Promise.all(
      own.map(async ({ pair, programme }) => {
        const revision = await this.stores.revisions.current(pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId));
        return this.journey(reader, pair, revision, programme);
      }),
    );
    return journeys.flatMap((j) => (j.ok ? [j.value] : []));
  }

  /** Who the reader is for this pair, if anyone: a member, an admin of its programme, or nobody. */
  viewerOf(reader: JourneyReader, pair: Pair, programme: Programme): JourneyViewer | undefined {
    if (pair.mentorId === reader.aadObjectId) return 'mentor';
    if (pair.menteeId === reader.aadObjectId) return 'mentee';
    return this.access.canAdminister({ ...reader, displayName: '', locale: reader.language }, programme)
      ? 'admin'
      : undefined;
  }

  /** The pair bound to a chat, read fresh; where the index put it is remembered for a while. */
  private async chatPair(
    tenantId: string,
    chatId: string,
  ): Promise<{ pair: Pair; revision?: PairRevision } | undefined> {
    const indexKey = `${tenantId}\n${chatId}`;
    // The pair row is the truth: an index entry (or a remembered one) whose pair moved on does not count.
    const boundHere = ({ pair, revision }: PairRead) =>
      pair?.chatId === chatId && pair.tenantId === tenantId ? { pair, revision } : undefined;
    const remembered = this.caches.chatKeys.get(indexKey);
    const warm = remembered && boundHere(await this.readPair(remembered));
    if (warm) return warm;
    this.caches.chatKeys.delete(indexKey);
    const key = await this.stores.pairs.keyOfChat(tenantId, chatId);
    if (!key) return undefined;
    const found = boundHere(await this.readPair(key));
    if (found) this.caches.chatKeys.set(indexKey, key);
    return found;
  }

  private async readPair(key: PairKey): Promise<PairRead> {
    const { pair, revision } = await this.stores.pairs.getWithRevision(key.programmeId, key.pairId);
    return { pair: pair?.value, revision };
  }

  private async journey(
    reader: JourneyReader,
    pair: Pair,
    revision: PairRevision | undefined,
    known?: Programme,
  ): Promise<Result<Journey, JourneyFailure>> {
    const member =
      pair.mentorId === reader.aadObjectId ? 'mentor' : pair.menteeId === reader.aadObjectId ? 'mentee' : undefined;
    // A member is known from the pair alone; HR is decided on a fresh read of the programme (its admins), never a cached one.
    const fresh = member
      ? known
      : (known ?? (await this.stores.programmes.get(reader.tenantId, pair.programmeId))?.value);
    if (!member && !fresh) return fail('not-found');
    const viewer = member ?? this.viewerOf(reader, pair, fresh!);
    if (!viewer) return fail('forbidden');
    const pairId = pairIdOf(pair.mentorId, pair.menteeId);
    const data = await this.dataOf(pair, pairId, revision);
    if (!data) return fail('not-found');
    return ok(
      buildJourney({
        programme: fresh ?? data.programme,
        pair,
        pairId,
        viewerId: reader.aadObjectId,
        mentor: data.mentor,
        mentee: data.mentee,
        viewer,
        language: reader.language,
        now: this.clock.now(),
        meetings: data.meetings,
        ...extrasFor(data, viewer, reader.aadObjectId),
      }),
    );
  }

  /** After a write settled (on any path): keeps the pair's new activity as its token's snapshot, in the background. */
  refreshSnapshot(programmeId: string, pairId: string): void {
    this.background.run(async () => {
      const revision = await this.stores.revisions.current(programmeId, pairId);
      if (!revision || revision.snapshot !== undefined) return;
      const activity = await readPairActivity(this.stores, this.extras, programmeId, pairId);
      await this.stores.revisions.keepSnapshot(programmeId, pairId, revision, activity);
    });
  }

  /** Resolves when the snapshots being kept are stored. */
  idle(): Promise<void> {
    return this.background.idle();
  }

  /** The pair's data: cached under its revision token, read when the token moved (or the pair has none settled). */
  private dataOf(pair: Pair, pairId: string, revision: PairRevision | undefined): Promise<PairJourneyData | undefined> {
    if (!revision) return this.load(pair, pairId);
    const key = `${pair.tenantId}\n${pair.programmeId}\n${pairId}`;
    const cached = this.caches.data.get(key);
    if (cached?.revision === revision.token) return cached.data;
    // The token was read before the data, so what is read now is at least as new as the token says.
    const entry = { revision: revision.token, data: this.load(pair, pairId, revision) };
    this.caches.data.set(key, entry);
    // Concurrent misses share the read; a failed or empty one is not kept.
    const drop = () => this.caches.data.get(key) === entry && this.caches.data.delete(key);
    entry.data.then((data) => data || drop(), drop);
    return entry.data;
  }

  /** Reads the data; activity read from its tables under a settled token becomes that token's snapshot. */
  private async load(pair: Pair, pairId: string, revision?: PairRevision): Promise<PairJourneyData | undefined> {
    const { data, activityRead } = await readJourneyData(this.stores, this.extras, pair, pairId, revision);
    if (revision && activityRead)
      this.background.run(() => this.stores.revisions.keepSnapshot(pair.programmeId, pairId, revision, activityRead));
    return data;
  }

  private async confirmedPairs(tenantId: string): Promise<{ pair: Pair; programme: Programme }[]> {
    const all = await tenantPairsWithProgrammes(this.stores.programmes, this.stores.pairs, tenantId);
    return all
      .map(({ pair, programme }) => ({ pair: pair.value, programme }))
      .filter(({ pair }) => pair.status === 'confirmed');
  }
}
