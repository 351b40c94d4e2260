import { feedbackSeenBy, type MeetingFeedback } from '../../domain/feedback/meeting-feedback';
import type { JourneyInput, JourneyViewer } from '../../domain/journey/journey';
import type { OpenPoll } from '../../domain/journey/journey-poll';
import type { Meeting } from '../../domain/meetings';
import { membersOfPairId, type Pair } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import type { PairKey } from '../matching/pairing-repositories';
import type { JourneyExtras } from './journey-extras';
import type { JourneyStores } from './journey-service';

/** What the pair's own writes change (meetings, feedback, the open poll). */
export interface PairActivity {
  meetings: readonly Meeting[];
  /** Undefined when no feedback feature is wired (the journey then has no learnings section). */
  feedback?: readonly MeetingFeedback[];
  poll?: OpenPoll;
}

/**
 * Everything a pair's journey is built from besides its programme, the viewer and the moment:
 * the pair, both profiles and the activity. Every write of any of it moves the pair's revision
 * token (pair and activity writes directly, profile writes through the member index), so it is
 * cached per pair under the token, and kept in storage as the token's snapshot. The same for
 * every viewer, private notes included: never sent to anyone as is.
 */
export interface PairJourneyData extends PairActivity {
  pair: Pair;
  mentor: Profile;
  mentee: Profile;
}

/** The stored snapshot if it is a whole one (snapshots of older versions held the activity only). */
export function journeyDataOf(snapshot: unknown): PairJourneyData | undefined {
  const data = snapshot as Partial<PairJourneyData> | undefined;
  return data?.pair && data.mentor && data.mentee && data.meetings ? (data as PairJourneyData) : undefined;
}

/** Reads a pair's activity from its tables (three partition queries side by side). */
export async function readPairActivity(
  stores: JourneyStores,
  extras: JourneyExtras,
  { programmeId, pairId }: PairKey,
): Promise<PairActivity> {
  const [meetings, feedback, poll] = await Promise.all([
    stores.meetings.list(programmeId, pairId),
    extras.feedback?.(programmeId, pairId),
    extras.poll?.(programmeId, pairId),
  ]);
  return { meetings: meetings.map((m) => m.value), feedback, poll };
}

/**
 * Reads a pair's journey data from its tables: the pair, the profiles its id names and the
 * activity side by side (one round trip), and the profiles again only when the pair's members
 * differ from what its id seemed to say (ids with `~` in them). Undefined when the pair or a
 * profile is gone.
 */
export async function readJourneyData(
  stores: JourneyStores,
  extras: JourneyExtras,
  key: PairKey,
): Promise<PairJourneyData | undefined> {
  const named = membersOfPairId(key.pairId);
  const profile = (id: string | undefined) =>
    id === undefined ? undefined : stores.profiles.get(key.programmeId, id).then((p) => p?.value);
  const [pair, mentor, mentee, activity] = await Promise.all([
    stores.pairs.get(key.programmeId, key.pairId).then((p) => p?.value),
    profile(named?.mentorId),
    profile(named?.menteeId),
    readPairActivity(stores, extras, key),
  ]);
  if (!pair) return undefined;
  const namedRight = mentor?.aadObjectId === pair.mentorId && mentee?.aadObjectId === pair.menteeId;
  const [mentorNow, menteeNow] = namedRight
    ? [mentor, mentee]
    : await Promise.all([profile(pair.mentorId), profile(pair.menteeId)]);
  return mentorNow && menteeNow ? { pair, mentor: mentorNow, mentee: menteeNow, ...activity } : undefined;
}

/**
 * The feature extras one viewer may get: a member the poll and the feedback with only their own
 * private notes; HR neither, only which topics each meeting covered.
 */
export function extrasFor(
  data: PairJourneyData,
  viewer: JourneyViewer,
  viewerId: string,
): Pick<JourneyInput, 'poll' | 'feedback' | 'coveredTopics'> {
  if (viewer === 'admin')
    return {
      coveredTopics: (data.feedback ?? []).map((f) => ({ meetingId: f.meetingId, topicKeys: f.topicsCovered })),
    };
  return { poll: data.poll, feedback: data.feedback && feedbackSeenBy(data.feedback, viewerId) };
}
