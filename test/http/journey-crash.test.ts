import type { Meeting } from '../../bot/src/domain/meetings';
import { MeetingTableRepository } from '../../bot/src/storage/meeting.table-repositories';
import { PairRevisionTableRepository } from '../../bot/src/storage/pair-revision.table-repository';
import { JOURNEY, seedJourney } from '../harness/journey-fixture';
import { TENANT_ID } from '../harness/teams-activities';
import { startTestTandem, TestClock, type TestTandem } from '../harness/test-server';
import { testTableStore } from '../harness/test-storage';

type Json = Record<string, any>;

/**
 * A writer that crashes after its write and before the pair's revision moves must not leave a
 * cached journey (in memory or the stored snapshot) older than the data: the revision is marked
 * "write in progress" before the write, and nothing is cached under such a mark.
 */
describe('journey cache after a crash between a write and its revision', () => {
  let server: TestTandem;
  let programmeId: string;

  beforeAll(async () => {
    const clock = new TestClock();
    server = await startTestTandem({ clock, env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr } });
    programmeId = await seedJourney(server, clock);
    await server.tandem.idle();
  });
  afterAll(() => server.stop());

  const plannedPlace = async (): Promise<string | undefined> => {
    const response = await fetch(`${server.url}/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`, {
      headers: { 'x-tandem-dev-user': `${TENANT_ID}/${JOURNEY.mentee}` },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as Json).timeline.find((e: Json) => e.kind === 'planned').place;
  };
  /** The meeting repository of an instance that dies after writing: the revision is marked, never settled. */
  const crashingMeetings = () => {
    const store = testTableStore(server.tablePrefix);
    const revisions = new PairRevisionTableRepository(store);
    revisions.settle = async () => {
      throw new Error('the instance crashed before settling');
    };
    return new MeetingTableRepository(store, revisions);
  };
  const moveThePlannedMeeting = async (place: string) => {
    const meetings = crashingMeetings();
    const stored = (await meetings.list(programmeId, JOURNEY.pairId)).find((m) => m.value.status === 'planned')!;
    const moved: Meeting = { ...stored.value, format: 'in-person', place };
    await expect(meetings.update(moved, stored.etag)).rejects.toThrow('crashed');
  };

  test('write done, revision never settled: the next views show the write, not the cached journey', async () => {
    const before = await plannedPlace();
    expect(await plannedPlace()).toBe(before); // now cached on this instance, and as the stored snapshot
    await moveThePlannedMeeting('Raum 4.12');
    expect(await plannedPlace()).toBe('Raum 4.12');
    // And it is not cached under the mark either: a second crashed write shows as well.
    await moveThePlannedMeeting('Kantine');
    expect(await plannedPlace()).toBe('Kantine');
  });

  test('a new instance (nothing in memory, only the stored snapshot) shows the write too', async () => {
    const other = await startTestTandem({
      tablePrefix: server.tablePrefix,
      env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr },
    });
    try {
      await moveThePlannedMeeting('Bibliothek');
      const response = await fetch(`${other.url}/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}`, {
        headers: { 'x-tandem-dev-user': `${TENANT_ID}/${JOURNEY.mentor}` },
      });
      const journey = (await response.json()) as Json;
      expect(journey.timeline.find((e: Json) => e.kind === 'planned').place).toBe('Bibliothek');
    } finally {
      await other.stop();
    }
  });
});
