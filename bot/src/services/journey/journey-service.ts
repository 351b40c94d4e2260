import type { Clock } from '../../domain/clock';
import { buildJourney, type Journey, type JourneyViewer } from '../../domain/journey/journey';
import type { Language } from '../../domain/language';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import type { GoodPractice } from '../../domain/good-practices/good-practice';
import { fail, ok, type Result } from '../../domain/result';
import type { MeetingRepository } from '../meetings/meeting-ports';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { PairKey, PairRepository } from '../matching/pairing-repositories';
import { memberPairsWithProgrammes } from '../matching/tenant-pairs';
import { BackgroundWork } from '../background-work';
import type { PairRevision, PairRevisions } from '../pair-revisions';
import type { AdminAccess } from '../programmes/admin-access';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { JourneyExtras } from './journey-extras';
import { journeyCaches, type JourneyCaches } from './journey-caches';
import { extrasFor, journeyDataOf, readJourneyData, type PairJourneyData } from './journey-data';

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
  /** The programmes' published good practices, for the next topic (optional: without them the journey shows none). */
  practices?: { published(programmeId: string): Promise<GoodPractice[]> };
}

/** A pair's journey data (undefined when the pair or a profile is gone) and its programme as members see it. */
interface PairRead {
  data?: PairJourneyData;
  programme?: Programme;
  practices: GoodPractice[];
}

/**
 * Journeys for the tab. Only the two members of a pair see it; HR admins of its programme see
 * it without private content; anyone else is refused.
 *
 * Every request reads the pair's revision token (see pair-revisions.ts). Everything the journey
 * shows besides the programme (the pair row, whose status and members decide access, both
 * profiles and the activity) is reused while the token is unchanged: from this instance's
 * cache, else from the snapshot stored under the token, else read from its tables (and kept
 * as the token's snapshot). So a pair nobody on this instance has asked for costs the chat
 * index and the token; the programme comes from a per-instance cache (see journey-caches.ts),
 * except for HR, whose access is checked on a fresh read. The journey itself is built per
 * request for its viewer and moment.
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
    return found?.data?.pair.status === 'confirmed'
      ? this.journey(reader, found.data, found.programme, found.practices)
      : fail('not-found');
  }

  /** One pair's journey by id: for its members, and read-only for HR from the overview. */
  async forPair(reader: JourneyReader, programmeId: string, pairId: string): Promise<Result<Journey, JourneyFailure>> {
    const { data, programme, practices } = await this.pairRead(reader.tenantId, { programmeId, pairId });
    if (!data || data.pair.tenantId !== reader.tenantId || data.pair.status !== 'confirmed') return fail('not-found');
    return this.journey(reader, data, programme, practices);
  }

  /** The reader's own journeys (one per active pair). */
  async mine(reader: JourneyReader): Promise<Journey[]> {
    const own = await this.confirmedPairsOf(reader.tenantId, reader.aadObjectId);
    const journeys = await Promise.all(
      own.map(async ({ pair, programme }) => {
        const [data, practices] = await Promise.all([
          this.dataOf({ programmeId: pair.programmeId, pairId: pairIdOf(pair.mentorId, pair.menteeId) }),
          this.practicesOf(pair.programmeId),
        ]);
        return data?.pair.status === 'confirmed' ? this.journey(reader, data, programme, practices) : fail('not-found');
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

  /** The pair bound to a chat; where the index put it is remembered for a while. */
  private async chatPair(tenantId: string, chatId: string): Promise<PairRead | undefined> {
    const indexKey = `${tenantId}\n${chatId}`;
    // The pair is the truth: an index entry (or a remembered one) whose pair moved on does not count.
    const boundHere = (read: PairRead) =>
      read.data?.pair.chatId === chatId && read.data.pair.tenantId === tenantId ? read : undefined;
    const remembered = this.caches.chatKeys.get(indexKey);
    const warm = remembered && boundHere(await this.pairRead(tenantId, remembered));
    if (warm) return warm;
    this.caches.chatKeys.delete(indexKey);
    const key = await this.stores.pairs.keyOfChat(tenantId, chatId);
    if (!key) return undefined;
    const found = boundHere(await this.pairRead(tenantId, key));
    if (found) this.caches.chatKeys.set(indexKey, key);
    return found;
  }

  /** The pair's data and (side by side) its programme as members see it and its published practices. */
  private async pairRead(tenantId: string, key: PairKey): Promise<PairRead> {
    const [data, programme, practices] = await Promise.all([
      this.dataOf(key),
      this.programmeOf(tenantId, key.programmeId),
      this.practicesOf(key.programmeId),
    ]);
    return { data, programme, practices };
  }

  private async journey(
    reader: JourneyReader,
    data: PairJourneyData,
    programme: Programme | undefined,
    practices: readonly GoodPractice[],
  ): Promise<Result<Journey, JourneyFailure>> {
    const { pair } = data;
    const member =
      pair.mentorId === reader.aadObjectId ? 'mentor' : pair.menteeId === reader.aadObjectId ? 'mentee' : undefined;
    // A member is known from the pair alone; HR is decided on a fresh read of the programme (its admins), never a cached one.
    const shown = member ? programme : await this.freshProgramme(reader.tenantId, pair.programmeId);
    if (!shown) return fail('not-found');
    const viewer = member ?? this.viewerOf(reader, pair, shown);
    if (!viewer) return fail('forbidden');
    return ok(
      buildJourney({
        programme: shown,
        pair,
        pairId: pairIdOf(pair.mentorId, pair.menteeId),
        viewerId: reader.aadObjectId,
        mentor: data.mentor,
        mentee: data.mentee,
        viewer,
        language: reader.language,
        now: this.clock.now(),
        meetings: data.meetings,
        practices,
        ...extrasFor(data, viewer, reader.aadObjectId),
      }),
    );
  }

  /** After a write settled (on any path): keeps the pair's new data as its token's snapshot, in the background. */
  refreshSnapshot(programmeId: string, pairId: string): void {
    this.background.run(async () => {
      const revision = await this.stores.revisions.current(programmeId, pairId);
      if (!revision || journeyDataOf(revision.snapshot)) return;
      const data = await readJourneyData(this.stores, this.extras, { programmeId, pairId });
      if (data) await this.stores.revisions.keepSnapshot(programmeId, pairId, revision, data);
    });
  }

  /** Resolves when the snapshots being kept are stored. */
  idle(): Promise<void> {
    return this.background.idle();
  }

  /**
   * The pair's data under its current token: from the cache or the token's snapshot while the
   * token is unchanged, else read (and not cached while a write is in progress).
   */
  private async dataOf(key: PairKey): Promise<PairJourneyData | undefined> {
    const revision = await this.stores.revisions.current(key.programmeId, key.pairId);
    if (!revision) return readJourneyData(this.stores, this.extras, key);
    const cacheKey = `${key.programmeId}\n${key.pairId}`;
    const cached = this.caches.data.get(cacheKey);
    if (cached?.revision === revision.token) return cached.data;
    // The token was read before the data, so what is read now is at least as new as the token says.
    const entry = { revision: revision.token, data: this.load(key, revision) };
    this.caches.data.set(cacheKey, entry);
    // Concurrent misses share the read; a failed or empty one is not kept.
    const drop = () => this.caches.data.get(cacheKey) === entry && this.caches.data.delete(cacheKey);
    entry.data.then((data) => data || drop(), drop);
    return entry.data;
  }

  /** The token's snapshot, or the data read from its tables, which then becomes the token's snapshot. */
  private async load(key: PairKey, revision: PairRevision): Promise<PairJourneyData | undefined> {
    const snapshot = journeyDataOf(revision.snapshot);
    if (snapshot) return snapshot;
    const data = await readJourneyData(this.stores, this.extras, key);
    if (data)
      this.background.run(() => this.stores.revisions.keepSnapshot(key.programmeId, key.pairId, revision, data));
    return data;
  }

  /** The programme as a member's journey shows it: cached for a while (see journey-caches.ts). */
  private programmeOf(tenantId: string, programmeId: string): Promise<Programme | undefined> {
    const cacheKey = `${tenantId}\n${programmeId}`;
    const cached = this.caches.programmes.get(cacheKey);
    if (cached) return cached;
    const read = this.stores.programmes.get(tenantId, programmeId).then((p) => p?.value);
    this.caches.programmes.set(cacheKey, read);
    const drop = () => this.caches.programmes.get(cacheKey) === read && this.caches.programmes.delete(cacheKey);
    read.then((programme) => programme || drop(), drop);
    return read;
  }

  /** The programme's published practices, cached like the programme (a read failing shows none rather than no journey). */
  private practicesOf(programmeId: string): Promise<GoodPractice[]> {
    const source = this.stores.practices;
    if (!source) return Promise.resolve([]);
    const cached = this.caches.practices.get(programmeId);
    if (cached) return cached;
    const read = source.published(programmeId).catch(() => {
      this.caches.practices.delete(programmeId);
      return [];
    });
    this.caches.practices.set(programmeId, read);
    return read;
  }

  /** The programme read now (and kept for members' journeys, being the newest). */
  private async freshProgramme(tenantId: string, programmeId: string): Promise<Programme | undefined> {
    const programme = (await this.stores.programmes.get(tenantId, programmeId))?.value;
    if (programme) this.caches.programmes.set(`${tenantId}\n${programmeId}`, Promise.resolve(programme));
    return programme;
  }

  private async confirmedPairsOf(tenantId: string, memberId: string): Promise<{ pair: Pair; programme: Programme }[]> {
    const all = await memberPairsWithProgrammes(this.stores.programmes, this.stores.pairs, tenantId, memberId);
    return all
      .map(({ pair, programme }) => ({ pair: pair.value, programme }))
      .filter(({ pair }) => pair.status === 'confirmed');
  }
}
