import type { TestHooks } from '../../src/compose';
import { daysFromToday, type DemoClock } from './demo-clock';
import { deliver } from './demo-delivery';
import { ALEX } from './demo-people';
import { actorOf } from './demo-seed';

/** The news HR sent to everyone in the programme, in both languages. */
export const DEMO_NEWS = {
  language: 'both',
  titleEn: 'Halfway there: thank you, tandems!',
  textEn: 'Most pairs have met at least twice. Share what you learned with **share a practice**.',
  titleDe: 'Halbzeit: Danke, Tandems!',
  textDe: 'Die meisten Paare haben sich schon zweimal getroffen. Teilt eure Erfahrungen mit **share a practice**.',
  author: 'Alex Wilber, HR',
  audience: 'participants',
} as const;

const NEWS_ID = 'd3300000-0000-4000-8000-000000000200';

/** Alex's news to the participants, composed, sent and delivered as the server does it. */
export async function seedNews(hooks: TestHooks, clock: DemoClock, programmeId: string): Promise<void> {
  const { broadcasts } = hooks.services;
  const hr = actorOf(ALEX);
  clock.travelTo(daysFromToday(-1, 8));
  const drafted = await broadcasts.preview(hr, NEWS_ID, { ...DEMO_NEWS, programmeId });
  if (!drafted.ok) throw new Error(`demo seed: composing the news failed (${drafted.reason})`);
  const sent = await broadcasts.sendNow(hr, NEWS_ID);
  if (!sent.ok) throw new Error(`demo seed: sending the news failed (${sent.reason})`);
  await deliver(hooks, sent.value.tenantId, NEWS_ID);
}
