import type { TestHooks } from '../../src/compose';
import { daysFromToday, type DemoClock } from './demo-clock';
import { person } from './demo-people';
import { actorOf } from './demo-seed';

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
