import type { CoachQuestion } from '../../domain/coach/coach-question';
import type { ConditionalWrite, Versioned } from '../versioned';

/** Which question: the programme, the mentor who asked, and the card's id. */
export interface QuestionRef {
  tenantId: string;
  programmeId: string;
  mentorId: string;
  questionId: string;
}

/** The port for questions to the coach: found by key, the mentor's and the coach's by a key range each. */
export interface CoachQuestionRepository {
  /** Creates the question unless one with its keys exists (a double click, a retried invoke). */
  create(question: CoachQuestion): Promise<'created' | 'exists'>;
  get(ref: QuestionRef): Promise<Versioned<CoachQuestion> | undefined>;
  /** Writes the question if it still has this ETag (the coach answering). */
  update(question: CoachQuestion, etag: string): Promise<ConditionalWrite>;
  /** The questions a person asked, or that were sent to them as the coach, in one programme. */
  ofPerson(tenantId: string, programmeId: string, aadObjectId: string): Promise<CoachQuestion[]>;
  deleteOfPerson(tenantId: string, programmeId: string, aadObjectId: string): Promise<void>;
  /** Removes a programme's questions (its retention period is over). */
  deleteProgramme(tenantId: string, programmeId: string): Promise<void>;
}

/**
 * Who signed in with which address (UPN and email, lower-cased), recorded when Tandem learns it
 * from Teams: finds the coach HR named by email among the people who installed Tandem.
 */
export interface PeopleByEmail {
  record(tenantId: string, aadObjectId: string, emails: readonly string[]): Promise<void>;
  /** The person with this address, by point read. */
  find(tenantId: string, email: string): Promise<string | undefined>;
  emailsOf(tenantId: string, aadObjectId: string): Promise<string[]>;
  forget(tenantId: string, aadObjectId: string): Promise<void>;
}
