/** How a person wants to meet. `either` accepts both. */
export type MeetingFormat = 'online' | 'in-person' | 'either';

/** The formats in a fixed order (for validation and documentation). */
export const MEETING_FORMATS: readonly MeetingFormat[] = ['online', 'in-person', 'either'];

/** The largest number of mentees one mentor may take at once. */
export const MAX_MENTOR_CAPACITY = 3;

/** What matching knows about a participant, as captured at onboarding. */
export interface PersonProfile {
  /** Unique across mentors and mentees of one run. */
  readonly id: string;
  readonly department: string;
  /** A site or city; `null` when unknown. Compared exactly. */
  readonly location: string | null;
  /** An IANA time zone such as `Europe/Berlin`; `null` when unknown. */
  readonly timeZone: string | null;
  /** Language codes such as `de`, `en`; compared exactly. */
  readonly languages: readonly string[];
  /** Topic keys: wanted by a mentee, offered by a mentor. */
  readonly topics: readonly string[];
  /** Slot keys such as `tue-am`; compared exactly. */
  readonly availability: readonly string[];
  readonly format: MeetingFormat;
  /** The person's line manager, who may or may not take part; `null` for none or unknown. */
  readonly managerId: string | null;
}

/** A mentor: a profile plus how many mentees they take (1 to {@link MAX_MENTOR_CAPACITY}). */
export interface MentorProfile extends PersonProfile {
  readonly capacity: number;
}

/** A mentee (an executive). */
export type MenteeProfile = PersonProfile;

/** A pair by ids, mentor first: the shape of previous pairs, locks and exclusions. */
export type PairRef = readonly [mentorId: string, menteeId: string];
