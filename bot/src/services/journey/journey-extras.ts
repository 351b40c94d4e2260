import type { Pair } from '../../domain/pairing/pair';
import type { JourneyPoll, VisibleFeedback } from '../../domain/journey/journey-sections';

/** Whose view the extras are read for: the pair and one of its two members. */
export interface JourneyMember {
  pair: Pair;
  pairId: string;
  aadObjectId: string;
}

/**
 * The port through which the poll and feedback features add to a journey. Each part is
 * optional: a feature that is not there yet (or has nothing for this pair) answers undefined.
 * It is read only for members of the pair, never for HR.
 */
export interface JourneyExtras {
  poll?(member: JourneyMember): Promise<JourneyPoll | undefined>;
  /** The pair's meeting feedback as this member may see it: ratings, topics covered, learnings. */
  feedback?(member: JourneyMember): Promise<VisibleFeedback[]>;
}

/** Reads whatever the extras provide, side by side. */
export async function readExtras(extras: JourneyExtras, member: JourneyMember) {
  const [poll, feedback] = await Promise.all([extras.poll?.(member), extras.feedback?.(member)]);
  return { poll, feedback };
}
