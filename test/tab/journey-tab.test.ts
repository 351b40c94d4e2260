import { JOURNEY } from '../harness/journey-fixture';
import { TENANT_ID } from '../harness/teams-activities';
import type { TestTandem } from '../harness/test-server';
import { useJourneyTab } from './support/journey-tab-fixture';
import type { TeamsHost } from './support/teams-host';

/**
 * The real tab bundle with the real teams-js in headless Chromium, inside a simulated Teams
 * client, against the real server (SSO mode, test-signed tokens) and Azurite with a seeded pair.
 */
describe('the journey tab in a browser', () => {
  let server: TestTandem;
  let programmeId = '';

  const { openTab, shoot } = useJourneyTab(async (started, seededProgramme) => {
    server = started;
    programmeId = seededProgramme;
  });

  const text = async (host: TeamsHost, selector: string) =>
    (await host.tab.locator(selector).first().innerText()).replace(/\s+/g, ' ');
  const background = (host: TeamsHost) =>
    host.tab
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string);

  test("the mentee sees the pair's journey in German: progress, meetings in Berlin time, topic map; dark theme switches live", async () => {
    const host = await openTab('/tab/index.html?view=chat', {
      userObjectId: JOURNEY.mentee,
      locale: 'de-DE',
      chatId: JOURNEY.chatId,
      entityId: 'tandem-journey',
    });
    await host.tab.locator('[data-section="timeline"]').waitFor();
    expect(await text(host, 'h1')).toBe('Bernd Köhler & Anna Berger');
    expect(await text(host, '[data-section="progress"]')).toContain('1 von 6 Treffen haben stattgefunden');
    const kinds = await host.tab
      .locator('[data-section="timeline"] li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(kinds).toEqual(['held', 'planned', 'suggested', 'suggested', 'suggested', 'suggested']);
    const timeline = await text(host, '[data-section="timeline"]');
    expect(timeline).toContain('Besprochen: Künstliche Intelligenz');
    expect(timeline).toContain('Thema: Big Data');
    expect(timeline).toContain('Di., 23. März 2027, 17:00 (Europe/Berlin)');
    expect(await host.tab.getByRole('link', { name: 'An der Besprechung teilnehmen' }).getAttribute('href')).toBe(
      JOURNEY.joinUrl,
    );
    expect(await host.tab.locator('[data-topic="artificial-intelligence"]').getAttribute('data-state')).toBe(
      'discussed',
    );
    expect(await host.tab.locator('[data-topic="error-culture"]').innerText()).toContain('Gewünscht');
    expect(await text(host, '[data-section="topics"]')).toContain('Wie nutze ich Copilot im Vorstand?');
    expect(await text(host, '[data-empty="poll"]')).toContain('Themenumfrage');
    const learnings = await text(host, '[data-section="learnings"]');
    expect(learnings).toContain('Copilot fasst Vorstandsvorlagen in Minuten zusammen.');
    expect(learnings).toContain(`Ihre privaten Notizen Nur für Sie sichtbar ${JOURNEY.menteeNote}`);
    expect(learnings).toContain('Beispiele aus dem Finanzbereich machen KI greifbar. Anna Berger, nach Treffen 1');
    expect(learnings).not.toContain(JOURNEY.mentorNote);
    expect(await host.tab.getByRole('img', { name: '5 von 5 Sternen' }).count()).toBe(1);
    expect(await host.tab.locator('[data-section="coach"]').count()).toBe(0);
    // The token came from teams-js's getAuthToken, and the server accepted it.
    expect(host.sent('authentication.getAuthToken').length).toBeGreaterThan(0);
    await shoot(host, 'journey-light-de');

    const light = await background(host);
    await host.changeTheme('dark');
    await host.tab
      .locator('.fui-FluentProvider')
      .first()
      .evaluate(() => new Promise((r) => (globalThis as any).requestAnimationFrame(r)));
    const dark = await background(host);
    expect(dark).not.toBe(light);
    expect(brightness(dark)).toBeLessThan(brightness(light));
    await shoot(host, 'journey-dark-de');
  });

  test('the mentor sees it in English, on London time, with the coach; it fits a phone', async () => {
    const host = await openTab(
      '/tab/index.html?view=chat',
      { userObjectId: JOURNEY.mentor, locale: 'en-GB', chatId: JOURNEY.chatId },
      { width: 390, height: 2400 },
    );
    await host.tab.locator('[data-section="timeline"]').waitFor();
    expect(await text(host, '[data-section="progress"]')).toContain('1 of 6 meetings held');
    expect(await text(host, '[data-section="timeline"]')).toContain('Tue 23 Mar 2027, 4:00 pm (Europe/London)');
    expect(await text(host, '[data-section="coach"]')).toContain('Jonas Weber');
    // Materials for the next meeting's topic come first.
    expect(await host.tab.locator('[data-section="materials"] li').allInnerTexts()).toEqual([
      'Data literacy in 20 minutes · for your next topic, Big data',
      'Mentor briefing',
    ]);
    const overflow = await host.tab.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(host, 'journey-mobile-en');
  });

  test('the journey in English, high contrast', async () => {
    const host = await openTab('/tab/index.html?view=chat', {
      userObjectId: JOURNEY.mentee,
      locale: 'en-US',
      chatId: JOURNEY.chatId,
      theme: 'contrast',
    });
    await host.tab.locator('[data-section="timeline"]').waitFor();
    expect(await text(host, '[data-section="timeline"]')).toContain('Discussed: Artificial intelligence');
    expect(await background(host)).toBe('rgb(0, 0, 0)');
    await shoot(host, 'journey-contrast-en');
  });

  test('someone outside the pair sees the access-denied state, and nothing of the pair', async () => {
    const host = await openTab('/tab/index.html?view=chat', { userObjectId: 'mallory', chatId: JOURNEY.chatId });
    await host.tab.getByRole('alert').waitFor();
    expect(await text(host, '[role="alert"]')).toContain('This journey is private');
    expect(await host.tab.locator('body').innerText()).not.toContain('Bernd');
    await shoot(host, 'journey-denied-en');
  });

  test('when Teams cannot sign the person in, the tab says so instead of showing an empty journey', async () => {
    const host = await openTab('/tab/index.html?view=chat', {
      userObjectId: JOURNEY.mentee,
      chatId: JOURNEY.chatId,
      signInFails: true,
    });
    await host.tab.locator('[data-state="state.signIn.title"]').waitFor();
    expect(await text(host, 'main')).toContain('We could not sign you in');
  });

  test('the config page saves "Unsere Reise" in the pair chat', async () => {
    const host = await openTab('/tab/config.html', {
      userObjectId: JOURNEY.mentee,
      locale: 'de-DE',
      chatId: JOURNEY.chatId,
      frameContext: 'settings',
    });
    await host.tab.locator('[data-verdict="pair"]').waitFor();
    expect(await text(host, 'main')).toContain('Dies ist der Chat von Bernd Köhler und Anna Berger');
    await waitFor(() => host.sent('settings.setValidityState').some((m) => m.args[0] === true));
    await shoot(host, 'config-pair-de');
    await host.pressSave();
    await waitFor(() => host.sent('settings.save.success').length === 1);
    const [config] = host.sent('settings.setSettings')[0]!.args as [Record<string, string>];
    expect(config).toMatchObject({
      entityId: 'tandem-journey',
      suggestedDisplayName: 'Unsere Reise',
      contentUrl: `${server.url}/tab/index.html?view=chat`,
    });
  });

  test('the config page refuses in a chat that is no pair chat, and says why', async () => {
    const host = await openTab('/tab/config.html', {
      userObjectId: JOURNEY.mentee,
      chatId: JOURNEY.otherChatId,
      frameContext: 'settings',
    });
    await host.tab.locator('[data-verdict="not-pair"]').waitFor();
    expect(await text(host, '[role="alert"]')).toContain('This chat is not a Tandem pair chat');
    await waitFor(() => host.sent('settings.setValidityState').length > 0);
    expect(host.sent('settings.setValidityState').map((m) => m.args[0])).toEqual([false]);
    expect(host.sent('registerHandler').some((m) => m.args[0] === 'save')).toBe(false);
    await shoot(host, 'config-refused-en');
  });

  test("HR's personal tab lists the pairs with flags and opens a read-only journey", async () => {
    const host = await openTab('/tab/index.html?view=personal', { userObjectId: JOURNEY.hr, locale: 'en-GB' });
    await host.tab.locator('[data-section="overview"]').waitFor();
    expect(await text(host, `[data-pair="carla~dieter"]`)).toContain('No pair chat');
    expect(await text(host, `[data-pair="${JOURNEY.pairId}"]`)).toContain('On track');
    await shoot(host, 'personal-admin-overview-en');
    await host.tab.getByRole('button', { name: 'Open the journey of Bernd Köhler and Anna Berger' }).click();
    await host.tab.locator('[data-viewer="admin"] [data-section="timeline"]').waitFor();
    const page = await host.tab.locator('main').innerText();
    expect(page).toContain('read-only');
    expect(page).not.toContain('Copilot');
    expect(page).not.toContain(JOURNEY.menteeNote);
    expect(await host.tab.locator('[data-section="poll"], [data-section="learnings"]').count()).toBe(0);
    await shoot(host, 'personal-admin-journey-en');
  });

  test('an open poll shows its options and who voted; outside the pair chat a button opens the chat in Teams', async () => {
    // A real poll for meeting 2, as the pair would run it in their chat: both choose big data, the mentee adds a question.
    const { polls } = server.hooks.services;
    const [mentee, mentor] = [JOURNEY.mentee, JOURNEY.mentor].map((id) => ({
      tenantId: TENANT_ID,
      aadObjectId: id,
      displayName: id,
      locale: 'en-GB',
    }));
    const opened = await polls.openOnDemand(mentee!, programmeId, JOURNEY.pairId);
    if (!opened.ok) throw new Error(String(opened.reason));
    const ref = { programmeId, pairId: JOURNEY.pairId, pollId: opened.value.poll.id };
    const bigData = opened.value.options.find((o) => o.topicKey === 'big-data')!;
    await polls.vote(mentee!, ref, bigData.id, true);
    await polls.vote(mentor!, ref, bigData.id, true);
    await polls.addOption(mentee!, ref, 'Prompting for board memos');
    const host = await openTab('/tab/index.html?view=personal', { userObjectId: JOURNEY.mentor, locale: 'en-GB' });
    await host.tab.locator('[data-section="poll"] li').first().waitFor();
    const poll = await text(host, '[data-section="poll"]');
    expect(poll).toContain('Topic poll for meeting 2');
    expect(poll).toMatch(/Big data 2 vote\(s\): (Bernd Köhler, Anna Berger|Anna Berger, Bernd Köhler)/);
    expect(poll).toContain('Prompting for board memos No votes yet');
    await host.tab.getByRole('button', { name: 'Open the pair chat' }).click();
    await waitFor(() => host.sent('executeDeepLink').length === 1);
    expect(host.sent('executeDeepLink')[0]!.args[0]).toBe(
      `https://teams.microsoft.com/l/chat/${encodeURIComponent(JOURNEY.chatId)}/conversations`,
    );
    await shoot(host, 'personal-mentor-poll-en');
    await polls.decide(mentee!, ref, bigData.id); // later tests see no open poll
  });

  test("a member's personal tab shows their own journey", async () => {
    const host = await openTab('/tab/index.html?view=personal', { userObjectId: JOURNEY.mentor, locale: 'de-DE' });
    await host.tab.locator('[data-viewer="mentor"]').waitFor();
    expect(await host.tab.locator('h1').allInnerTexts()).toEqual(['Mein Programm']);
    expect(await text(host, '[data-viewer="mentor"] h2')).toBe('Bernd Köhler & Anna Berger');
    expect(await host.tab.locator('[data-section="overview"]').count()).toBe(0);
  });
});

/** Perceived brightness of a CSS `rgb(…)` colour, 0 … 255. */
function brightness(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
  return 0.299 * r! + 0.587 * g! + 0.114 * b!;
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
