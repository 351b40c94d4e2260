import type { TestHooks } from '../../src/compose';
import { pairIdOf } from '../../src/domain/pairing/pair';
import { daysFromToday, type DemoClock } from './demo-clock';
import { person, type DemoPerson } from './demo-people';
import { actorOf, DEMO_PAIRS } from './demo-seed';

const HOUR = 3_600_000;

/** What each pair has done so far: meetings held (days from today, the topic, both ratings) and planned. */
interface PairHistory {
  held: Array<{ day: number; topic: string; ratings: [mentor: string, mentee: string]; shared?: boolean }>;
  planned?: number;
  /** Days of meetings the mentee scheduled and then cancelled. */
  cancelled?: number[];
  /** An open topic poll for the planned meeting. */
  poll?: boolean;
}

const HISTORIES: Partial<Record<keyof typeof DEMO_PAIRS, PairHistory>> = {
  onTrack: {
    held: [{ day: -14, topic: 'artificial-intelligence', ratings: ['4', '5'], shared: true }],
    planned: 3,
    poll: true,
  },
  atRisk: { held: [], cancelled: [-12, -3] },
  done: {
    held: [-33, -28, -23, -18, -13, -8].map((day, i) => ({
      day,
      topic: [
        'agile-organisation',
        'error-culture',
        'collaboration-tools',
        'artificial-intelligence',
        'big-data',
        'digital-leadership',
      ][i]!,
      ratings: [String(4 + (i % 2)), '5'] as [string, string],
      shared: i === 1,
    })),
  },
  steady: {
    held: [
      { day: -25, topic: 'digital-networking', ratings: ['4', '4'] },
      { day: -11, topic: 'online-resources', ratings: ['5', '4'] },
    ],
    planned: 4,
  },
};

/** Learnings the members wrote after a meeting, in their language. */
const LEARNING = {
  'en-US': 'Trying it live together beats any slide deck.',
  'de-DE': 'Gemeinsam live ausprobieren schlägt jede Präsentation.',
} as const;

/** Each pair's meetings, polls and feedback, made at the moments they happened. */
export async function seedMeetings(hooks: TestHooks, clock: DemoClock, programmeId: string): Promise<void> {
  for (const [name, history] of Object.entries(HISTORIES)) {
    const [mentor, mentee] = DEMO_PAIRS[name as keyof typeof DEMO_PAIRS].map(person) as [DemoPerson, DemoPerson];
    const pair = { programmeId, pairId: pairIdOf(mentor.aadObjectId, mentee.aadObjectId), mentor, mentee };
    for (const meeting of history.held) await heldMeeting(hooks, clock, pair, meeting);
    for (const day of history.cancelled ?? []) await cancelledMeeting(hooks, clock, pair, day);
    if (history.planned !== undefined) await plannedMeeting(hooks, clock, pair, history.planned, !!history.poll);
  }
}

type DemoPair = { programmeId: string; pairId: string; mentor: DemoPerson; mentee: DemoPerson };

async function schedule(hooks: TestHooks, clock: DemoClock, pair: DemoPair, day: number) {
  clock.travelTo(daysFromToday(day - 6));
  const at = daysFromToday(day, 15);
  const scheduled = await hooks.services.meetings.schedule(actorOf(pair.mentee), pair.programmeId, pair.pairId, {
    date: at.toISOString().slice(0, 10),
    time: '16:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: '60',
    format: 'online',
  });
  if (!scheduled.ok) throw new Error(`demo seed: scheduling failed (${scheduled.reason})`);
  return scheduled.value;
}

/** The mentee picks the topic in a poll, as the pair would before the meeting. */
async function decideTopic(hooks: TestHooks, pair: DemoPair, topic: string, decide: boolean): Promise<void> {
  const { polls } = hooks.services;
  const opened = await polls.openOnDemand(actorOf(pair.mentee), pair.programmeId, pair.pairId);
  if (!opened.ok) throw new Error(`demo seed: opening a poll failed (${opened.reason})`);
  const ref = { programmeId: pair.programmeId, pairId: pair.pairId, pollId: opened.value.poll.id };
  const option = opened.value.options.find((o) => o.topicKey === topic) ?? opened.value.options[0]!;
  await polls.vote(actorOf(pair.mentor), ref, option.id, true);
  if (decide) await polls.decide(actorOf(pair.mentee), ref, option.id);
}

async function heldMeeting(hooks: TestHooks, clock: DemoClock, pair: DemoPair, held: PairHistory['held'][number]) {
  const meeting = await schedule(hooks, clock, pair, held.day);
  await decideTopic(hooks, pair, held.topic, true);
  clock.travelTo(new Date(Date.parse(meeting.endsAt) + HOUR));
  await hooks.services.meetings.checkIn(actorOf(pair.mentor), pair.programmeId, pair.pairId, meeting.id, 'held');
  for (const [who, rating] of [
    [pair.mentor, held.ratings[0]],
    [pair.mentee, held.ratings[1]],
  ] as const) {
    const given = await hooks.services.feedback.submit(actorOf(who), pair.programmeId, pair.pairId, meeting.id, {
      rating,
      topicsCovered: held.topic,
      learning: LEARNING[who.locale],
      privateNote: '',
      shareAsGoodPractice: String(!!held.shared && who === pair.mentor),
    });
    if (!given.ok) throw new Error(`demo seed: feedback failed (${given.reason})`);
  }
}

async function cancelledMeeting(hooks: TestHooks, clock: DemoClock, pair: DemoPair, day: number) {
  const meeting = await schedule(hooks, clock, pair, day);
  clock.travelTo(daysFromToday(day - 1));
  await hooks.services.meetings.cancel(actorOf(pair.mentee), pair.programmeId, pair.pairId, meeting.id);
}

async function plannedMeeting(hooks: TestHooks, clock: DemoClock, pair: DemoPair, day: number, poll: boolean) {
  await schedule(hooks, clock, pair, day);
  if (poll) {
    clock.travelTo(daysFromToday(-1));
    await decideTopic(hooks, pair, 'big-data', false);
  }
}
