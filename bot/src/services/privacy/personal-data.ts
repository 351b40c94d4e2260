/** Whose data: a person in a tenant. */
export interface DataSubject {
  tenantId: string;
  aadObjectId: string;
  /** The sign-in address, when known: HR's enrolments are keyed by it. */
  email?: string;
}

/**
 * Every store of personal data implements this, and the privacy service asks all of them.
 * A new feature that stores personal data registers its source, and export and deletion
 * cover it without changes elsewhere.
 */
export interface PersonalDataSource {
  /** A short, stable name for the export (e.g. `profiles`). */
  readonly name: string;
  /** Everything stored about the person, as plain JSON. */
  exportFor(subject: DataSubject): Promise<unknown[]>;
  /** Removes everything stored about the person. */
  deleteFor(subject: DataSubject): Promise<void>;
}
