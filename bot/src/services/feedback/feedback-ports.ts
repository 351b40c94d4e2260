import type { MeetingFeedback } from '../../domain/feedback/meeting-feedback';
import type { ConditionalWrite, Versioned } from '../versioned';

/** The port for meeting feedback: one record per person and meeting. */
export interface FeedbackRepository {
  get(
    programmeId: string,
    pairId: string,
    authorId: string,
    meetingId: string,
  ): Promise<Versioned<MeetingFeedback> | undefined>;
  /** Creates the record; `exists` when a concurrent submit (a double click) was first. */
  create(feedback: MeetingFeedback): Promise<'created' | 'exists'>;
  update(feedback: MeetingFeedback, etag: string): Promise<ConditionalWrite>;
  forPair(programmeId: string, pairId: string): Promise<MeetingFeedback[]>;
  /** The author's records in the pairs they belong to: for the privacy export and deletion. */
  byAuthor(programmeId: string, authorId: string): Promise<MeetingFeedback[]>;
  deleteByAuthor(programmeId: string, authorId: string): Promise<void>;
  /** Moves a pair's records to another pair id (a pair kept under a stand-in when a member's data is deleted). */
  movePair(programmeId: string, fromPairId: string, toPairId: string): Promise<void>;
  deletePair(programmeId: string, pairId: string): Promise<void>;
}
