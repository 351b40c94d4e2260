import type { Pair } from '../../bot/src/domain/pairing/pair';
import type { Meeting } from '../../bot/src/domain/meetings';
import { MeetingTableRepository } from '../../bot/src/storage/meeting.table-repositories';
import { PairRevisionTableRepository, WRITE_LEASE_MS } from '../../bot/src/storage/pair-revision.table-repository';
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

  test('pairs whose ids start the same keep their own tokens; an update of the pair moves its token; listings leave tokens out', async () => {
    await pairs.create({ ...pair, menteeId: 'berndt' });
    const longer = async () => (await revisions.current('p1', 'anna~berndt'))?.token;
    const [before, beforeLonger] = [await token(), await longer()];
    expect(beforeLonger).toEqual(expect.any(String));
    expect(beforeLonger).not.toBe(before);
    const stored = (await pairs.get('p1', 'anna~bernd'))!;
    expect(await pairs.update({ ...stored.value, chatId: '19:pair@thread.v2' }, stored.etag)).toBe('written');
    expect(await token()).not.toBe(before);
    expect(await longer()).toBe(beforeLonger);
    expect(await revisions.current('p1', 'anna~bern')).toBeUndefined();
    expect((await pairs.list('p1')).map((p) => p.value.menteeId).sort()).toEqual(['bernd', 'berndt']);
  });

  test('deleting the pair removes its token, and later deletions of its data never bring it back', async () => {
    await pairs.delete('p1', 'anna~bernd');
    expect(await token()).toBeUndefined();
    await meetings.deletePair('p1', 'anna~bernd');
    expect(await token()).toBeUndefined();
  });

  test('a write in progress: no token to cache under until it settles, or its mark outlives any write (a crash)', async () => {
    let now = new Date('2027-03-09T10:00:00Z');
    const clocked = new PairRevisionTableRepository(store, () => now);
    await clocked.settle((await clocked.begin('p2', 'anna~bernd'))!);
    const settled = (await clocked.current('p2', 'anna~bernd'))!;
    await clocked.keepSnapshot('p2', 'anna~bernd', settled, { meetings: ['old'] });
    expect((await clocked.current('p2', 'anna~bernd'))?.snapshot).toEqual({ meetings: ['old'] });

    await clocked.begin('p2', 'anna~bernd'); // and the writer dies
    expect(await clocked.current('p2', 'anna~bernd')).toBeUndefined();
    now = new Date(now.getTime() + WRITE_LEASE_MS + 1);
    const afterLease = await clocked.current('p2', 'anna~bernd');
    expect(afterLease?.token).toEqual(expect.any(String));
    expect(afterLease?.token).not.toBe(settled.token);
    expect(afterLease?.snapshot).toBeUndefined(); // the old snapshot belongs to the old token
  });

  test('two writes overlapping: the first to settle leaves the mark of the second, whose settle clears it', async () => {
    const first = (await revisions.begin('p3', 'anna~bernd'))!;
    const second = (await revisions.begin('p3', 'anna~bernd'))!;
    await revisions.settle(first);
    expect(await revisions.current('p3', 'anna~bernd')).toBeUndefined();
    await revisions.settle(second);
    expect((await revisions.current('p3', 'anna~bernd'))?.token).toEqual(expect.any(String));
  });

  test('a write that settles after a later one: the token still moves after both', async () => {
    const first = (await revisions.begin('p4', 'anna~bernd'))!;
    await revisions.settle((await revisions.begin('p4', 'anna~bernd'))!);
    const between = (await revisions.current('p4', 'anna~bernd'))!;
    await revisions.keepSnapshot('p4', 'anna~bernd', between, { meetings: [] });
    await revisions.settle(first);
    const after = (await revisions.current('p4', 'anna~bernd'))!;
    expect(after.token).not.toBe(between.token);
    expect(after.snapshot).toBeUndefined();
  });
});
