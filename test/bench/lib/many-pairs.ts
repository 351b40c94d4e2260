import { pairIdOf } from '../../../bot/src/domain/pairing/pair';
import { FeedbackTableRepository } from '../../../bot/src/storage/feedback.table-repositories';
import { MeetingTableRepository } from '../../../bot/src/storage/meeting.table-repositories';
import { PairTableRepository } from '../../../bot/src/storage/pairing.table-repositories';
import { ProfileTableRepository } from '../../../bot/src/storage/profile.table-repository';
import { ProgrammeTableRepository } from '../../../bot/src/storage/programme.table-repository';
import { JOURNEY } from '../../harness/journey-fixture';
import { TENANT_ID } from '../../harness/teams-activities';
import type { TestTandem } from '../../harness/test-server';
import { testTableStore } from '../../harness/test-storage';

/** One more pair to ask for: its chat and the member who asks. */
export interface PairTarget {
  chatId: string;
  memberId: string;
}

/** Writes at a time while seeding (Azurite on loopback does best with a few in flight). */
const IN_FLIGHT = 16;
/**
 * A large programme, and still a realistic one. Programmes are table partitions, and Azurite
 * answers a query by scanning its partition, so one programme of thousands of pairs would
 * measure the emulator more than the server.
 */
export const PAIRS_PER_PROGRAMME = 500;

/**
 * `count` new pairs spread over copies of the seeded programme, `PAIRS_PER_PROGRAMME` in each
 * (see seedManyPairs).
 */
export async function seedManyProgrammes(
  server: TestTandem,
  programmeId: string,
  count: number,
  label: string,
): Promise<PairTarget[]> {
  const programmes = new ProgrammeTableRepository(testTableStore(server.tablePrefix));
  const original = await programmes.get(TENANT_ID, programmeId);
  if (!original) throw new Error('seed the journey first');
  const targets: PairTarget[] = [];
  for (let start = 0, n = 0; start < count; start += PAIRS_PER_PROGRAMME, n += 1) {
    const copy = { ...original.value, id: crypto.randomUUID(), name: `${original.value.name} (${label} ${n})` };
    await programmes.create(copy);
    targets.push(
      ...(await seedManyPairs(
        server,
        programmeId,
        copy.id,
        Math.min(PAIRS_PER_PROGRAMME, count - start),
        `${label}p${n}`,
      )),
    );
  }
  return targets;
}

/**
 * Copies the seeded journey pair (of programme `from`) `count` times into programme `to`: two
 * new people with the seeded profiles, a confirmed pair bound to its own chat, its meetings and
 * feedback. Written through the storage repositories (so each pair has its revision token, as
 * in production), far quicker than onboarding and matching hundreds of people; then each pair's
 * journey snapshot is refreshed, as the server does after every write it makes itself.
 */
export async function seedManyPairs(
  server: TestTandem,
  from: string,
  to: string,
  count: number,
  label: string,
): Promise<PairTarget[]> {
  const store = testTableStore(server.tablePrefix);
  const [profiles, pairs, meetings, feedback] = [
    new ProfileTableRepository(store),
    new PairTableRepository(store),
    new MeetingTableRepository(store),
    new FeedbackTableRepository(store),
  ];
  const [mentor, mentee, pair, meetingList, feedbackList] = await Promise.all([
    profiles.get(from, JOURNEY.mentor),
    profiles.get(from, JOURNEY.mentee),
    pairs.get(from, JOURNEY.pairId),
    meetings.list(from, JOURNEY.pairId),
    feedback.forPair(from, JOURNEY.pairId),
  ]);
  if (!mentor || !mentee || !pair) throw new Error('seed the journey first');
  const programmeId = to;
  const copy = async (i: number): Promise<PairTarget> => {
    const ids = { mentor: `${label}-mentor-${i}`, mentee: `${label}-mentee-${i}` };
    const pairId = pairIdOf(ids.mentor, ids.mentee);
    const chatId = `19:${label}${String(i).padStart(6, '0')}@thread.v2`;
    const renamed = (authorId: string) => (authorId === JOURNEY.mentor ? ids.mentor : ids.mentee);
    await profiles.create({ ...mentor.value, programmeId, aadObjectId: ids.mentor, displayName: `Mentor ${i}` });
    await profiles.create({ ...mentee.value, programmeId, aadObjectId: ids.mentee, displayName: `Mentee ${i}` });
    for (const m of meetingList) await meetings.create({ ...m.value, programmeId, pairId });
    for (const f of feedbackList) await feedback.create({ ...f, programmeId, pairId, authorId: renamed(f.authorId) });
    await pairs.create({ ...pair.value, programmeId, mentorId: ids.mentor, menteeId: ids.mentee, chatId });
    server.hooks.services.journeys.refreshSnapshot(programmeId, pairId);
    return { chatId, memberId: i % 2 === 0 ? ids.mentee : ids.mentor };
  };
  const targets: PairTarget[] = [];
  for (let start = 0; start < count; start += IN_FLIGHT) {
    const batch = Array.from({ length: Math.min(IN_FLIGHT, count - start) }, (_, k) => copy(start + k));
    targets.push(...(await Promise.all(batch)));
  }
  await server.tandem.idle();
  return targets;
}
