import { feedbackSeenBy, type MeetingFeedback } from '../../domain/feedback/meeting-feedback';
import type { JourneyInput, JourneyViewer } from '../../domain/journey/journey';
import type { OpenPoll } from '../../domain/journey/journey-poll';
import type { Meeting } from '../../domain/meetings';
import type { Pair } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import type { JourneyExtras } from './journey-extras';
import type { JourneyStores } from './journey-service';

/**
 * What a pair's journey is built from besides the pair, the viewer and the moment: the same
 * for every viewer, private notes included, so it is cached per pair and never sent as is.
 */
export interface PairJourneyData {
  programme: Programme;
  mentor: Profile;
  mentee: Profile;
  meetings: readonly Meeting[];
  /** Undefined when no feedback feature is wired (the journey then has no learnings section). */
  feedback?: readonly MeetingFeedback[];
  poll?: OpenPoll;
}

/** Reads a pair's journey data side by side; undefined when its programme or a profile is gone. */
export async function readJourneyData(
  stores: JourneyStores,
  extras: JourneyExtras,
  pair: Pair,
  pairId: string,
): Promise<PairJourneyData | undefined> {
  const [programme, mentor, mentee, meetings, feedback, poll] = await Promise.all([
    stores.programmes.get(pair.tenantId, pair.programmeId),
    stores.profiles.get(pair.programmeId, pair.mentorId),
    stores.profiles.get(pair.programmeId, pair.menteeId),
    stores.meetings.list(pair.programmeId, pairId),
    extras.feedback?.(pair.programmeId, pairId),
    extras.poll?.(pair.programmeId, pairId),
  ]);
  if (!programme || !mentor || !mentee) return undefined;
  return {
    programme: programme.value,
    mentor: mentor.value,
    mentee: mentee.value,
    meetings: meetings.map((m) => m.value),
    feedback,
    poll,
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
