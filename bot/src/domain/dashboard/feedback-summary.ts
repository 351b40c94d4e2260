import type { PracticeStatus } from '../good-practices/good-practice';
import { startedPairs, type DashboardFacts } from './dashboard-facts';
import { guarded, type Guarded } from './small-groups';

/** Ratings 1–5 as counts, and their average. */
export interface RatingSummary {
  /** Index 0 holds the count of 1s, index 4 the count of 5s. */
  distribution: [number, number, number, number, number];
  average: number;
  responses: number;
}

/** How many good practices wait for HR, are approved or are published (rejected and withdrawn ones are not counted). */
export type GoodPracticeCounts = Record<Extract<PracticeStatus, 'pending' | 'approved' | 'published'>, number>;

/** The Feedback view: ratings only over enough people, never per person. */
export interface FeedbackView {
  overall: Guarded<RatingSummary>;
  perMeetingNumber: Array<{ meetingNumber: number; ratings: Guarded<RatingSummary> }>;
  /** Held meetings with at least one member's feedback, as a share of held meetings (over enough pairs). */
  heldWithFeedback: Guarded<{ share: number; held: number }>;
  learningsShared: number;
  goodPractices: GoodPracticeCounts;
}

type Rated = DashboardFacts['feedback'][number];

/** Rating distributions overall and per meeting number, each withheld below `minGroup` distinct authors. */
export function feedbackView(facts: DashboardFacts, minGroup: number): FeedbackView {
  const numbers = [...new Set(facts.feedback.map((f) => f.meetingNumber))].sort((a, b) => a - b);
  const heldMeetings = startedPairs(facts.pairs).flatMap((p) =>
    p.meetings.filter((m) => m.status === 'held').map((m) => ({ pairId: p.pairId, id: m.id })),
  );
  const withFeedback = new Set(facts.feedback.map((f) => f.meetingId));
  const pairsWithHeld = new Set(heldMeetings.map((m) => m.pairId)).size;
  return {
    overall: ratingsOf(facts.feedback, minGroup),
    perMeetingNumber: numbers.map((meetingNumber) => ({
      meetingNumber,
      ratings: ratingsOf(
        facts.feedback.filter((f) => f.meetingNumber === meetingNumber),
        minGroup,
      ),
    })),
    heldWithFeedback: guarded(pairsWithHeld, minGroup, () => ({
      share: heldMeetings.filter((m) => withFeedback.has(m.id)).length / heldMeetings.length,
      held: heldMeetings.length,
    })),
    learningsShared: facts.feedback.filter((f) => f.shareAsGoodPractice).length,
    goodPractices: countPractices(facts.goodPracticeStatuses),
  };
}

function countPractices(statuses: readonly PracticeStatus[]): GoodPracticeCounts {
  const count = (status: PracticeStatus) => statuses.filter((s) => s === status).length;
  return { pending: count('pending'), approved: count('approved'), published: count('published') };
}

function ratingsOf(feedback: readonly Rated[], minGroup: number): Guarded<RatingSummary> {
  const authors = new Set(feedback.map((f) => f.authorId)).size;
  return guarded(authors, minGroup, () => {
    const distribution: RatingSummary['distribution'] = [0, 0, 0, 0, 0];
    for (const { rating } of feedback) distribution[rating - 1] = distribution[rating - 1]! + 1;
    const sum = feedback.reduce((total, f) => total + f.rating, 0);
    return { distribution, average: Math.round((sum / feedback.length) * 10) / 10, responses: feedback.length };
  });
}
