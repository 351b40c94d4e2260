import type { PracticeStatus } from '../../bot/src/domain/good-practices/good-practice';
import { GoodPracticeTableRepository } from '../../bot/src/storage/good-practice.table-repository';
import { JOURNEY } from '../harness/journey-fixture';
import type { TestTandem } from '../harness/test-server';
import { samplePractice } from '../teams/support/renderings/good-practices';
import { useJourneyTab } from './support/journey-tab-fixture';
import type { TeamsHost } from './support/teams-host';

/**
 * HR's dashboard in the personal tab, in headless Chromium against the real server and Azurite,
 * over the journey fixture: four people onboarded, two pairs confirmed, meeting 1 held and rated
 * by its two members (too few to show), one learning shared; plus four good practices seeded here.
 */
describe('the dashboard in the tab', () => {
  let server: TestTandem;
  let programmeId = '';

  const { openTab, shoot } = useJourneyTab(async (started, seededProgramme) => {
    server = started;
    programmeId = seededProgramme;
    const practices = new GoodPracticeTableRepository(server.hooks.store);
    // With the learning shared in the journey (pending): two pending, one approved, two published.
    const statuses: PracticeStatus[] = ['pending', 'approved', 'published', 'published'];
    for (const [index, status] of statuses.entries())
      await practices.create(samplePractice({ id: crypto.randomUUID(), programmeId, authorId: `a-${index}`, status }));
  });

  const panel = (host: TeamsHost) => host.tab.locator('[data-section="dashboard"] [role="tabpanel"]');
  const showView = async (host: TeamsHost, name: string) => {
    await host.tab.getByRole('tab', { name }).click();
    return panel(host).innerText();
  };
  /** The bars, slices and points a chart names for screen readers, e.g. "2 Tandems. Vom Mentee bestätigt.". */
  const chartLabels = (host: TeamsHost, block: string) =>
    panel(host)
      .getByRole('region', { name: block, exact: true })
      .locator('svg [role="option"]')
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
  const showTables = (host: TeamsHost, label: string) => host.tab.getByRole('switch', { name: label }).check();
  /** Every view in turn, as charts: each has its summary sentence and a chart (Pairs: its table), and a screenshot. */
  const everyView = async (host: TeamsHost, views: string[], shotName: string) => {
    for (const [index, view] of views.entries()) {
      await host.tab.getByRole('tab', { name: view }).click();
      await panel(host).locator('[data-summary]').first().waitFor();
      const charts = await panel(host).locator('svg[role="region"], [role="figure"] svg').count();
      if (index === 1) expect(await panel(host).locator('[data-pair]').count()).toBe(2);
      else if (index !== 4) expect(charts).toBeGreaterThan(0);
      await shoot(host, `${shotName}-${index + 1}-${['overview', 'pairs', 'topics', 'feedback', 'news'][index]}`);
    }
  };

  test('HR opens the dashboard link of the bot in German, light: the funnel, withheld ratings and good practices', async () => {
    const host = await openTab(`/tab/index.html?view=personal&page=dashboard:${programmeId}`, {
      userObjectId: JOURNEY.hr,
      locale: 'de-DE',
    });
    await panel(host).waitFor();
    expect(await host.tab.locator('#dashboard-title').innerText()).toBe('Dashboard: Reverse Mentoring 2027');
    // Charts first: the funnel's bars say their figures to a screen reader, first stage at the top.
    expect(await chartLabels(host, 'Von der Anmeldung bis zum Ziel')).toEqual(
      expect.arrayContaining([
        '4 Personen. Angemeldet.',
        '2 Tandems. Vom Mentee bestätigt.',
        '1 Tandem. Tandem-Chat eingerichtet.',
      ]),
    );
    expect(await chartLabels(host, 'Wie es den Tandems geht')).toEqual(['Im Plan, 2.']);
    // Each chart named in the reader's language, not by the library's English description.
    expect(await panel(host).locator('svg[aria-label="Diagramm: Von der Anmeldung bis zum Ziel"]').count()).toBe(1);
    expect(await panel(host).getByRole('figure', { name: 'Diagramm: Wie es den Tandems geht' }).count()).toBe(1);
    await shoot(host, 'dashboard-overview-chart-light-de');
    await everyView(host, ['Überblick', 'Tandems', 'Themen', 'Rückmeldungen', 'Neuigkeiten'], 'dashboard-light-de');
    await host.tab.getByRole('tab', { name: 'Überblick' }).click();
    // The accessible alternative: the same figures as tables, one switch for every view.
    await showTables(host, 'Zahlen als Tabellen zeigen');
    const overview = await panel(host).innerText();
    expect(overview).toContain('4 Personen angemeldet, 2 Tandems vom Mentee bestätigt, bisher 1 Treffen.');
    expect(overview).toMatch(/Vom Mentee bestätigt\s+2 Tandems/);
    expect(overview).toMatch(/Tandem-Chat eingerichtet\s+1 Tandem\s/);
    expect(overview).toMatch(/Sonstige\s+4/); // four departments of one person each: none is named
    // Two pairs × 6 meetings over 26 weeks, in German figures: the first week's line is at 0,5.
    expect(overview).toContain('Bisher 1 Treffen; die Linie, mit der jedes Tandem sein Ziel erreicht, endet bei 12.');
    expect(overview).toMatch(/Mo\., 1\. Feb\. 2027\s+0 \(0 \/ 0,5\)/);
    await shoot(host, 'dashboard-overview-light-de');
    const feedback = await showView(host, 'Rückmeldungen');
    expect(feedback).toContain('Zu wenige für eine Anzeige');
    expect(feedback).toContain(
      'Geteilte Erkenntnisse: 1. Gute Beispiele: 2 warten auf HR, 1 freigegeben, 2 veröffentlicht.',
    );
    expect(feedback).not.toContain(JOURNEY.menteeNote);
    const download = host.tab.getByRole('link', { name: 'CSV herunterladen' });
    expect(await download.getAttribute('href')).toMatch(/\/api\/dashboard\.csv\?token=/);
    await shoot(host, 'dashboard-feedback-light-de');
  });

  test('HR on a phone in English, dark: from My programme into the dashboard, its topics and pairs, without sideways scrolling', async () => {
    const host = await openTab(
      '/tab/index.html?view=personal',
      { userObjectId: JOURNEY.hr, locale: 'en-GB', theme: 'dark' },
      { width: 390, height: 2200 },
    );
    await host.tab.getByRole('button', { name: 'Open the dashboard' }).click();
    await panel(host).waitFor();
    await everyView(host, ['Overview', 'Pairs', 'Topics', 'Feedback', 'News'], 'dashboard-mobile-dark-en');
    const chartOverflow = await host.tab.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(chartOverflow).toBeLessThanOrEqual(0);
    // Legends as written (the library would make it "Held So Far").
    await showView(host, 'Overview');
    expect(await panel(host).getByRole('option', { name: 'Held so far', exact: true }).innerText()).toBe('Held so far');
    // Topics as small multiples on one scale: AI wanted, offered and covered once; agile organisations untouched.
    await showView(host, 'Topics');
    const ai = panel(host).locator('[data-topic-chart="artificial-intelligence"] svg [role="option"]');
    const aiBars = await ai.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')));
    expect(aiBars.sort()).toEqual(['1. Covered.', '1. Offered.', '1. Wanted.']);
    expect(await panel(host).locator('[data-topic-chart="agile-organisation"]').innerText()).toContain(
      'Not wanted, offered or covered yet.',
    );
    await showTables(host, 'Show the figures as tables');
    const topics = await panel(host).innerText();
    expect(await host.tab.locator('[data-topic="artificial-intelligence"]').innerText()).toMatch(
      /Artificial intelligence\s+1\s+1\s+0\s+1/,
    );
    expect(topics).toContain('Own questions chosen in polls');
    const pairs = await showView(host, 'Pairs');
    expect(pairs).toContain('Anna Berger');
    const feedback = await showView(host, 'Feedback');
    expect(feedback).toContain('Too few to show');
    const overflow = await host.tab.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(host, 'dashboard-feedback-mobile-dark-en');
  });

  test('HR sorts the Pairs view by meetings held, by mouse and keyboard, and filters it by a flag', async () => {
    const host = await openTab(`/tab/index.html?view=personal&page=dashboard:${programmeId}`, {
      userObjectId: JOURNEY.hr,
      locale: 'en-GB',
    });
    await panel(host).waitFor();
    await showView(host, 'Pairs');
    const rows = () => panel(host).locator('[data-pair]').allInnerTexts();
    const held = panel(host).locator('th[data-sort="held"]');
    await held.click();
    expect(await held.getAttribute('aria-sort')).toBe('ascending');
    expect(await rows()).toEqual([
      expect.stringMatching(/^Dieter Hahn & Carla Diaz\s+0 of 6 held/),
      expect.stringMatching(/^Bernd Köhler & Anna Berger\s+1 of 6 held/),
    ]);
    // The header's sort button is reachable by keyboard: Enter reverses the order.
    await held.getByRole('button').press('Enter');
    expect(await held.getAttribute('aria-sort')).toBe('descending');
    expect((await rows()).map((r) => (r.split('\t')[0] ?? '').trim())).toEqual([
      'Bernd Köhler & Anna Berger',
      'Dieter Hahn & Carla Diaz',
    ]);
    expect(await panel(host).locator('[data-summary="overview"]').innerText()).toBe('2 pairs; needing attention: 1');
    const noChat = panel(host).getByRole('group', { name: 'Show pairs' }).getByRole('button', { name: 'No pair chat' });
    await noChat.click();
    expect(await noChat.getAttribute('aria-pressed')).toBe('true');
    expect(await rows()).toEqual([expect.stringContaining('Dieter Hahn & Carla Diaz')]);
    expect((await rows())[0]).toContain('No pair chat');
    expect(await panel(host).locator('[data-summary="overview"]').innerText()).toBe('1 of 2 pairs shown');
    // HR opens the pair's journey and comes back: the Pairs view as they left it, filter and order.
    await panel(host)
      .getByRole('button', { name: /^Open the journey of/ })
      .click();
    await host.tab.locator('[data-section="progress"]').waitFor();
    await host.tab.getByRole('button', { name: 'Back to the overview' }).click();
    expect(await host.tab.getByRole('tab', { name: 'Pairs' }).getAttribute('aria-selected')).toBe('true');
    expect(await noChat.getAttribute('aria-pressed')).toBe('true');
    expect(await held.getAttribute('aria-sort')).toBe('descending');
    expect(await panel(host).locator('[data-summary="overview"]').innerText()).toBe('1 of 2 pairs shown');
    await shoot(host, 'dashboard-pairs-filtered-en');
  });

  test('HR in German with Teams in high contrast: every view, charts in the contrast colours', async () => {
    const host = await openTab(`/tab/index.html?view=personal&page=dashboard:${programmeId}`, {
      userObjectId: JOURNEY.hr,
      locale: 'de-DE',
      theme: 'contrast',
    });
    await panel(host).waitFor();
    await everyView(host, ['Überblick', 'Tandems', 'Themen', 'Rückmeldungen', 'Neuigkeiten'], 'dashboard-contrast-de');
    // Teams' high-contrast theme: a black page, the chart's axis labels in its white foreground.
    const page = host.tab.locator('.fui-FluentProvider').first();
    expect(await page.evaluate((root) => root.ownerDocument.defaultView!.getComputedStyle(root).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    await host.tab.getByRole('tab', { name: 'Überblick' }).click();
    const tick = panel(host).locator('svg[role="region"] text').first();
    expect(await tick.evaluate((text) => text.ownerDocument.defaultView!.getComputedStyle(text).fill)).toBe(
      'rgb(255, 255, 255)',
    );
  });

  test('a member following a dashboard link is told it is for admins, and sees no figures', async () => {
    const host = await openTab(`/tab/index.html?view=personal&page=dashboard:${programmeId}`, {
      userObjectId: JOURNEY.mentee,
      locale: 'en-GB',
    });
    const denied = host.tab.locator('[data-state="dashboard.denied.title"]');
    await denied.waitFor();
    expect(await denied.innerText()).toContain("This dashboard is for the programme's admins");
    expect(await host.tab.locator('[data-section="dashboard"]').count()).toBe(0);
  });
});
