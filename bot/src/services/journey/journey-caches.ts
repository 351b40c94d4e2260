import type { Clock } from '../../domain/clock';
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
  /** Tenant + chat → where the chat index says its pair is; the pair row is still read every time. */
  chatKeys: BoundedCache<PairKey>;
}

/**
 * Programme and profile edits do not bump pair revisions (one edit would touch many pairs), so
 * another instance's edit shows within this age; this instance's own edits clear the cache.
 */
export const JOURNEY_DATA_MAX_AGE_MS = 60_000;
const JOURNEY_DATA_MAX_ENTRIES = 5_000;
const CHAT_KEY_MAX_AGE_MS = 5 * 60_000;
const CHAT_KEY_MAX_ENTRIES = 20_000;

/** Fresh caches whose ages are measured on the given clock. */
export function journeyCaches(clock: Clock): JourneyCaches {
  const now = () => clock.now().getTime();
  return {
    data: new BoundedCache({ maxEntries: JOURNEY_DATA_MAX_ENTRIES, maxAgeMs: JOURNEY_DATA_MAX_AGE_MS }, now),
    chatKeys: new BoundedCache({ maxEntries: CHAT_KEY_MAX_ENTRIES, maxAgeMs: CHAT_KEY_MAX_AGE_MS }, now),
  };
}
