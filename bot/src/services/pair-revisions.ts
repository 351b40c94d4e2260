/**
 * A token per pair that changes with every write to what the pair's journey shows (meetings,
 * feedback, polls). Readers compare it with the token they cached the pair's data under, so a
 * cache is never older than storage, on any instance.
 *
 * A write is bracketed: `begin` replaces the token with one marked "write in progress" before
 * the data is written, `settle` replaces it with a settled one after. Nobody caches under a
 * token marked in progress, so a writer that crashes between its write and `settle` leaves a
 * pair that is read fresh (until the mark's lease runs out, long after the write could still
 * land), never a cached copy older than the data. Readers read the token before the data.
 */
export interface PairRevisions {
  /** The pair's settled token; undefined when it has none, or a write is in progress (then nothing is cached). */
  current(programmeId: string, pairId: string): Promise<PairRevision | undefined>;
  /**
   * Before a write: a new token marked in progress. With `ifPresent` (deletions) only if the
   * pair has a token, so deleting never leaves a row naming the pair behind; undefined then.
   */
  begin(programmeId: string, pairId: string, options?: { ifPresent?: boolean }): Promise<RevisionMark | undefined>;
  /** After the write: a settled token, unless another write began since (its own `settle` follows). */
  settle(mark: RevisionMark): Promise<void>;
  /** Stores a snapshot of the pair's journey data under the token read, only if it has not moved since. */
  keepSnapshot(programmeId: string, pairId: string, revision: PairRevision, snapshot: unknown): Promise<void>;
  /** Removes the pair's token, with the pair itself (its id names both members). */
  forget(programmeId: string, pairId: string): Promise<void>;
}

/** A settled token as read, with the snapshot stored under it (if any). */
export interface PairRevision {
  token: string;
  /** The version of the stored token: a snapshot is kept only while it is unchanged. */
  etag: string;
  snapshot?: unknown;
}

/** What a writer holds between `begin` and `settle`. */
export interface RevisionMark {
  programmeId: string;
  pairId: string;
  etag: string;
}

/**
 * Runs a write of pair data between `begin` and `settle`. A write that throws is not settled:
 * it may have happened, so the pair stays uncached until the mark's lease runs out.
 */
export async function writingPair<T>(
  revisions: PairRevisions,
  key: { programmeId: string; pairId: string; ifPresent?: boolean },
  write: () => Promise<T>,
): Promise<T> {
  const mark = await revisions.begin(key.programmeId, key.pairId, { ifPresent: key.ifPresent });
  const result = await write();
  if (mark) await revisions.settle(mark);
  return result;
}

/** Which pairs a person is a member of (their profile shows in those pairs' journeys). */
export interface PairMemberships {
  pairIdsOf(programmeId: string, memberId: string): Promise<string[]>;
}

/**
 * Runs a write of what a person's pairs' journeys show about them (their profile) between
 * `begin` and `settle` of each of those pairs, as writingPair does for one pair. Pairs whose
 * token is gone (deleted with their pair) get none back.
 */
export async function writingMember<T>(
  revisions: PairRevisions,
  memberships: PairMemberships,
  member: { programmeId: string; memberId: string },
  write: () => Promise<T>,
): Promise<T> {
  const pairIds = await memberships.pairIdsOf(member.programmeId, member.memberId);
  const marks = await Promise.all(
    pairIds.map((pairId) => revisions.begin(member.programmeId, pairId, { ifPresent: true })),
  );
  const result = await write();
  await Promise.all(marks.map((mark) => mark && revisions.settle(mark)));
  return result;
}
