import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { AdaptiveCardJson } from '../../../bot/src/teams/cards/card-template';

const ADAPTIVECARDS = path.dirname(require.resolve('adaptivecards/package.json'));

/** What Teams' light theme looks like to the renderer: its font, colours and a card's width in a desktop chat (640 px). */
const TEAMS_LIGHT_HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', sans-serif",
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
  actions: { actionsOrientation: 'horizontal', buttonSpacing: 8, maxActions: 6 },
};

/** What the renderer put on the page: its text and size. */
export interface RenderedCard {
  text: string;
  width: number;
  height: number;
}

/**
 * Renders a card with the official Adaptive Cards JavaScript renderer (the one the Agents
 * Playground and Teams' web client build on) in Chromium and saves a picture of it.
 */
export async function cardPicture(browser: Browser, card: AdaptiveCardJson, file: string): Promise<RenderedCard> {
  const page = await browser.newPage({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 1 });
  try {
    await page.setContent(
      '<body style="margin:16px;background:#f0f0f0"><div id="card" style="width:640px"></div></body>',
    );
    await page.addStyleTag({ path: path.join(ADAPTIVECARDS, 'dist/adaptivecards.css') });
    await page.addScriptTag({ path: path.join(ADAPTIVECARDS, 'dist/adaptivecards.min.js') });
    await page.evaluate(
      ({ json, hostConfig }) => {
        const page = globalThis as any; // the browser's window: this function runs in Chromium
        const AC = page.AdaptiveCards;
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
        adaptiveCard.parse(json);
        const rendered = adaptiveCard.render();
        rendered.style.padding = '16px';
        rendered.style.borderRadius = '6px';
        page.document.getElementById('card').appendChild(rendered);
      },
      { json: card, hostConfig: TEAMS_LIGHT_HOST_CONFIG },
    );
    const element = page.locator('#card');
    await element.screenshot({ path: file });
    const box = (await element.boundingBox())!;
    return { text: await element.innerText(), width: box.width, height: box.height };
  } finally {
    await page.close();
  }
}
