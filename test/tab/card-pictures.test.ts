import path from 'node:path';
import type { Browser } from 'playwright-core';
import { translator } from '../../bot/src/i18n';
import { RENDERINGS } from '../teams/support/card-renderings';
import { asCardText } from '../../bot/src/teams/cards/card-text';
import { TYPED_LINK } from '../teams/support/card-samples';
import { cardPicture } from './support/card-picture';
import { launchChromium, SCREENSHOT_DIR } from './support/tab-browser';

/**
 * The topic poll and the meeting card as a person sees them, drawn by the Adaptive Cards
 * renderer in Chromium: pictures for the README, and proof that the renderer shows the cards'
 * text in both languages (the card catalogue test checks their schema).
 */
describe('cards drawn by the Adaptive Cards renderer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(() => browser.close());

  const shots = [
    { name: 'card-poll', template: 'polls/poll.card.json', rendering: 1 },
    { name: 'card-meeting', template: 'meetings/meeting.card.json', rendering: 0 },
  ];
  for (const shot of shots)
    for (const language of ['en', 'de'] as const)
      test(`${shot.template} in ${language}`, async () => {
        const card = withoutSampleLinks(RENDERINGS[shot.template]![shot.rendering]!(translator(language)));
        const file = path.join(SCREENSHOT_DIR, `${shot.name}-${language}.png`);
        const rendered = await cardPicture(browser, card, file);
        expect(rendered.height).toBeGreaterThan(100);
        for (const line of firstTextBlocks(card, 2)) expect(rendered.text).toContain(line);
      });
});

/**
 * The samples put a would-be link into every typed text, so the catalogue can prove it stays text;
 * a picture for people shows the texts without it.
 */
function withoutSampleLinks<T>(card: T): T {
  const shown = ` ${asCardText(TYPED_LINK)}`;
  return JSON.parse(JSON.stringify(card).split(JSON.stringify(shown).slice(1, -1)).join('')) as T;
}

/** The card's first `count` TextBlock texts: what the renderer must have drawn. */
function firstTextBlocks(node: unknown, count: number, found: string[] = []): string[] {
  if (found.length >= count || node === null || typeof node !== 'object') return found;
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && typeof element.text === 'string' && !element.text.includes('{{'))
    found.push(element.text.replace(/\*\*/g, '').split('\n')[0]!.trim());
  for (const value of Object.values(element)) firstTextBlocks(value, count, found);
  return found.slice(0, count);
}
