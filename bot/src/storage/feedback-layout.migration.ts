import type { MeetingFeedback } from '../domain/feedback/meeting-feedback';
import { writingPair, type PairRevisions } from '../services/pair-revisions';
import { createEntity, deleteEntity } from './entity-operations';
import { feedbackRow, FeedbackTableRepository } from './feedback.table-repositories';
import { legacyRows, type LegacyRow } from './legacy-rows';
import type { TableStore } from './table-store';

/** Feedback's first table: one partition per programme, found for a pair by a non-key column. */
export const LEGACY_FEEDBACK_TABLE = 'feedback';

/**
 * Moves meeting feedback from its first layout (one partition per programme) to one partition
 * per pair, once, at start-up. Each pair's rows are copied if missing, then deleted from the old
 * table, so the move is safe to repeat and to run on several instances at once:
 * - a copy that already exists is left alone (a newer edit made in the new layout wins);
 * - two instances copying the same row: one creates it, the other finds it (409);
 * - deleting a row that is already gone is fine;
 * - a crash half-way leaves rows in both tables, and the next start finishes the move.
 * Each pair's copy is bracketed by its revision, so no journey keeps the view without them.
 * Returns how many rows of the old layout it found.
 */
export async function moveFeedbackToPairPartitions(store: TableStore, revisions: PairRevisions): Promise<number> {
  // Not created: a deployment that never had the old layout has no such table, and gets none.
  const legacy = store.existingTable(LEGACY_FEEDBACK_TABLE);
  const rows = await legacyRows(legacy);
  if (rows.length === 0) return 0;
  const target = await store.table(FeedbackTableRepository.TABLE);
  for (const pairRows of groupByPair(rows).values()) {
    const first = JSON.parse(pairRows[0]!.json) as MeetingFeedback;
    await writingPair(revisions, first, async () => {
      for (const row of pairRows) await createEntity(target, feedbackRow(JSON.parse(row.json) as MeetingFeedback));
    });
    for (const row of pairRows) await deleteEntity(legacy, row.partitionKey, row.rowKey);
  }
  return rows.length;
}

function groupByPair(rows: readonly LegacyRow[]): Map<string, LegacyRow[]> {
  const byPair = new Map<string, LegacyRow[]>();
  for (const row of rows) {
    const { programmeId, pairId } = JSON.parse(row.json) as MeetingFeedback;
    const key = `${programmeId}\n${pairId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), row]);
  }
  return byPair;
}
