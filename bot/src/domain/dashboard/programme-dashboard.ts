import type { Language } from '../language';
import type { Programme } from '../programme/programme';
import { meetingCadence, pairHealth, type CadenceWeek, type PairHealth } from './cadence';
import type { DashboardBroadcast, DashboardFacts } from './dashboard-facts';
import { feedbackView, type FeedbackView } from './feedback-summary';
import { participation, type Participation } from './funnel';
import { topicDemand, type TopicsView } from './topic-demand';

/** HR's dashboard of one programme: aggregates only, confidential by construction. */
export interface ProgrammeDashboard {
  programme: Pick<Programme, 'id' | 'name' | 'status' | 'startDate' | 'endDate' | 'meetingsTarget'>;
  minGroup: number;
  /** When the figures were counted (the sponsor's report is dated with it). */
  asOf: string;
  overview: Participation & { cadence: CadenceWeek[]; health: Record<PairHealth, number> };
  topics: TopicsView;
  feedback: FeedbackView;
  news: DashboardBroadcast[];
}

/** How many broadcasts the News view lists, newest first (each costs a read of its shard tallies). */
export const NEWS_SHOWN = 5;

/** Every view's figures from the programme's facts. */
export function programmeDashboard(
  facts: DashboardFacts,
  now: Date,
  minGroup: number,
  language: Language,
): ProgrammeDashboard {
  const { id, name, status, startDate, endDate, meetingsTarget } = facts.programme;
  return {
    programme: { id, name, status, startDate, endDate, meetingsTarget },
    minGroup,
    asOf: now.toISOString(),
    overview: {
      ...participation(facts, minGroup),
      cadence: meetingCadence(facts.programme, facts.pairs),
      health: pairHealth(facts.programme, facts.pairs, now),
    },
    topics: topicDemand(facts, facts.programme.topics, language),
    feedback: feedbackView(facts, minGroup),
    news: [...facts.broadcasts].sort((a, b) => b.sentAt.localeCompare(a.sentAt)).slice(0, NEWS_SHOWN),
  };
}
