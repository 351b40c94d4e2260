import type { MeetingFeedback } from '../../domain/feedback/meeting-feedback';
import type { OpenPoll } from '../../domain/journey/journey-poll';

/**
 * The port through which the poll and feedback features add to a journey. Each part is
 * optional: a feature that is not there yet (or has nothing for this pair) answers undefined.
 * Both answer the pair's data as stored, the same for every viewer; the journey service cuts
 * out what a viewer may see (members their own private notes only, HR only topics covered).
 */
export interface JourneyExtras {
  /** The pair's open topic poll, if any. */
  poll?(programmeId: string, pairId: string): Promise<OpenPoll | undefined>;
  /** Every feedback record of the pair, private notes included: never sent to anyone as is. */
  feedback?(programmeId: string, pairId: string): Promise<MeetingFeedback[]>;
}
