import { changeStatus } from '../../src/domain/programme/programme-changes';
import { pairIdOf } from '../../src/domain/pairing/pair';
import type { TestHooks } from '../../src/compose';
import { daysFromToday, type DemoClock } from './demo-clock';
import { ALEX, DEMO_PEOPLE, person, PLAYGROUND_TENANT, type DemoPerson } from './demo-people';
import { seedMeetings } from './demo-meetings';
import { seedNews } from './demo-news';
import { seedPractices, seedPublishedPractice } from './demo-practices';

/** The ids the Playground configuration and the seed share. */
export interface DemoIds {
  programmeId: string;
  groupChatId: string;
}

/** The pairs of the demo, each in another state of a tandem's life. */
export const DEMO_PAIRS = {
  /** Alex (HR and mentee) with Megan: meeting 1 held and rated, meeting 2 in a few days with an open topic poll. */
  onTrack: ['megan', 'alex'],
  /** Adele cancelled twice: the momentum guard flags the pair at risk. */
  atRisk: ['isaiah', 'adele'],
  /** Published, Patti has not answered yet. */
  waiting: ['lynne', 'patti'],
  /** Six meetings held: the target reached. */
  done: ['schulz', 'weber'],
  /** Two held, the third planned. */
  steady: ['hoffmann', 'becker'],
  /** Confirmed last week, nothing planned yet. */
  fresh: ['fischer', 'krüger'],
} as const;

export const actorOf = (p: DemoPerson) => ({
  tenantId: PLAYGROUND_TENANT,
  aadObjectId: p.aadObjectId,
  displayName: p.name,
  locale: p.locale,
  userPrincipalName: p.email,
});

/** The demo programme, made through the services the bot uses, with dates relative to today. */
export async function seedDemo(hooks: TestHooks, clock: DemoClock, ids: DemoIds): Promise<void> {
  const { programmes, onboarding, matching } = hooks.services;
  const hr = actorOf(ALEX);
  const must = <T extends { ok: boolean }>(result: T, what: string): T => {
    if (!result.ok) throw new Error(`demo seed: ${what} failed (${JSON.stringify(result)})`);
    return result;
  };
  clock.travelTo(daysFromToday(-42));
  must(
    await programmes.create(hr, ids.programmeId, {
      name: 'Reverse Mentoring 2027',
      startDate: daysFromToday(-35).toISOString().slice(0, 10),
      endDate: daysFromToday(145).toISOString().slice(0, 10),
      meetingsTarget: '6',
      languages: 'de,en',
      sponsorTextEn: 'Going digital is a job for the top – and it starts with listening.',
      sponsorTextDe: 'Digitalisierung ist Chefsache – und beginnt mit Zuhören.',
      sponsorName: 'Dr. Maria Schulz',
      sponsorRole: 'CEO',
      coachName: 'Jonas Weber',
      coachEmail: 'jonas.weber@contoso.example',
    }),
    'creating the programme',
  );
  const move = async (to: 'enrolling' | 'matching' | 'running') =>
    must(await programmes.change(hr, ids.programmeId, (p, now) => changeStatus(p, to, now)), `moving to ${to}`);
  await move('enrolling');
  for (const p of DEMO_PEOPLE)
    must(
      await onboarding.submit(actorOf(p), ids.programmeId, { answers: answersOf(p), consent: 'true' }),
      `onboarding ${p.name}`,
    );
  clock.travelTo(daysFromToday(-36));
  await move('matching');
  for (const [mentor, mentee] of Object.values(DEMO_PAIRS))
    must(
      await matching.propose(hr, ids.programmeId, {
        kind: 'lock',
        mentorId: person(mentor).aadObjectId,
        menteeId: person(mentee).aadObjectId,
      }),
      'locking a pair',
    );
  must(await matching.publish(hr, ids.programmeId), 'publishing the pairs');
  for (const [name, [mentor, mentee]] of Object.entries(DEMO_PAIRS)) {
    if (name === 'waiting') continue;
    if (name === 'fresh') clock.travelTo(daysFromToday(-6));
    const pairId = pairIdOf(person(mentor).aadObjectId, person(mentee).aadObjectId);
    must(await matching.respond(actorOf(person(mentee)), ids.programmeId, pairId, true), `confirming ${pairId}`);
    const chatId = name === 'onTrack' ? ids.groupChatId : `19:demo-${name}@thread.v2`;
    await matching.bindChat(PLAYGROUND_TENANT, chatId, [person(mentor).aadObjectId, person(mentee).aadObjectId]);
  }
  clock.travelTo(daysFromToday(-35));
  await move('running');
  await seedMeetings(hooks, clock, ids.programmeId);
  await seedPublishedPractice(hooks, clock, ids.programmeId);
  await seedPractices(hooks, clock, ids.programmeId);
  await seedNews(hooks, clock, ids.programmeId);
  clock.backToToday();
  await hooks.momentum.sweep();
}

function answersOf(p: DemoPerson) {
  return {
    role: p.role,
    department: p.department,
    location: p.timeZone === 'Europe/London' ? 'London' : 'Köln',
    timeZone: p.timeZone,
    languages: p.locale === 'de-DE' ? 'de,en' : 'en',
    topics: p.topics.join(','),
    ownTopics: p.role === 'mentee' ? '' : '',
    goals: '',
    availability: 'tue-am,thu-pm',
    format: 'online',
    capacity: '1',
  };
}
