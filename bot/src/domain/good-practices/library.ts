import type { Language } from '../language';
import type { Programme } from '../programme/programme';
import { creditOf, type CreditLine, type GoodPractice } from './good-practice';

/** One practice as the library and the journey show it: nothing of the author beyond the credit they chose. */
export interface LibraryPractice {
  id: string;
  programmeId: string;
  programmeName: string;
  title: string;
  text: string;
  topics: Array<{ key: string; name: string }>;
  link?: string;
  credit: CreditLine;
  /** When it was published (or, for one's own unpublished practices, submitted). */
  at: string;
  status: GoodPractice['status'];
  /** The viewer's own practice: they may withdraw it. */
  mine: boolean;
}

/** The library page: the practices a person may see, and the topics to filter them by. */
export interface PracticeLibraryView {
  practices: LibraryPractice[];
  topics: Array<{ key: string; name: string }>;
}

/** A practice as a library entry for one viewer, in their language. */
export function libraryEntry(
  practice: GoodPractice,
  programme: Pick<Programme, 'id' | 'name' | 'topics'>,
  language: Language,
  viewerId: string,
): LibraryPractice {
  return {
    id: practice.id,
    programmeId: programme.id,
    programmeName: programme.name,
    title: practice.title,
    text: practice.text,
    topics: practice.topics.map((key) => ({
      key,
      name: programme.topics.find((topic) => topic.key === key)?.names[language] ?? key,
    })),
    ...(practice.link ? { link: practice.link } : {}),
    credit: creditOf(practice),
    at: practice.publishedAt ?? practice.submittedAt,
    status: practice.status,
    mine: !!practice.authorId && practice.authorId === viewerId,
  };
}

/** How many practices the journey shows for the next meeting's topic. */
export const JOURNEY_PRACTICES_MAX = 3;

/** The published practices for a topic, newest first as given, at most {@link JOURNEY_PRACTICES_MAX}. */
export function practicesForTopic(practices: readonly GoodPractice[], topicKey: string | undefined): GoodPractice[] {
  if (!topicKey) return [];
  return practices
    .filter((p) => p.status === 'published' && p.topics.includes(topicKey))
    .slice(0, JOURNEY_PRACTICES_MAX);
}
