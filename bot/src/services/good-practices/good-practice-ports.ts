import type { GoodPractice, PracticeStatus } from '../../domain/good-practices/good-practice';
import type { ConditionalWrite, Versioned } from '../versioned';

/**
 * The port for good practices: one programme's practices read by key (its partition), one
 * practice by point read, an author's practices through an author index. Every state change is
 * a conditional write (ETag), so two admins deciding the same practice decide it once.
 */
export interface GoodPracticeRepository {
  get(programmeId: string, id: string): Promise<Versioned<GoodPractice> | undefined>;
  /** `exists` when the same practice (same id: a double click, a retried invoke) is already there. */
  create(practice: GoodPractice): Promise<'created' | 'exists'>;
  /** A conditional replace; an anonymised practice (no author) leaves the author index. */
  update(practice: GoodPractice, etag: string): Promise<ConditionalWrite>;
  /** The programme's practices, newest first, with their ETags. */
  list(programmeId: string): Promise<Versioned<GoodPractice>[]>;
  /** The status of each of the programme's practices, from one partition query (for counting). */
  statusesOf(programmeId: string): Promise<PracticeStatus[]>;
  /** The author's practices in a programme, found through the author index. */
  byAuthor(programmeId: string, authorId: string): Promise<Versioned<GoodPractice>[]>;
  delete(programmeId: string, id: string): Promise<void>;
}

/**
 * The channel posts of a published practice, drawn by the Teams layer: after the practice
 * changed under them (withdrawn, deleted or anonymised with its author's data), each post is
 * drawn again from the practice as it is now, or replaced by a note that it was withdrawn.
 * Never throws: the practice's own change is already written, a post that cannot be reached is logged.
 */
export interface PracticePosts {
  refresh(tenantId: string, programmeId: string, practiceId: string): Promise<void>;
}
