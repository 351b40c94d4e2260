import type { DeliveryCounts } from '../broadcasts/recipient-status';
import type { Language } from '../language';
import type { MeetingFeedback } from '../feedback/meeting-feedback';
import type { Meeting } from '../meetings/meeting';
import type { PracticeStatus } from '../good-practices/good-practice';
import type { Pair } from '../pairing/pair';
import type { Enrolment } from '../participant/enrolment';
import type { Profile } from '../participant/profile';
import type { Poll } from '../polls/poll';
import type { Programme } from '../programme/programme';

/** A pair with its meetings, as the dashboard counts them. */
export interface DashboardPair {
  pairId: string;
  pair: Pair;
  meetings: readonly Meeting[];
}

/** A broadcast as the News view lists it: its titles and where its deliveries stand. */
export interface DashboardBroadcast {
  id: string;
  titles: Partial<Record<Language, string>>;
  /** When it went out (UTC ISO). */
  sentAt: string;
  counts: DeliveryCounts;
}

/**
 * Everything the dashboard aggregates for one programme. Only what the aggregates need:
 * feedback comes without its learning text and private note, which never reach HR.
 */
export interface DashboardFacts {
  programme: Programme;
  enrolments: ReadonlyArray<Pick<Enrolment, 'role' | 'department' | 'aadObjectId'>>;
  profiles: ReadonlyArray<Pick<Profile, 'aadObjectId' | 'role' | 'department' | 'topics'>>;
  consentRefusals: number;
  pairs: readonly DashboardPair[];
  feedback: ReadonlyArray<
    Pick<
      MeetingFeedback,
      'pairId' | 'meetingId' | 'meetingNumber' | 'authorId' | 'rating' | 'topicsCovered' | 'shareAsGoodPractice'
    >
  >;
  polls: ReadonlyArray<Pick<Poll, 'pairId' | 'options' | 'outcome'>>;
  broadcasts: readonly DashboardBroadcast[];
  /** The status of each of the programme's good practices: their texts are not needed to count them. */
  goodPracticeStatuses: readonly PracticeStatus[];
}

/**
 * Pairs that got under way: confirmed by the mentee, running or ended since. Declined and
 * still unconfirmed pairs are not part of meeting figures.
 */
export function startedPairs(pairs: readonly DashboardPair[]): DashboardPair[] {
  return pairs.filter((p) => p.pair.status === 'confirmed' || (p.pair.status === 'ended' && !!p.pair.respondedAt));
}
