import type { Meeting } from '../../domain/meetings';
import type { ConditionalWrite, Versioned } from '../versioned';
import type { MeetingRepository } from './meeting-ports';

/** Told of every meeting written, whichever use case or job wrote it. */
export type MeetingWriteListener = (meeting: Meeting) => void;

/**
 * A meeting repository that tells its listeners after each successful create or update. The
 * pair chat's meeting message follows its meeting this way, whether a member moved it, a poll
 * decided its topic or the check-in recorded it, without every use case having to remember it.
 */
export class ObservedMeetingRepository implements MeetingRepository {
  private readonly listeners: MeetingWriteListener[] = [];

  constructor(private readonly inner: MeetingRepository) {}

  /** Adds a listener; it must return at once (it runs inside the write's turn). */
  onWritten(listener: MeetingWriteListener): void {
    this.listeners.push(listener);
  }

  list(programmeId: string, pairId: string): Promise<Versioned<Meeting>[]> {
    return this.inner.list(programmeId, pairId);
  }

  get(programmeId: string, pairId: string, meetingId: string): Promise<Versioned<Meeting> | undefined> {
    return this.inner.get(programmeId, pairId, meetingId);
  }

  ofProgramme(programmeId: string): Promise<Meeting[]> {
    return this.inner.ofProgramme(programmeId);
  }

  async create(meeting: Meeting): Promise<'created' | 'exists'> {
    const status = await this.inner.create(meeting);
    if (status === 'created') this.tell(meeting);
    return status;
  }

  async update(meeting: Meeting, etag: string): Promise<ConditionalWrite> {
    const status = await this.inner.update(meeting, etag);
    if (status === 'written') this.tell(meeting);
    return status;
  }

  deletePair(programmeId: string, pairId: string): Promise<void> {
    return this.inner.deletePair(programmeId, pairId);
  }

  private tell(meeting: Meeting): void {
    for (const listener of this.listeners) listener(meeting);
  }
}
