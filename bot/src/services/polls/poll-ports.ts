import type { Poll, PollOption, PollVote } from '../../domain/polls';

/** A poll as stored: the poll with its ETag (for closing once), the options the pair added and every vote row. */
export interface PollState {
  poll: Poll;
  etag: string;
  added: PollOption[];
  votes: PollVote[];
  /** The chat message showing the poll, once posted, so it can be updated for everyone. */
  activityId?: string;
}

/**
 * The port for topic polls. Added options and votes are rows of their own, so two people
 * acting at the same moment never overwrite each other; only closing needs the poll's ETag.
 */
export interface PollRepository {
  create(poll: Poll): Promise<'created' | 'exists'>;
  state(programmeId: string, pairId: string, pollId: string): Promise<PollState | undefined>;
  /** Every poll of a pair with its added options (votes only when asked for), oldest first; one partition read. */
  ofPair(programmeId: string, pairId: string, include?: { votes?: boolean }): Promise<PollState[]>;
  /** Adds an own option; the same option id twice is one row. */
  addOption(poll: Poll, option: PollOption): Promise<'created' | 'exists'>;
  /** Stores a person's press on an option, unless a later press is already stored. */
  saveVote(poll: Poll, vote: PollVote): Promise<void>;
  /** Remembers which chat message shows the poll (the latest post wins). */
  saveMessage(poll: Poll, activityId: string): Promise<void>;
  /** Removes every row of a pair's polls. */
  deletePair(programmeId: string, pairId: string): Promise<void>;
  update(poll: Poll, etag: string): Promise<'written' | 'conflict' | 'not-found'>;
}
