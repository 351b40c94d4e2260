import type { Pair } from '../../domain/pairing/pair';
import type { CoveredTopics, JourneyPoll, VisibleFeedback } from '../../domain/journey/journey-sections';

/** Whose view the extras are read for: the pair and one of its two members. */
export interface JourneyMember {
  pair: Pair;
  pairId: string;
  aadObjectId: string;
}

/**
 * The port through which the poll and feedback features add to a journey. Each part is
 * optional: a feature that is not there yet (or has nothing for this pair) answers undefined.
 * Poll and feedback are read only for members of the pair; HR gets topicsCovered alone.
 */
export interface JourneyExtras {
  poll?(member: JourneyMember): Promise<JourneyPoll | undefined>;
  /** The pair's meeting feedback as this member may see it: ratings, topics covered, learnings. */
  feedback?(member: JourneyMember): Promise<VisibleFeedback[]>;
  /** For HR's read-only journey: only which topics the held meetings covered, nothing else of the feedback. */
  topicsCovered?(pair: Pair, pairId: string): Promise<CoveredTopics[]>;
}

/** Reads whatever the extras provide, side by side. */
export async function readExtras(extras: JourneyExtras, member: JourneyMember) {
  const [poll, feedback] = await Promise.all([extras.poll?.(member), extras.feedback?.(member)]);
  return { poll, feedback };
}
