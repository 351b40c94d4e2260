import { odata, type TableClient } from '@azure/data-tables';
import type { Meeting } from '../domain/meetings';
import type { DueEntry } from '../domain/meetings/reminders';
import { dueRowKey, dueRowKeyBound, hourPartitionOf } from '../domain/meetings/due-index';
import type { DueIndex, MeetingRepository, StoredDueEntry } from '../services/meetings/meeting-ports';
import { writingPair, type PairRevisions } from '../services/pair-revisions';
import type { ConditionalWrite, Versioned } from '../services/versioned';
import {
  createEntity,
  deleteEntities,
  deleteEntity,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  upsertEntity,
  partitionsUnder,
} from './entity-operations';
import { compositeKey, encodeKey } from './key-encoding';
import { PairRevisionTableRepository } from './pair-revision.table-repository';
import type { TableStore } from './table-store';

/**
 * A pair's meetings, one partition per pair; the meeting is one JSON column plus what queries need.
 * Every write is bracketed by the pair's revision (see pair-revisions.ts), so cached journeys notice it on any instance.
 */
export class MeetingTableRepository implements MeetingRepository {
  static readonly TABLE = 'meetings';

  constructor(
    private readonly store: TableStore,
    private readonly revisions: PairRevisions = new PairRevisionTableRepository(store),
  ) {}

  async list(programmeId: string, pairId: string): Promise<Versioned<Meeting>[]> {
    return listEntities<{ meeting: string }, Versioned<Meeting>>(
      await this.table(),
      { partitionKey: compositeKey(programmeId, pairId) },
      (row) => ({ etag: row.etag, value: JSON.parse(row.meeting) as Meeting }),
    );
  }

  /** Every meeting of a programme's pairs, by one key-range query (HR's dashboard; never one read per pair). */
  async ofProgramme(programmeId: string): Promise<Meeting[]> {
    return listEntities<{ meeting: string }, Meeting>(
      await this.table(),
      partitionsUnder(compositeKey(programmeId)),
      (row) => JSON.parse(row.meeting) as Meeting,
      ['meeting'],
    );
  }

  async get(programmeId: string, pairId: string, meetingId: string): Promise<Versioned<Meeting> | undefined> {
    const row = await readEntity<{ meeting: string }>(
      await this.table(),
      compositeKey(programmeId, pairId),
      encodeKey(meetingId),
    );
    return row && { etag: row.etag, value: JSON.parse(row.meeting) as Meeting };
  }

  async create(meeting: Meeting): Promise<'created' | 'exists'> {
    const table = await this.table();
    return writingPair(this.revisions, meeting, async () => (await createEntity(table, toRow(meeting))).status);
  }

  async update(meeting: Meeting, etag: string): Promise<ConditionalWrite> {
    const table = await this.table();
    return writingPair(
      this.revisions,
      meeting,
      async () => (await updateEntityIfMatch(table, toRow(meeting), etag)).status,
    );
  }

  async deletePair(programmeId: string, pairId: string): Promise<void> {
    const table = await this.table();
    await writingPair(this.revisions, { programmeId, pairId, ifPresent: true }, () =>
      deleteEntities(table, { partitionKey: compositeKey(programmeId, pairId) }),
    );
  }

  private table(): Promise<TableClient> {
    return this.store.table(MeetingTableRepository.TABLE);
  }
}

function toRow(meeting: Meeting) {
  return {
    partitionKey: compositeKey(meeting.programmeId, meeting.pairId),
    rowKey: encodeKey(meeting.id),
    status: meeting.status,
    startsAt: meeting.startsAt,
    meeting: JSON.stringify(meeting),
  };
}

interface DueRow {
  entry: string;
  claimedBy?: string;
  outcome?: string;
}

const STATE_PARTITION = 'scheduler';
const STATE_ROW = 'lastTick';

/** The due index: partition = UTC hour (yyyyMMddHH), row key = due time first (see due-index.ts). */
export class DueIndexTableRepository implements DueIndex {
  static readonly TABLE = 'dueIndex';

  constructor(private readonly store: TableStore) {}

  async add(entries: readonly DueEntry[]): Promise<void> {
    const table = await this.table();
    // Insert-or-merge on a key that includes the meeting's revision: adding twice is harmless and never resets a claim.
    for (const entry of entries)
      await upsertEntity(
        table,
        {
          partitionKey: hourPartitionOf(new Date(entry.dueAt)),
          rowKey: encodeKey(dueRowKey(entry)),
          entry: JSON.stringify(entry),
        },
        'Merge',
      );
  }

  async remove(entries: readonly DueEntry[]): Promise<void> {
    const table = await this.table();
    await Promise.all(
      entries.map((entry) => deleteEntity(table, hourPartitionOf(new Date(entry.dueAt)), encodeKey(dueRowKey(entry)))),
    );
  }

  async due(partitions: readonly string[], now: Date): Promise<StoredDueEntry[]> {
    const table = await this.table();
    const bound = encodeKey(dueRowKeyBound(now));
    const lists = await Promise.all(
      partitions.map((partition) =>
        listEntities<DueRow, StoredDueEntry & { claimed: boolean }>(
          table,
          { filter: odata`PartitionKey eq ${partition} and RowKey lt ${bound}` },
          (row) => ({
            entry: JSON.parse(row.entry) as DueEntry,
            etag: row.etag,
            partition,
            rowKey: row.rowKey ?? '',
            claimed: Boolean(row.claimedBy),
          }),
        ),
      ),
    );
    return lists
      .flat()
      .filter((stored) => !stored.claimed)
      .map(({ claimed: _claimed, ...stored }) => stored);
  }

  async claim(stored: StoredDueEntry, by: string, now: Date): Promise<boolean> {
    const outcome = await updateEntityIfMatch(
      await this.table(),
      { partitionKey: stored.partition, rowKey: stored.rowKey, claimedBy: by, claimedAt: now.toISOString() },
      stored.etag,
      'Merge',
    );
    return outcome.status === 'written';
  }

  async settle(stored: StoredDueEntry, outcome: string): Promise<void> {
    await upsertEntity(await this.table(), { partitionKey: stored.partition, rowKey: stored.rowKey, outcome }, 'Merge');
  }

  async lastTick(): Promise<Date | undefined> {
    const row = await readEntity<{ at: string }>(await this.table(), STATE_PARTITION, STATE_ROW);
    return row ? new Date(row.at) : undefined;
  }

  async saveTick(at: Date): Promise<void> {
    await upsertEntity(
      await this.table(),
      { partitionKey: STATE_PARTITION, rowKey: STATE_ROW, at: at.toISOString() },
      'Replace',
    );
  }

  private table(): Promise<TableClient> {
    return this.store.table(DueIndexTableRepository.TABLE);
  }
}
