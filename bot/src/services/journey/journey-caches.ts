import type { Clock } from '../../domain/clock';
import type { GoodPractice } from '../../domain/good-practices/good-practice';
import type { Programme } from '../../domain/programme/programme';
import { BoundedCache } from '../bounded-cache';
import type { PairKey } from '../matching/pairing-repositories';
import type { PairJourneyData } from './journey-data';

/** A pair's journey data with the revision token it was read under (a read still running is shared). */
export interface CachedJourneyData {
  revision: string;
  data: Promise<PairJourneyData | undefined>;
}

/** The journey service's caches, one set per instance. */
export interface JourneyCaches {
  /** Tenant + programme + pair → journey data, valid while the pair's revision is unchanged. */
  data: BoundedCache<CachedJourneyData>;
  /** Tenant + programme → the programme as a member's journey shows it (HR's access is read fresh). */
  programmes: BoundedCache<Promise<Programme | undefined>>;
  /** Tenant + chat → where the chat index says its pair is; the pair row is still read every time. */
  chatKeys: BoundedCache<PairKey>;
  /** Programme → its published good practices, kept as long as the programme (a new one shows within that age). */
  practices: BoundedCache<Promise<GoodPractice[]>>;
}

/**
 * Programme edits do not move pair revisions (one edit would touch every pair), so another
 * instance's edit shows in its journeys within this age; this instance's own edits clear the cache.
 */
export const PROGRAMME_MAX_AGE_MS = 60_000;
const PROGRAMME_MAX_ENTRIES = 1_000;
/** Pair data is checked against its token on every read; the age only bounds memory held for quiet pairs. */
const JOURNEY_DATA_MAX_AGE_MS = 10 * 60_000;
const JOURNEY_DATA_MAX_ENTRIES = 5_000;
const CHAT_KEY_MAX_AGE_MS = 5 * 60_000;
const CHAT_KEY_MAX_ENTRIES = 20_000;

/** Fresh caches whose ages are measured on the given clock. */
export function journeyCaches(clock: Clock): JourneyCaches {
  const now = () => clock.now().getTime();
  return {
    data: new BoundedCache({ maxEntries: JOURNEY_DATA_MAX_ENTRIES, maxAgeMs: JOURNEY_DATA_MAX_AGE_MS }, now),
    programmes: new BoundedCache({ maxEntries: PROGRAMME_MAX_ENTRIES, maxAgeMs: PROGRAMME_MAX_AGE_MS }, now),
    chatKeys: new BoundedCache({ maxEntries: CHAT_KEY_MAX_ENTRIES, maxAgeMs: CHAT_KEY_MAX_AGE_MS }, now),
    practices: new BoundedCache({ maxEntries: PROGRAMME_MAX_ENTRIES, maxAgeMs: PROGRAMME_MAX_AGE_MS }, now),
  };
}
