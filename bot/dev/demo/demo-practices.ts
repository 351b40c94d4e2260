import type { TestHooks } from '../../src/compose';
import { daysFromToday, type DemoClock } from './demo-clock';
import { deliver } from './demo-delivery';
import { ALEX, person } from './demo-people';
import { actorOf } from './demo-seed';
import { PLAYGROUND_IDS } from './playground-config';

/**
 * Practices members shared through `share a practice`, waiting for HR's curation (besides the
 * learnings the feedback of held meetings offered): one German and anonymous, one English and
 * credited by name, the newest first in HR's queue.
 */
export const DEMO_PRACTICES = [
  {
    author: 'hoffmann',
    day: -4,
    form: {
      title: 'Kundentermine per Teams vorbereiten',
      text: 'Vor jedem Kundentermin legen wir einen Teams-Kanal mit Agenda und Unterlagen an. So sind alle auf demselben Stand.',
      topic: 'collaboration-tools',
      credit: 'anonymous',
    },
  },
  {
    author: 'adele',
    day: -2,
    form: {
      title: 'Ask the data before the meeting',
      text: 'Isaiah showed me how to build a small Power BI view before a budget meeting: ten minutes that saved an hour of debate.',
      topic: 'big-data',
      credit: 'named',
    },
  },
] as const;

/** Files the demo's shared practices through the sharing service, each on the day it was shared. */
export async function seedPractices(hooks: TestHooks, clock: DemoClock, programmeId: string): Promise<void> {
  for (const [i, practice] of DEMO_PRACTICES.entries()) {
    clock.travelTo(daysFromToday(practice.day, 11));
    const shared = await hooks.services.practiceSharing.share(
      actorOf(person(practice.author)),
      programmeId,
      `d3300000-0000-4000-8000-00000000010${i}`,
      { ...practice.form, onAuthorDeletion: 'remove' },
    );
    if (!shared.ok) throw new Error(`demo seed: sharing a practice failed (${shared.reason})`);
  }
}

/** HR's own practice: approved as HR enters it, published to the news channel, so the library is not empty. */
export const PUBLISHED_PRACTICE = {
  day: -10,
  form: {
    title: 'Five minutes of "show me" in every meeting',
    text: 'Each tandem meeting starts with the mentor showing one tool live on the mentee’s own laptop.',
    topic: 'digital-leadership',
    credit: 'named',
  },
} as const;

/** Makes the Playground's channel the news channel and publishes HR's practice there, delivered as the server does. */
export async function seedPublishedPractice(hooks: TestHooks, clock: DemoClock, programmeId: string): Promise<void> {
  const { broadcasts, practiceSharing, practicePublishing } = hooks.services;
  const hr = actorOf(ALEX);
  clock.travelTo(daysFromToday(PUBLISHED_PRACTICE.day, 10));
  const news = { conversationId: PLAYGROUND_IDS.newsChannel, name: 'Programme news', teamId: PLAYGROUND_IDS.team };
  const channel = await broadcasts.setChannel(hr, programmeId, 'news', { ...news, groupId: PLAYGROUND_IDS.teamGroup });
  if (!channel.ok) throw new Error(`demo seed: setting the news channel failed (${channel.reason})`);
  const id = 'd3300000-0000-4000-8000-000000000110';
  const shared = await practiceSharing.share(hr, programmeId, id, {
    ...PUBLISHED_PRACTICE.form,
    onAuthorDeletion: 'anonymise',
  });
  if (!shared.ok) throw new Error(`demo seed: HR's practice failed (${shared.reason})`);
  const published = await practicePublishing.publish(hr, programmeId, id, ['news']);
  if (!published.ok) throw new Error(`demo seed: publishing a practice failed (${published.reason})`);
  await deliver(hooks, hr.tenantId, published.value.broadcastId);
}
