import type { Harness } from '../../harness/harness';
import { runningPair, type PairFixture } from '../../harness/pair-fixture';
import { TENANT_ID, teamsUser, type TeamsUser } from '../../harness/teams-activities';
import { aProgramme, hrActor, participants, queueNews, type Participant } from './news-setup';

/** One tenant with much to send at once: news for many people and pairs whose reminders fall due together. */
export interface BusyTenant {
  broadcastId: string;
  people: Participant[];
  /** The pair chats that get a reminder once `start` has run. */
  pairChats: string[];
  /** Makes it all due at once: the pairs' meetings are planned an hour ahead, the news is fanned out. */
  start(): Promise<void>;
}

/**
 * Seeds a busy tenant through the server `h` runs, on real time: running pairs in their chats
 * and news queued for `recipients` people. Nothing is due until `start`; whichever instances run
 * on the same tables then send the news and the reminders together, through one tenant budget.
 */
export async function seedBusyTenant(
  h: Harness,
  hr: TeamsUser,
  recipients: number,
  pairCount: number,
): Promise<BusyTenant> {
  h.clock.set(new Date());
  const programmeId = await aProgramme(h.server.hooks, hrActor(hr.aadObjectId));
  const people = await participants(h.server.hooks, h.connector, programmeId, recipients);
  const broadcastId = await queueNews(h.server.hooks, hrActor(hr.aadObjectId), programmeId, h.connector);
  const pairs: Array<PairFixture & { mentee: TeamsUser }> = [];
  for (let i = 0; i < pairCount; i += 1) pairs.push(await aPair(h, hr, i));
  await h.server.tandem.idle();
  return {
    broadcastId,
    people,
    pairChats: pairs.map((pair) => pair.pairChat.id),
    async start() {
      for (const pair of pairs) await planMeetingWithReminderDue(h, pair);
      await h.server.hooks.broadcasts.fanOut.fanOut(TENANT_ID, broadcastId);
    },
  };
}

async function aPair(h: Harness, hr: TeamsUser, i: number): Promise<PairFixture & { mentee: TeamsUser }> {
  const mentor = teamsUser(`Mentor ${i}`, { timeZone: 'UTC' });
  const mentee = teamsUser(`Mentee ${i}`, { timeZone: 'UTC', locale: 'de-DE' });
  const day = (offsetDays: number) =>
    new Date(h.clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const pair = await runningPair(h, { hr, mentor, mentee }, { startDate: day(0), endDate: day(180) });
  return { ...pair, mentee };
}

/**
 * The pair's first meeting on the whole minute an hour after the one that just began, so its
 * 1-hour reminder is due at once. Reminders whose time has passed are not filed, so the clock
 * that plans it is set a little behind.
 */
async function planMeetingWithReminderDue(h: Harness, pair: PairFixture & { mentee: TeamsUser }): Promise<void> {
  const now = Date.now();
  const at = new Date(Math.floor(now / 60_000) * 60_000 + 60 * 60_000).toISOString();
  h.clock.set(new Date(now - 2 * 60_000));
  const { mentee } = pair;
  const actor = {
    tenantId: TENANT_ID,
    aadObjectId: mentee.aadObjectId,
    displayName: mentee.name,
    locale: mentee.locale,
  };
  const scheduled = await h.server.hooks.services.meetings.schedule(actor, pair.programmeId, pair.pairId, {
    date: at.slice(0, 10),
    time: at.slice(11, 16),
    timeZone: 'UTC',
  });
  h.clock.set(new Date());
  if (!scheduled.ok) throw new Error(`meeting not scheduled: ${scheduled.reason}`);
}
