import type { Meeting } from '../../domain/meetings';
import type { DueEntry } from '../../domain/meetings/reminders';
import type { ConditionalWrite, Versioned } from '../versioned';

/** The port for a pair's meetings. */
export interface MeetingRepository {
  list(programmeId: string, pairId: string): Promise<Versioned<Meeting>[]>;
  get(programmeId: string, pairId: string, meetingId: string): Promise<Versioned<Meeting> | undefined>;
  /** Every meeting of a programme's pairs at once (HR's dashboard), never a read per pair. */
  ofProgramme(programmeId: string): Promise<Meeting[]>;
  create(meeting: Meeting): Promise<'created' | 'exists'>;
  update(meeting: Meeting, etag: string): Promise<ConditionalWrite>;
  /** Removes every meeting of a pair (its members asked for their data to be deleted). */
  deletePair(programmeId: string, pairId: string): Promise<void>;
}

/** A due entry as stored, with the ETag needed to claim it. */
export interface StoredDueEntry {
  entry: DueEntry;
  etag: string;
  partition: string;
  rowKey: string;
}

/**
 * The port for the due index: reminders and check-ins keyed by the hour they fall due, so a
 * scheduler tick reads only what is due, however many meetings lie in the future.
 */
export interface DueIndex {
  add(entries: readonly DueEntry[]): Promise<void>;
  /** Removes entries (those not there are no error): a cancelled or moved meeting's old ones never come due. */
  remove(entries: readonly DueEntry[]): Promise<void>;
  /** Unclaimed entries due by `now` in the given hour partitions. */
  due(partitions: readonly string[], now: Date): Promise<StoredDueEntry[]>;
  /** Claims an entry for one scheduler instance; false when another instance was first. */
  claim(stored: StoredDueEntry, by: string, now: Date): Promise<boolean>;
  /** Records what happened to a claimed entry. */
  settle(stored: StoredDueEntry, outcome: string): Promise<void>;
  /** When the scheduler last looked (shared by all instances). */
  lastTick(): Promise<Date | undefined>;
  saveTick(at: Date): Promise<void>;
}

/**
 * Delivers a due entry to the pair: a reminder or check-in, or a topic poll's opening or closing.
 * A port because the reminder job decides when and the Teams layer how.
 */
export interface MeetingNotifier {
  notify(entry: DueEntry, meeting: Meeting): Promise<'sent' | 'failed'>;
}
