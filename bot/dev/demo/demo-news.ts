import type { TestHooks } from '../../src/compose';
import { daysFromToday, type DemoClock } from './demo-clock';
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
const WAIT_MS = 30_000;

/**
 * Alex's news, composed, sent and delivered as the server does it: the fan-out started through
 * the broadcast jobs, the delivery queue's worker sending each recipient's card. Nobody in the
 * seeded programme has a chat with the bot yet, so the report shows them as not reachable
 * (without asking Teams); waits until the report is finished.
 */
export async function seedNews(hooks: TestHooks, clock: DemoClock, programmeId: string): Promise<void> {
  const { broadcasts } = hooks.services;
  const hr = actorOf(ALEX);
  clock.travelTo(daysFromToday(-1, 8));
  const drafted = await broadcasts.preview(hr, NEWS_ID, { ...DEMO_NEWS, programmeId });
  if (!drafted.ok) throw new Error(`demo seed: composing the news failed (${drafted.reason})`);
  const sent = await broadcasts.sendNow(hr, NEWS_ID);
  if (!sent.ok) throw new Error(`demo seed: sending the news failed (${sent.reason})`);
  hooks.broadcasts.startFanOut(sent.value.tenantId, NEWS_ID);
  await hooks.broadcasts.idle();
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    const progress = await hooks.broadcasts.fanOut.progress(sent.value.tenantId, NEWS_ID, { exact: true });
    if (progress?.broadcast.status === 'done') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('demo seed: the news was not delivered within 30 seconds');
}
