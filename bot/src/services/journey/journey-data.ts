import { feedbackSeenBy, type MeetingFeedback } from '../../domain/feedback/meeting-feedback';
import type { JourneyInput, JourneyViewer } from '../../domain/journey/journey';
import type { OpenPoll } from '../../domain/journey/journey-poll';
import type { Meeting } from '../../domain/meetings';
import type { Pair } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import type { PairRevision } from '../pair-revisions';
import type { JourneyExtras } from './journey-extras';
import type { JourneyStores } from './journey-service';

/**
 * What the pair's own writes change (meetings, feedback, the open poll): every write of it is
 * bracketed by the pair's revision, so it is also stored as a snapshot under the pair's token.
 */
export interface PairActivity {
  meetings: readonly Meeting[];
  /** Undefined when no feedback feature is wired (the journey then has no learnings section). */
  feedback?: readonly MeetingFeedback[];
  poll?: OpenPoll;
}

/**
 * What a pair's journey is built from besides the pair, the viewer and the moment: the same
 * for every viewer, private notes included, so it is cached per pair and never sent as is.
 */
export interface PairJourneyData extends PairActivity {
  programme: Programme;
  mentor: Profile;
  mentee: Profile;
}

/** Reads a pair's activity from its tables (three partition queries side by side). */
export async function readPairActivity(
  stores: JourneyStores,
  extras: JourneyExtras,
  programmeId: string,
  pairId: string,
): Promise<PairActivity> {
  const [meetings, feedback, poll] = await Promise.all([
    stores.meetings.list(programmeId, pairId),
    extras.feedback?.(programmeId, pairId),
    extras.poll?.(programmeId, pairId),
  ]);
  return { meetings: meetings.map((m) => m.value), feedback, poll };
}

/**
 * Reads a pair's journey data side by side: the activity from the snapshot stored under the
 * revision when there is one, else from its tables. Undefined when its programme or a profile is gone.
 */
export async function readJourneyData(
  stores: JourneyStores,
  extras: JourneyExtras,
  pair: Pair,
  pairId: string,
  revision?: PairRevision,
): Promise<{ data?: PairJourneyData; activityRead?: PairActivity }> {
  const snapshot = revision?.snapshot as PairActivity | undefined;
  const [programme, mentor, mentee, activity] = await Promise.all([
    stores.programmes.get(pair.tenantId, pair.programmeId),
    stores.profiles.get(pair.programmeId, pair.mentorId),
    stores.profiles.get(pair.programmeId, pair.menteeId),
    snapshot ?? readPairActivity(stores, extras, pair.programmeId, pairId),
  ]);
  const activityRead = snapshot ? undefined : activity;
  if (!programme || !mentor || !mentee) return { activityRead };
  return {
    data: { programme: programme.value, mentor: mentor.value, mentee: mentee.value, ...activity },
    activityRead,
  };
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
