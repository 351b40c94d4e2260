import type { Poll, PollVote } from '../../bot/src/domain/polls';
import { PairTableRepository } from '../../bot/src/storage/pairing.table-repositories';
import { PollTableRepository } from '../../bot/src/storage/poll.table-repository';
import { testTableStore } from '../harness/test-storage';
import { pollData } from '../../bot/src/services/polls/poll-personal-data';
import type { ProgrammeRepository } from '../../bot/src/services/programmes/programme-repository';

const poll = (id: string, overrides: Partial<Poll> = {}): Poll => ({
  id,
  tenantId: 't',
  programmeId: 'p1',
  pairId: 'mentor~mentee',
  mentorId: 'mentor',
  menteeId: 'mentee',
  meetingId: id.split('.')[0]!,
  meetingNumber: 1,
  status: 'open',
  options: [{ id: 't-big-data', topicKey: 'big-data' }],
  voting: 'multi',
  decision: 'mentee',
  openedBy: 'auto',
  openedAt: `2027-03-0${id.endsWith('2') ? 2 : 1}T08:00:00.000Z`,
  ...overrides,
});
const vote = (at: string, selected: boolean): PollVote => ({
  personId: 'mentee',
  optionId: 't-big-data',
  selected,
  at,
});

describe('poll table repository on Azurite', () => {
  const repository = new PollTableRepository(testTableStore());
  const first = poll('3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69.1');

  beforeAll(async () => {
    expect(await repository.create(first)).toBe('created');
    expect(await repository.create(first)).toBe('exists');
  });

  test('a press that arrives late never overwrites a later one (retries, two clients)', async () => {
    await repository.saveVote(first, vote('2027-03-01T09:00:02.000Z', false));
    await repository.saveVote(first, vote('2027-03-01T09:00:01.000Z', true));
    expect((await repository.state('p1', 'mentor~mentee', first.id))?.votes).toEqual([
      vote('2027-03-01T09:00:02.000Z', false),
    ]);
  });

  test('the same own option added at once by both is one row; different ones all arrive', async () => {
    const option = (id: string) => ({ id, title: id, addedBy: 'mentor', addedAt: '2027-03-01T09:00:00.000Z' });
    const outcomes = await Promise.all(
      [option('c-1'), option('c-1'), option('c-2'), option('c-3')].map((o) => repository.addOption(first, o)),
    );
    expect(outcomes.sort()).toEqual(['created', 'created', 'created', 'exists']);
    expect((await repository.state('p1', 'mentor~mentee', first.id))?.added.map((o) => o.id).sort()).toEqual([
      'c-1',
      'c-2',
      'c-3',
    ]);
  });

  test('closing needs the ETag it read: the second close of the same state is a conflict', async () => {
    const state = (await repository.state('p1', 'mentor~mentee', first.id))!;
    const closed = { ...state.poll, status: 'closed' as const };
    expect(await repository.update(closed, state.etag)).toBe('written');
    expect(await repository.update(closed, state.etag)).toBe('conflict');
  });

  test("one range read per poll; a pair's polls in order, without their votes; the chat message remembered", async () => {
    const second = poll('3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69.2');
    await repository.create(second);
    await repository.saveMessage(second, 'activity-1');
    const states = await repository.ofPair('p1', 'mentor~mentee');
    expect(states.map((s) => [s.poll.id, s.votes.length, s.activityId])).toEqual([
      [first.id, 0, undefined],
      [second.id, 0, 'activity-1'],
    ]);
    expect((await repository.state('p1', 'mentor~mentee', second.id))?.added).toEqual([]);
  });
});

describe("topic polls in a person's data export and deletion", () => {
  const store = testTableStore();
  const repository = new PollTableRepository(store);
  const programmes = {
    list: async () => [
      { etag: '', value: { id: 'p1' } },
      { etag: '', value: { id: 'p2' } },
    ],
  } as unknown as ProgrammeRepository;
  const mine = poll('3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69.1');
  const others = poll('4f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69.1', {
    programmeId: 'p2',
    pairId: 'anna~bernd',
    mentorId: 'anna',
    menteeId: 'bernd',
  });

  const pairs = new PairTableRepository(store);

  beforeAll(async () => {
    for (const p of [mine, others]) {
      await repository.create(p);
      await pairs.create({
        programmeId: p.programmeId,
        tenantId: 't',
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        score: 1,
        reasons: [],
        status: 'confirmed',
        createdAt: '2027-02-01T08:00:00.000Z',
      });
    }
    await repository.saveVote(mine, vote('2027-03-01T09:00:00.000Z', true));
    await repository.saveVote(mine, { ...vote('2027-03-01T09:00:00.000Z', true), personId: 'mentor' });
    await repository.saveVote(others, { ...vote('2027-03-01T09:00:00.000Z', true), personId: 'bernd' });
  });

  test("the export holds the person's polls with their own votes only; deletion removes their pair's polls and nothing else", async () => {
    const source = pollData(programmes, pairs, repository);
    const exported = (await source.exportFor({ tenantId: 't', aadObjectId: 'mentee' })) as Array<{
      id: string;
      myVotes: PollVote[];
    }>;
    expect(exported.map((e) => [e.id, e.myVotes.map((v) => v.personId)])).toEqual([[mine.id, ['mentee']]]);
    await source.deleteFor({ tenantId: 't', aadObjectId: 'mentee' });
    expect(await repository.ofPair('p1', mine.pairId, { votes: true })).toEqual([]);
    expect(
      (await repository.ofPair('p2', others.pairId, { votes: true })).map((s) => [s.poll.id, s.votes.length]),
    ).toEqual([[others.id, 1]]);
  });
});
