import { odata, type TableClient } from '@azure/data-tables';
import type { Poll, PollOption, PollVote } from '../domain/polls';
import type { PollRepository, PollState } from '../services/polls/poll-ports';
import { writingPair, type PairRevisions } from '../services/pair-revisions';
import {
  createEntity,
  deleteEntities,
  listEntities,
  readEntity,
  updateEntityIfMatch,
  upsertEntity,
  type StoredEntity,
  partitionsUnder,
} from './entity-operations';
import { compositeKey } from './key-encoding';
import { PairRevisionTableRepository } from './pair-revision.table-repository';
import type { TableStore } from './table-store';

interface PollRow {
  kind: 'poll' | 'option' | 'vote' | 'message';
  pollId: string;
  data: string;
}

/** How often a vote write is retried when the same person's row changed under it. */
const VOTE_ATTEMPTS = 5;

/**
 * Polls, one partition per pair. Row keys start with the poll id, so one range query reads a
 * poll with its options and votes: `<poll>|p`, `<poll>|o|<option>`, `<poll>|v|<person>|<option>`, and `<poll>|m` for the chat message that shows it.
 * The journey shows the open poll, so writes to polls, options and votes are bracketed by the pair's revision.
 */
export class PollTableRepository implements PollRepository {
  static readonly TABLE = 'polls';

  constructor(
    private readonly store: TableStore,
    private readonly revisions: PairRevisions = new PairRevisionTableRepository(store),
  ) {}

  async create(poll: Poll): Promise<'created' | 'exists'> {
    const table = await this.table();
    return this.writing(poll, async () => (await createEntity(table, row(poll, 'poll', [poll.id, 'p'], poll))).status);
  }

  async state(programmeId: string, pairId: string, pollId: string): Promise<PollState | undefined> {
    const prefix = `${compositeKey(pollId)}|`;
    const filter = odata`PartitionKey eq ${compositeKey(programmeId, pairId)} and RowKey ge ${prefix} and RowKey lt ${`${compositeKey(pollId)}}`}`;
    return assemble(await listEntities<PollRow, StoredEntity<PollRow>>(await this.table(), { filter }, (r) => r))[0];
  }

  async ofPair(programmeId: string, pairId: string, include: { votes?: boolean } = {}): Promise<PollState[]> {
    const partition = odata`PartitionKey eq ${compositeKey(programmeId, pairId)}`;
    const filter = include.votes ? partition : `${partition} and ${odata`kind ne ${'vote'}`}`;
    const states = assemble(
      await listEntities<PollRow, StoredEntity<PollRow>>(await this.table(), { filter }, (r) => r),
    );
    return states.sort((a, b) => a.poll.openedAt.localeCompare(b.poll.openedAt));
  }

  /** Every poll of a programme's pairs (their poll rows only), by one key-range query: HR's dashboard. */
  async ofProgramme(programmeId: string): Promise<Poll[]> {
    const filter = `${partitionsUnder(compositeKey(programmeId)).filter} and ${odata`kind eq ${'poll'}`}`;
    return listEntities<PollRow, Poll>(await this.table(), { filter }, (r) => JSON.parse(r.data) as Poll, ['data']);
  }

  async addOption(poll: Poll, option: PollOption): Promise<'created' | 'exists'> {
    const table = await this.table();
    const entity = row(poll, 'option', [poll.id, 'o', option.id], option);
    return this.writing(poll, async () => (await createEntity(table, entity)).status);
  }

  async saveVote(poll: Poll, vote: PollVote): Promise<void> {
    const table = await this.table();
    const entity = row(poll, 'vote', [poll.id, 'v', vote.personId, vote.optionId], vote);
    // Presses can arrive out of order (retries, two clients): a later press already stored wins.
    await this.writing(poll, async () => {
      for (let attempt = 0; attempt < VOTE_ATTEMPTS; attempt += 1) {
        const stored = await readEntity<PollRow>(table, entity.partitionKey, entity.rowKey);
        if (stored && (JSON.parse(stored.data) as PollVote).at > vote.at) return;
        const outcome = stored
          ? (await updateEntityIfMatch(table, entity, stored.etag)).status
          : (await createEntity(table, entity)).status;
        if (outcome === 'written' || outcome === 'created') return;
      }
    });
  }

  async saveMessage(poll: Poll, activityId: string): Promise<void> {
    await upsertEntity(await this.table(), row(poll, 'message', [poll.id, 'm'], { activityId }), 'Replace');
  }

  async deletePair(programmeId: string, pairId: string): Promise<void> {
    const table = await this.table();
    await writingPair(this.revisions, { programmeId, pairId, ifPresent: true }, () =>
      deleteEntities(table, { partitionKey: compositeKey(programmeId, pairId) }),
    );
  }

  async update(poll: Poll, etag: string): Promise<'written' | 'conflict' | 'not-found'> {
    const table = await this.table();
    return this.writing(
      poll,
      async () => (await updateEntityIfMatch(table, row(poll, 'poll', [poll.id, 'p'], poll), etag)).status,
    );
  }

  // The chat message row (saveMessage) is not on the journey, so it is not bracketed.
  private writing<T>(poll: Poll, write: () => Promise<T>): Promise<T> {
    return writingPair(this.revisions, poll, write);
  }

  private table(): Promise<TableClient> {
    return this.store.table(PollTableRepository.TABLE);
  }
}

function row(poll: Poll, kind: PollRow['kind'], key: string[], data: unknown) {
  return {
    partitionKey: compositeKey(poll.programmeId, poll.pairId),
    rowKey: compositeKey(...key),
    kind,
    pollId: poll.id,
    data: JSON.stringify(data),
  };
}

/** Groups a partition's rows into poll states; rows of a poll whose poll row is missing are dropped. */
function assemble(rows: readonly StoredEntity<PollRow>[]): PollState[] {
  const states = new Map<string, PollState>();
  for (const r of rows.filter((x) => x.kind === 'poll'))
    states.set(r.pollId, { poll: JSON.parse(r.data) as Poll, etag: r.etag, added: [], votes: [] });
  for (const r of rows) {
    const state = states.get(r.pollId);
    if (state && r.kind === 'option') state.added.push(JSON.parse(r.data) as PollOption);
    if (state && r.kind === 'vote') state.votes.push(JSON.parse(r.data) as PollVote);
    if (state && r.kind === 'message') state.activityId = (JSON.parse(r.data) as { activityId: string }).activityId;
  }
  return [...states.values()];
}
