/**
 * The journey's two optional sections, filled by the topic-poll and feedback features.
 * Until a feature provides its data the section is absent, and the tab explains how to start it.
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
  /** The viewer's own learnings (shared or not). */
  own: JourneyLearning[];
  /** The viewer's private notes: never in the partner's or HR's journey. */
  privateNotes: JourneyLearning[];
  /** Learnings either member shared with the pair. */
  shared: JourneyLearning[];
}

/** The viewer's own feedback on one meeting, as the feedback feature records it. */
export interface OwnMeetingFeedback {
  meetingId: string;
  /** 1 … 5. */
  rating?: number;
  /** The topic the pair actually discussed, when it differed from the agenda. */
  discussedTopicKey?: string;
}
