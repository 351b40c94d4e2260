import type { Briefing, Rsvp } from '../../domain/briefings';
import type { ConditionalWrite, Versioned } from '../versioned';

/** The port for briefings: one partition per programme, so a programme's briefings are one read. */
export interface BriefingRepository {
  get(tenantId: string, programmeId: string, briefingId: string): Promise<Versioned<Briefing> | undefined>;
  /** Creates the briefing unless one with its id exists (a double click on Preview). */
  create(briefing: Briefing): Promise<'created' | 'exists'>;
  update(briefing: Briefing, etag: string): Promise<ConditionalWrite>;
  /** Every briefing of a programme (drafts included). */
  ofProgramme(tenantId: string, programmeId: string): Promise<Briefing[]>;
  /** Removes a programme's briefings (its retention period is over). */
  deleteProgramme(tenantId: string, programmeId: string): Promise<void>;
}

/**
 * The port for answers: one partition per briefing and one row per person, so the counts are
 * one partition read and two people answering at once never write the same row.
 */
export interface RsvpRepository {
  get(programmeId: string, briefingId: string, aadObjectId: string): Promise<Versioned<Rsvp> | undefined>;
  /** Creates the person's answer unless they have one (then `exists`: read it and update with its ETag). */
  create(rsvp: Rsvp): Promise<'created' | 'exists'>;
  /** Replaces the person's answer if it still has this ETag (a second device answering at once). */
  update(rsvp: Rsvp, etag: string): Promise<ConditionalWrite>;
  ofBriefing(programmeId: string, briefingId: string): Promise<Rsvp[]>;
  /** Removes one person's answer (their data is deleted). */
  delete(programmeId: string, briefingId: string, aadObjectId: string): Promise<void>;
  /** Removes every answer to a briefing (its programme's retention period is over). */
  deleteBriefing(programmeId: string, briefingId: string): Promise<void>;
}
