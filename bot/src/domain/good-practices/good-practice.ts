/**
 * A good practice: something that worked in a tandem, offered to HR, curated, and published
 * to the programme's channels and library. Pure: time comes in as `now`, ids from the caller.
 */

/** pending → approved → published; pending → rejected; the author may withdraw any but a rejected one. */
export type PracticeStatus = 'pending' | 'approved' | 'published' | 'rejected' | 'withdrawn';

/** Named shows the author's name; anonymous (the default) shows "a mentor" / "a mentee". */
export type PracticeCredit = 'named' | 'anonymous';

/** What happens to a published practice when its author deletes their data: it goes, or stays anonymised. */
export type OnAuthorDeletion = 'remove' | 'anonymise';

/** Where a practice came from: the feedback card's toggle, `share a practice`, or HR directly. */
export type PracticeSource = 'feedback' | 'shared' | 'hr';

/** The author's role in the programme, for the anonymous credit. */
export type AuthorRole = 'mentor' | 'mentee' | 'hr';

export type PracticeChannel = 'news' | 'community';

export interface GoodPractice {
  id: string;
  programmeId: string;
  /** Empty once anonymised for good (the author deleted their data, or retention ran). */
  authorId: string;
  /** Kept only for a named credit. */
  authorName?: string;
  role: AuthorRole;
  source: PracticeSource;
  /** Set for practices from meeting feedback: which meeting they grew out of. */
  meetingId?: string;
  meetingNumber?: number;
  title: string;
  text: string;
  topics: string[];
  link?: string;
  credit: PracticeCredit;
  onAuthorDeletion: OnAuthorDeletion;
  status: PracticeStatus;
  submittedAt: string;
  decidedAt?: string;
  decidedBy?: string;
  /** HR's optional reason for a rejection, shown to the author only. */
  rejectReason?: string;
  publishedAt?: string;
  channels?: PracticeChannel[];
}

/** The credit line as a value: the Teams layer and the tab turn it into words. */
export type CreditLine = { kind: 'named'; name: string } | { kind: 'role'; role: AuthorRole };

/** How a practice is credited: the name only when the author chose it and it is still known. */
export function creditOf(practice: Pick<GoodPractice, 'credit' | 'authorName' | 'role'>): CreditLine {
  return practice.credit === 'named' && practice.authorName
    ? { kind: 'named', name: practice.authorName }
    : { kind: 'role', role: practice.role };
}

/** Newest first (by submission), ties by id so the order is stable across pages. */
export function newestFirst<T extends Pick<GoodPractice, 'submittedAt' | 'id'>>(practices: readonly T[]): T[] {
  return [...practices].sort((a, b) =>
    a.submittedAt === b.submittedAt ? a.id.localeCompare(b.id) : b.submittedAt.localeCompare(a.submittedAt),
  );
}

/** The practice without anything that names its author (credit anonymous, no id, no name). */
export function anonymised(practice: GoodPractice): GoodPractice {
  const { authorName: _name, ...rest } = practice;
  return { ...rest, authorId: '', credit: 'anonymous' };
}

/**
 * What stays of an author's practice when they delete their data: a published one they chose
 * to leave anonymised stays (anonymised); everything else goes.
 */
export function afterAuthorDeletion(practice: GoodPractice): GoodPractice | undefined {
  return practice.status === 'published' && practice.onAuthorDeletion === 'anonymise'
    ? anonymised(practice)
    : undefined;
}

/**
 * What stays of a practice when a closed programme's retention runs: only published practices
 * credited anonymously (anonymised for good); named, pending or unpublished ones go.
 */
export function afterRetention(practice: GoodPractice): GoodPractice | undefined {
  return practice.status === 'published' && practice.credit === 'anonymous' ? anonymised(practice) : undefined;
}

/**
 * The seed of the id of a practice grown out of meeting feedback: one per author and meeting,
 * so sharing again (or the start-up move of older rows) names the same practice.
 */
export function feedbackPracticeSeed(programmeId: string, authorId: string, meetingId: string): string {
  return `good-practice|feedback|${programmeId}|${authorId}|${meetingId}`;
}
