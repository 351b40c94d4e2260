import { heldCount, type Meeting } from '../meetings';
import type { Language } from '../language';
import type { Pair } from '../pairing/pair';
import type { Profile } from '../participant/profile';
import type { Programme } from '../programme/programme';
import {
  coveredByMeeting,
  learningsOf,
  type CoveredTopics,
  type JourneyLearnings,
  type JourneyPoll,
  type VisibleFeedback,
} from './journey-sections';
import { buildTimeline, type TimelineEntry } from './journey-timeline';
import { journeyPollOf, type OpenPoll } from './journey-poll';
import { topicMap, type JourneyTopic } from './journey-topics';
import type { GoodPractice } from '../good-practices/good-practice';
import { libraryEntry, practicesForTopic, type LibraryPractice } from '../good-practices/library';

export type { JourneyTopic } from './journey-topics';
export type { TimelineEntry } from './journey-timeline';

/** Who is looking: a member of the pair sees everything of theirs; HR sees no private content. */
export type JourneyViewer = 'mentor' | 'mentee' | 'admin';

/** Meetings at a glance: "3 of 6". */
export interface JourneyProgress {
  held: number;
  planned: number;
  target: number;
  /** Suggested slots still to fill to reach the target. */
  toSchedule: number;
}

/** What the journey tab shows for one pair. */
export interface Journey {
  programme: { id: string; name: string; startDate: string; endDate: string; meetingsTarget: number; daysLeft: number };
  pairId: string;
  viewer: JourneyViewer;
  /** The zone the timeline's local times are in. */
  timeZone: string;
  mentor: { name: string; department: string };
  mentee: { name: string; department: string };
  meetings: JourneyProgress;
  timeline: TimelineEntry[];
  topics: JourneyTopic[];
  /** The mentee's own questions from onboarding; private to the pair. */
  menteeQuestions?: string;
  materials: { title: string; url: string; topic?: string; topicKey?: string }[];
  /** The topic of the next planned meeting, whose materials the tab lists first. */
  nextTopicKey?: string;
  /** Published good practices for the next meeting's topic, shown next to the materials. */
  practices: LibraryPractice[];
  /** For mentors: who supports the mentor team. */
  coach?: { name: string; email: string };
  /** The pair's group chat, for "open the chat" buttons; members only. */
  chatId?: string;
  /** The open topic poll, once the poll feature provides one; never for HR. */
  poll?: JourneyPoll;
  /** Learnings from the pair's meeting feedback; never for HR. */
  learnings?: JourneyLearnings;
}

/** Everything a journey is built from; the optional parts come from features that may not have data. */
export interface JourneyInput {
  programme: Programme;
  pair: Pair;
  pairId: string;
  /** The reader's AAD object id: whose ratings, learnings and notes are "own". */
  viewerId: string;
  mentor: Profile;
  mentee: Profile;
  viewer: JourneyViewer;
  language: Language;
  now: Date;
  meetings: readonly Meeting[];
  /** The pair's feedback as this member may see it (the partner's without private notes). */
  feedback?: readonly VisibleFeedback[];
  /** For HR, who gets no feedback: only the topics each held meeting covered. */
  coveredTopics?: readonly CoveredTopics[];
  /** The pair's open topic poll as stored; shown to members only. */
  poll?: OpenPoll;
  /** The programme's good practices (newest first); those published for the next topic are shown. */
  practices?: readonly GoodPractice[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Builds a pair's journey for one viewer. Pure: time comes in as `now`. */
export function buildJourney(input: JourneyInput): Journey {
  const { programme, mentor, mentee, viewer, language } = input;
  const admin = viewer === 'admin';
  // Members read times on their own clock; HR reads the executive's, whose calendar sets the pace.
  const timeZone = (viewer === 'mentor' ? mentor : mentee).timeZone;
  const feedback = admin ? [] : (input.feedback ?? []);
  const covered = coveredByMeeting(
    admin ? (input.coveredTopics ?? []) : feedback.map((f) => ({ meetingId: f.meetingId, topicKeys: f.topicsCovered })),
  );
  const ownRatings = new Map(feedback.filter((f) => f.authorId === input.viewerId).map((f) => [f.meetingId, f.rating]));
  const timeline = buildTimeline({
    meetings: input.meetings,
    target: programme.meetingsTarget,
    programmeEndDate: programme.endDate,
    timeZone,
    sharedSlot: mentee.availability.find((slot) => mentor.availability.includes(slot)),
    covered,
    ownRatings,
    attendees: [mentor.userPrincipalName, mentee.userPrincipalName],
    language,
    now: input.now,
  });
  const end = new Date(`${programme.endDate}T23:59:59Z`).getTime();
  const nextTopicKey = timeline.find((e) => e.kind === 'planned' && e.topicKey)?.topicKey;
  return {
    programme: {
      id: programme.id,
      name: programme.name,
      startDate: programme.startDate,
      endDate: programme.endDate,
      meetingsTarget: programme.meetingsTarget,
      daysLeft: Math.max(0, Math.ceil((end - input.now.getTime()) / DAY_MS)),
    },
    pairId: input.pairId,
    viewer,
    timeZone,
    mentor: { name: mentor.displayName, department: mentor.department },
    mentee: { name: mentee.displayName, department: mentee.department },
    meetings: {
      held: heldCount(input.meetings),
      planned: input.meetings.filter((m) => m.status === 'planned').length,
      target: programme.meetingsTarget,
      toSchedule: timeline.filter((e) => e.kind === 'suggested').length,
    },
    timeline,
    topics: topicMap(programme.topics, timeline, mentee.topics, mentor.topics, language),
    menteeQuestions: admin ? undefined : mentee.ownTopics || undefined,
    materials: programme.materials.map((m) => ({
      title: m.title,
      url: m.url,
      topicKey: m.topicKey,
      topic: m.topicKey ? programme.topics.find((t) => t.key === m.topicKey)?.names[language] : undefined,
    })),
    nextTopicKey,
    practices: practicesForTopic(input.practices ?? [], nextTopicKey).map((p) =>
      libraryEntry(p, programme, language, input.viewerId),
    ),
    coach: viewer === 'mentor' ? programme.coach : undefined,
    chatId: admin ? undefined : input.pair.chatId,
    poll:
      admin || !input.poll
        ? undefined
        : journeyPollOf({
            ...input.poll,
            programme,
            names: new Map([mentor, mentee].map((p) => [p.aadObjectId, p.displayName])),
            language,
          }),
    learnings:
      admin || !input.feedback
        ? undefined
        : learningsOf(
            input.feedback,
            input.viewerId,
            (id) => (id === mentor.aadObjectId ? mentor : mentee).displayName,
          ),
  };
}
