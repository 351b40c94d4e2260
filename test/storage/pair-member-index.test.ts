import type { Pair } from '../../bot/src/domain/pairing/pair';
import type { Profile } from '../../bot/src/domain/participant/profile';
import { PairMemberTableIndex } from '../../bot/src/storage/pair-member-index';
import { indexPairMembers } from '../../bot/src/storage/key-indexes.migration';
import { PairRevisionTableRepository } from '../../bot/src/storage/pair-revision.table-repository';
import { PairTableRepository } from '../../bot/src/storage/pairing.table-repositories';
import { ProfileTableRepository } from '../../bot/src/storage/profile.table-repository';
import { testTableStore, uniqueTablePrefix } from '../harness/test-storage';

const PROGRAMME = 'p1';
const pairOf = (mentorId: string, menteeId: string): Pair => ({
  programmeId: PROGRAMME,
  tenantId: 't1',
  mentorId,
  menteeId,
  score: 1,
  reasons: [],
  status: 'confirmed',
  createdAt: '2027-03-01T08:00:00.000Z',
});
const profileOf = (aadObjectId: string, role: Profile['role']): Profile => ({
  programmeId: PROGRAMME,
  tenantId: 't1',
  aadObjectId,
  displayName: aadObjectId,
  role,
  department: 'Vertrieb',
  location: 'München',
  timeZone: 'Europe/Berlin',
  languages: ['de'],
  topics: [],
  ownTopics: '',
  goals: '',
  availability: [],
  format: 'online',
  capacity: 2,
  consent: { givenAt: '2027-03-01T08:00:00.000Z', version: '1' },
  locale: 'de-DE',
  createdAt: '2027-03-01T08:00:00.000Z',
  updatedAt: '2027-03-01T08:00:00.000Z',
});

/**
 * The member index on Azurite: a profile write moves the revision tokens of exactly its
 * person's pairs (their journeys show the profile), also for pairs made before the index.
 */
describe('pair member index', () => {
  const store = testTableStore(uniqueTablePrefix());
  const revisions = new PairRevisionTableRepository(store);
  const members = new PairMemberTableIndex(store);
  const pairs = new PairTableRepository(store, revisions, members);
  const profiles = new ProfileTableRepository(store, revisions, members);
  const token = async (pairId: string) => (await revisions.current(PROGRAMME, pairId))?.token;

  test("a profile edit moves the tokens of its person's pairs, and no other pair's", async () => {
    // A mentor with two mentees, and a pair of other people.
    for (const pair of [pairOf('anna', 'bernd'), pairOf('anna', 'carl'), pairOf('dora', 'emil')])
      expect(await pairs.create(pair)).toBe('created');
    expect((await members.pairIdsOf(PROGRAMME, 'anna')).sort()).toEqual(['anna~bernd', 'anna~carl']);
    expect(await members.pairIdsOf(PROGRAMME, 'carl')).toEqual(['anna~carl']);
    expect(await profiles.create(profileOf('anna', 'mentor'))).toBe('created');

    const before = {
      annaBernd: await token('anna~bernd'),
      annaCarl: await token('anna~carl'),
      doraEmil: await token('dora~emil'),
    };
    const stored = (await profiles.get(PROGRAMME, 'anna'))!;
    expect(await profiles.update({ ...stored.value, department: 'Strategie' }, stored.etag)).toBe('written');
    expect(await token('anna~bernd')).not.toBe(before.annaBernd);
    expect(await token('anna~carl')).not.toBe(before.annaCarl);
    expect(await token('dora~emil')).toBe(before.doraEmil);

    const beforeDelete = await token('anna~carl');
    await profiles.delete(PROGRAMME, 'carl');
    expect(await token('anna~carl')).not.toBe(beforeDelete);
  });

  test('deleting a pair removes it from both members; their later profile writes bring no token back', async () => {
    await pairs.delete(PROGRAMME, 'anna~bernd');
    expect(await members.pairIdsOf(PROGRAMME, 'anna')).toEqual(['anna~carl']);
    expect(await members.pairIdsOf(PROGRAMME, 'bernd')).toEqual([]);
    expect(await profiles.create(profileOf('bernd', 'mentee'))).toBe('created');
    expect(await token('anna~bernd')).toBeUndefined();
  });

  test('pairs made before the index are added once at start-up, and the move is safe to repeat', async () => {
    const older = testTableStore(uniqueTablePrefix());
    const olderMembers = new PairMemberTableIndex(older);
    const olderPairs = new PairTableRepository(older, new PairRevisionTableRepository(older), olderMembers);
    for (const pair of [pairOf('fritz', 'gina'), pairOf('hanna', 'ida')]) await olderPairs.create(pair);
    // An earlier version wrote no member rows: take them away again.
    const table = await older.table(PairMemberTableIndex.TABLE);
    for await (const row of table.listEntities()) await table.deleteEntity(row.partitionKey!, row.rowKey!);
    expect(await olderMembers.pairIdsOf(PROGRAMME, 'gina')).toEqual([]);

    const repos = {
      programmes: { listAll: async () => [{ etag: '', value: { id: PROGRAMME } }] },
      pairs: olderPairs,
      pairMembers: olderMembers,
    };
    expect(await indexPairMembers(older, repos)).toBe(2);
    expect(await olderMembers.pairIdsOf(PROGRAMME, 'gina')).toEqual(['fritz~gina']);
    expect(await olderMembers.pairIdsOf(PROGRAMME, 'hanna')).toEqual(['hanna~ida']);
    expect(await indexPairMembers(older, repos)).toBe(0);
  });
});
