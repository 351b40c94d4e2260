import type { Pair } from '../../bot/src/domain/pairing/pair';
import type { Meeting } from '../../bot/src/domain/meetings';
import { MeetingTableRepository } from '../../bot/src/storage/meeting.table-repositories';
import { PairRevisionTableRepository } from '../../bot/src/storage/pair-revision.table-repository';
import { PairTableRepository } from '../../bot/src/storage/pairing.table-repositories';
import { testTableStore } from '../harness/test-storage';

const pair: Pair = {
  programmeId: 'p1',
  tenantId: 't1',
  mentorId: 'anna',
  menteeId: 'bernd',
  score: 1,
  reasons: [],
  status: 'confirmed',
  createdAt: '2027-03-01T08:00:00.000Z',
};
const meeting = {
  id: 'm1',
  programmeId: 'p1',
  pairId: 'anna~bernd',
  number: 1,
  status: 'planned',
  startsAt: '2027-03-09T09:00:00.000Z',
} as unknown as Meeting;

/** The pair revision tokens on Azurite: who writes them, and that none outlives its pair. */
describe('pair revisions on Azurite', () => {
  const store = testTableStore();
  const revisions = new PairRevisionTableRepository(store);
  const pairs = new PairTableRepository(store, revisions);
  const meetings = new MeetingTableRepository(store, revisions);
  const token = async () => (await revisions.current('p1', 'anna~bernd'))?.token;

  test('a new pair gets a token; every write to its data replaces it', async () => {
    expect(await token()).toBeUndefined();
    await pairs.create(pair);
    const first = await token();
    expect(first).toEqual(expect.any(String));
    expect(await meetings.create(meeting)).toBe('created');
    const second = await token();
    expect(second).not.toBe(first);
    // A write that did not happen (a double submit) leaves the data alone; its bracket still moves the token.
    expect(await meetings.create(meeting)).toBe('exists');
    expect(await token()).toEqual(expect.any(String));
  });

  test('a pair and its token come back from one round trip, also next to a pair whose id starts the same; listings leave tokens out', async () => {
    await pairs.create({ ...pair, menteeId: 'berndt' });
    const { pair: found, revision } = await pairs.getWithRevision('p1', 'anna~bernd');
    expect(found?.value).toMatchObject({ mentorId: 'anna', menteeId: 'bernd' });
    expect(revision?.token).toBe(await token());
    expect((await pairs.getWithRevision('p1', 'anna~berndt')).revision?.token).toBe(
      (await revisions.current('p1', 'anna~berndt'))?.token,
    );
    expect(await pairs.getWithRevision('p1', 'anna~bern')).toEqual({ pair: undefined, revision: undefined });
    expect((await pairs.list('p1')).map((p) => p.value.menteeId).sort()).toEqual(['bernd', 'berndt']);
  });

  test('deleting the pair removes its token, and later deletions of its data never bring it back', async () => {
    await pairs.delete('p1', 'anna~bernd');
    expect(await token()).toBeUndefined();
    await meetings.deletePair('p1', 'anna~bernd');
    expect(await token()).toBeUndefined();
  });
});
