import type { Enrolment, EnrolmentFields } from '../../domain/participant/enrolment';

/** An enrolment as imported: optional columns the file lacked are left as they are in storage. */
export type EnrolmentWrite = EnrolmentFields & Pick<Enrolment, 'programmeId' | 'importedAt'>;

/** The port for HR's enrolments (pre-registrations), one per programme and e-mail address. */
export interface EnrolmentRepository {
  /** Writes the enrolments; each batch of up to 100 is all-or-nothing. Re-importing updates. */
  saveAll(programmeId: string, enrolments: ReadonlyArray<EnrolmentWrite>): Promise<void>;
  list(programmeId: string): Promise<Enrolment[]>;
  find(programmeId: string, email: string): Promise<Enrolment | undefined>;
  /** Records which Teams user an enrolment belongs to, once they onboard. */
  link(programmeId: string, email: string, aadObjectId: string): Promise<void>;
  /** The enrolments of a person (by sign-in address or linked Teams user). */
  forPerson(programmeId: string, person: { email?: string; aadObjectId: string }): Promise<Enrolment[]>;
  /** Deletes the enrolments of a person (by sign-in address or linked Teams user). */
  deletePerson(programmeId: string, person: { email?: string; aadObjectId: string }): Promise<number>;
  deleteProgramme(programmeId: string): Promise<void>;
}
