import { feedbackPracticeSeed } from '../domain/good-practices/good-practice';
import { practiceFromLearning } from '../domain/good-practices/practice-submission';
import { stableUuid } from '../stable-id';
import { deleteEntity } from './entity-operations';
import { GoodPracticeTableRepository } from './good-practice.table-repository';
import { legacyRows } from './legacy-rows';
import type { TableStore } from './table-store';

/** The first table of good-practice submissions: partition = programme, row = author + meeting, found by author through a column. */
export const LEGACY_GOOD_PRACTICE_TABLE = 'goodPractices';

/** A submission as the feedback card stored it before curation existed. */
interface LegacySubmission {
  programmeId: string;
  pairId: string;
  meetingId: string;
  authorId: string;
  role: 'mentor' | 'mentee';
  learning: string;
  topics: string[];
  submittedAt: string;
}

/**
 * Moves the feedback card's submissions of the first layout into the keyed one (a practice row
 * per programme, an author index row), once, at start-up. Each row becomes a pending practice
 * with the id sharing from the feedback card gives it now, credited anonymously (the old card
 * did not ask); it is created if missing, then deleted from the old table. So the move is safe
 * to repeat, on several instances at once and after a crash half-way, and a practice created
 * meanwhile under the same id wins. Returns how many old rows it found.
 */
export async function moveGoodPracticesToKeyedLayout(store: TableStore): Promise<number> {
  // Not created: a deployment that never had the old layout has no such table, and gets none.
  const legacy = store.existingTable(LEGACY_GOOD_PRACTICE_TABLE);
  const rows = await legacyRows(legacy);
  const practices = new GoodPracticeTableRepository(store);
  for (const row of rows) {
    const old = JSON.parse(row.json) as LegacySubmission;
    const origin = {
      id: stableUuid(feedbackPracticeSeed(old.programmeId, old.authorId, old.meetingId)),
      programmeId: old.programmeId,
      authorId: old.authorId,
      authorName: '',
      role: old.role,
      source: 'feedback' as const,
      meetingId: old.meetingId,
    };
    const learning = { learning: old.learning, topics: old.topics, at: old.submittedAt };
    await practices.create(practiceFromLearning(learning, origin, { credit: 'anonymous', onAuthorDeletion: 'remove' }));
    await deleteEntity(legacy, row.partitionKey, row.rowKey);
  }
  return rows.length;
}
