/** Records that a person declined consent: the one thing kept when nothing else may be. */
export interface ConsentRefusalLog {
  record(programmeId: string, aadObjectId: string, at: Date): Promise<void>;
  find(programmeId: string, aadObjectId: string): Promise<{ refusedAt: string } | undefined>;
  delete(programmeId: string, aadObjectId: string): Promise<void>;
  /** Deletes every refusal recorded for a programme. */
  deleteProgramme(programmeId: string): Promise<void>;
}
