import type { MeetingFeedback } from '../feedback/meeting-feedback';

/**
 * The journey's parts that come from other features: the topic poll and meeting feedback.
 * Until a feature provides data the part is absent, and the tab explains how to start it.
 */

/** One option of the pair's open topic poll. */
export interface JourneyPollOption {
  /** Catalogue topic key; absent for a topic someone typed in. */
  topicKey?: string;
  label: string;
  /** Display names of the people who voted for it (the pair sees each other's votes). */
  voters: string[];
}

/** The pair's current open topic poll. */
export interface JourneyPoll {
  /** The meeting the poll decides the agenda for. */
  meetingNumber?: number;
  options: JourneyPollOption[];
  /** Display names of the people who have voted at all. */
  voted: string[];
}

/** A learning written after a meeting. */
export interface JourneyLearning {
  text: string;
  /** Who wrote it (display name). */
  author: string;
  meetingNumber?: number;
  at: string;
}

/** What each person takes away; private notes reach nobody but their author. */
export interface JourneyLearnings {
  /** The viewer's own learnings. */
  own: JourneyLearning[];
  /** The viewer's private notes: never in the partner's or HR's journey. */
  privateNotes: JourneyLearning[];
  /** What the partner learned (the pair shares learnings with each other, never private notes). */
  shared: JourneyLearning[];
}

/** Feedback as a member of the pair may see it: their own in full, the partner's without the private note. */
export type VisibleFeedback = Omit<MeetingFeedback, 'privateNote'> & { privateNote?: string };

/** The viewer's learnings and notes, and the partner's learnings, oldest first. */
export function learningsOf(
  feedback: readonly VisibleFeedback[],
  viewerId: string,
  nameOf: (aadObjectId: string) => string,
): JourneyLearnings {
  const sorted = [...feedback].sort((a, b) => a.meetingNumber - b.meetingNumber);
  const item = (f: VisibleFeedback, text: string): JourneyLearning => ({
    text,
    author: nameOf(f.authorId),
    meetingNumber: f.meetingNumber,
    at: f.updatedAt,
  });
  const mine = sorted.filter((f) => f.authorId === viewerId);
  return {
    own: mine.filter((f) => f.learning).map((f) => item(f, f.learning)),
    // A partner's note can never be here: the service strips it; the author check makes sure.
    privateNotes: mine.flatMap((f) => (f.privateNote ? [item(f, f.privateNote)] : [])),
    shared: sorted.filter((f) => f.authorId !== viewerId && f.learning).map((f) => item(f, f.learning)),
  };
}

/** The topics a held meeting covered, as its feedback says: all HR may read of the feedback. */
export interface CoveredTopics {
  meetingId: string;
  topicKeys: readonly string[];
}

/** Meeting id → every topic any feedback on it names, in first-named order. */
export function coveredByMeeting(covered: readonly CoveredTopics[]): Map<string, string[]> {
  const byMeeting = new Map<string, string[]>();
  for (const { meetingId, topicKeys } of covered)
    byMeeting.set(meetingId, [...new Set([...(byMeeting.get(meetingId) ?? []), ...topicKeys])]);
  return byMeeting;
}
