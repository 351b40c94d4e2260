import { odata, type TableClient } from '@azure/data-tables';
import type { MeetingFeedback } from '../domain/feedback/meeting-feedback';
import type { FeedbackRepository } from '../services/feedback/feedback-ports';
import { writingPair, type PairMemberships, type PairRevisions } from '../services/pair-revisions';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createEntity,
  deleteEntities,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  upsertEntity,
  partitionsUnder,
} from './entity-operations';
import { compositeKey } from './key-encoding';
import { PairMemberTableIndex } from './pair-member-index';
import { PairRevisionTableRepository } from './pair-revision.table-repository';
import type { TableStore } from './table-store';

/** Rows of the feedback table: partition = programme + pair, row = author + meeting. */
interface FeedbackRow {
  pairId: string;
  authorId: string;
  json: string;
}

/**
 * Meeting feedback in Table Storage, one partition per pair as meetings and polls are, so the
 * journey reads a pair's feedback without scanning its programme's. Writes are bracketed by
 * the pair's revision (see pair-revisions.ts). Rows of the old layout (one partition per
 * programme) are moved here at start-up by `moveFeedbackToPairPartitions`.
 */
export class FeedbackTableRepository implements FeedbackRepository {
  static readonly TABLE = 'pairFeedback';

  constructor(
    private readonly store: TableStore,
    private readonly revisions: PairRevisions = new PairRevisionTableRepository(store),
    private readonly memberships: PairMemberships = new PairMemberTableIndex(store),
  ) {}

  async get(
    programmeId: string,
    pairId: string,
    authorId: string,
    meetingId: string,
  ): Promise<Versioned<MeetingFeedback> | undefined> {
    const row = await readEntity<FeedbackRow>(
      await this.table(),
      compositeKey(programmeId, pairId),
      compositeKey(authorId, meetingId),
    );
    return row && { etag: row.etag, value: JSON.parse(row.json) as MeetingFeedback };
  }

  async create(feedback: MeetingFeedback): Promise<'created' | 'exists'> {
    const table = await this.table();
    return writingPair(this.revisions, feedback, async () => (await createEntity(table, feedbackRow(feedback))).status);
  }

  async update(feedback: MeetingFeedback, etag: string): Promise<ConditionalWrite> {
    const table = await this.table();
    return writingPair(
      this.revisions,
      feedback,
      async () => (await updateEntityIfMatch(table, feedbackRow(feedback), etag)).status,
    );
  }

  async forPair(programmeId: string, pairId: string): Promise<MeetingFeedback[]> {
    return listEntities<FeedbackRow, MeetingFeedback>(
      await this.table(),
      { partitionKey: compositeKey(programmeId, pairId) },
      (row) => JSON.parse(row.json) as MeetingFeedback,
    );
  }

  /**
   * Every feedback record of a programme's pairs, by one key-range query, without its learning
   * and private note: what HR's dashboard aggregates.
   */
  async ofProgramme(programmeId: string): Promise<RatedFeedback[]> {
    return listEntities<FeedbackRow, RatedFeedback>(
      await this.table(),
      partitionsUnder(compositeKey(programmeId)),
      (row) => ratedOnly(JSON.parse(row.json) as MeetingFeedback),
      ['json'],
    );
  }

  /** The author's rows in each pair they belong to (from the member index): a row-key range each. */
  async byAuthor(programmeId: string, authorId: string): Promise<MeetingFeedback[]> {
    const table = await this.table();
    const lists = await Promise.all(
      (await this.memberships.pairIdsOf(programmeId, authorId)).map((pairId) =>
        listEntities<FeedbackRow, MeetingFeedback>(
          table,
          { filter: authoredInPair(programmeId, pairId, authorId) },
          (row) => JSON.parse(row.json) as MeetingFeedback,
        ),
      ),
    );
    return lists.flat();
  }

  async deleteByAuthor(programmeId: string, authorId: string): Promise<void> {
    const table = await this.table();
    for (const pairId of await this.memberships.pairIdsOf(programmeId, authorId))
      await writingPair(this.revisions, { programmeId, pairId, ifPresent: true }, () =>
        deleteEntities(table, { filter: authoredInPair(programmeId, pairId, authorId) }),
      );
  }

  async movePair(programmeId: string, fromPairId: string, toPairId: string): Promise<void> {
    const table = await this.table();
    const moving = await this.forPair(programmeId, fromPairId);
    if (moving.length === 0) return;
    // Copied before the originals go: a crash in between leaves a copy, never a loss (a retry rewrites the same rows).
    await writingPair(this.revisions, { programmeId, pairId: toPairId }, async () => {
      for (const feedback of moving)
        await upsertEntity(table, feedbackRow({ ...feedback, pairId: toPairId }), 'Replace');
    });
    await this.deletePair(programmeId, fromPairId);
  }

  async deletePair(programmeId: string, pairId: string): Promise<void> {
    const table = await this.table();
    await writingPair(this.revisions, { programmeId, pairId, ifPresent: true }, () =>
      deleteEntities(table, { partitionKey: compositeKey(programmeId, pairId) }),
    );
  }

  private table(): Promise<TableClient> {
    return this.store.table(FeedbackTableRepository.TABLE);
  }
}

/** A feedback record as aggregates see it: the learning's text and the private note stay behind. */
export type RatedFeedback = Pick<
  MeetingFeedback,
  'pairId' | 'meetingId' | 'meetingNumber' | 'authorId' | 'rating' | 'topicsCovered' | 'shareAsGoodPractice'
>;

function ratedOnly(feedback: MeetingFeedback): RatedFeedback {
  const { pairId, meetingId, meetingNumber, authorId, rating, topicsCovered, shareAsGoodPractice } = feedback;
  return { pairId, meetingId, meetingNumber, authorId, rating, topicsCovered, shareAsGoodPractice };
}

/** The row of one feedback record in the per-pair layout. */
export function feedbackRow(feedback: MeetingFeedback) {
  return {
    partitionKey: compositeKey(feedback.programmeId, feedback.pairId),
    rowKey: compositeKey(feedback.authorId, feedback.meetingId),
    pairId: feedback.pairId,
    authorId: feedback.authorId,
    json: JSON.stringify(feedback),
  };
}

/** One author's rows of a pair: the row keys `<author>|<meeting>`, between `<author>|` and `<author>}` (`}` follows `|`). */
function authoredInPair(programmeId: string, pairId: string, authorId: string): string {
  const author = compositeKey(authorId);
  return odata`PartitionKey eq ${compositeKey(programmeId, pairId)} and RowKey ge ${`${author}|`} and RowKey lt ${`${author}}`}`;
}
