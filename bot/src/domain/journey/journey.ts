import type { Language } from '../language';
import type { Pair } from '../pairing/pair';
import type { Profile } from '../participant/profile';
import type { Programme } from '../programme/programme';
import { activeTopics } from '../programme/topic-catalogue';

/** Who is looking: a member of the pair sees everything of theirs; HR sees no private content. */
export type JourneyViewer = 'mentor' | 'mentee' | 'admin';

/** A topic on the journey's map. `discussed` and `planned` fill in as meetings and polls arrive. */
export interface JourneyTopic {
  key: string;
  name: string;
  wantedByMentee: boolean;
  offeredByMentor: boolean;
  discussed: boolean;
  planned: boolean;
}

/** What the journey tab shows for one pair. */
export interface Journey {
  programme: { id: string; name: string; startDate: string; endDate: string; meetingsTarget: number; daysLeft: number };
  viewer: JourneyViewer;
  mentor: { name: string; department: string };
  mentee: { name: string; department: string };
  meetings: { held: number; planned: number; target: number };
  topics: JourneyTopic[];
  /** The mentee's own questions from onboarding; private to the pair. */
  menteeQuestions?: string;
  materials: { title: string; url: string; topic?: string }[];
  /** For mentors: who supports the mentor team. */
  coach?: { name: string; email: string };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Builds a pair's journey for one viewer. Pure: time comes in as `now`. */
export function buildJourney(input: { programme: Programme; pair: Pair; mentor: Profile; mentee: Profile; viewer: JourneyViewer; language: Language; now: Date }): Journey {
  const { programme, mentor, mentee, viewer, language } = input;
  const end = new Date(`${programme.endDate}T23:59:59Z`).getTime();
  return {
    programme: {
      id: programme.id, name: programme.name, startDate: programme.startDate, endDate: programme.endDate, meetingsTarget: programme.meetingsTarget,
      daysLeft: Math.max(0, Math.ceil((end - input.now.getTime()) / DAY_MS)),
    },
    viewer,
    mentor: { name: mentor.displayName, department: mentor.department },
    mentee: { name: mentee.displayName, department: mentee.department },
    meetings: { held: 0, planned: 0, target: programme.meetingsTarget },
    topics: activeTopics(programme.topics).map((topic) => ({
      key: topic.key,
      name: topic.names[language],
      wantedByMentee: mentee.topics.includes(topic.key),
      offeredByMentor: mentor.topics.includes(topic.key),
      discussed: false,
      planned: false,
    })),
    menteeQuestions: viewer === 'admin' ? undefined : mentee.ownTopics || undefined,
    materials: programme.materials.map((m) => ({ title: m.title, url: m.url, topic: m.topicKey ? programme.topics.find((t) => t.key === m.topicKey)?.names[language] : undefined })),
    coach: viewer === 'mentor' ? programme.coach : undefined,
  };
}
