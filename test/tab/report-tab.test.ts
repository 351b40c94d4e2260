import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GoodPracticeTableRepository } from '../../bot/src/storage/good-practice.table-repository';
import { JOURNEY } from '../harness/journey-fixture';
import { samplePractice } from '../teams/support/renderings/good-practices';
import { useJourneyTab } from './support/journey-tab-fixture';
import { pdfPages } from './support/pdf-text';
import { SCREENSHOT_DIR } from './support/tab-browser';
import type { TeamsHost } from './support/teams-host';

/** Four published practices, newest first: the report starts with the newest three ticked. */
const PUBLISHED = [
  { title: 'Copilot fasst die Vorstandsvorlage zusammen', publishedAt: '2027-03-20T09:00:00.000Z' },
  { title: 'Fehler-Freitag im Bereichsmeeting', publishedAt: '2027-03-18T09:00:00.000Z' },
  { title: 'LinkedIn-Profil in einer Kaffeepause', publishedAt: '2027-03-15T09:00:00.000Z' },
  { title: 'Teams-Kanal statt Mailverteiler', publishedAt: '2027-03-10T09:00:00.000Z' },
];

/**
 * The programme report for the sponsor, in headless Chromium against the real server and Azurite
 * over the journey fixture (four people, two confirmed pairs, one meeting held and rated by too
 * few to show). Printed through Chromium's own PDF printing and read back with pdf.js.
 */
describe('the programme report for the sponsor', () => {
  let programmeId = '';

  const { openTab, shoot } = useJourneyTab(async (server, seededProgramme) => {
    programmeId = seededProgramme;
    const practices = new GoodPracticeTableRepository(server.hooks.store);
    for (const [index, practice] of PUBLISHED.entries())
      await practices.create(
        samplePractice({
          id: crypto.randomUUID(),
          programmeId,
          authorId: `author-${index}`,
          authorName: 'Anna Berger',
          title: practice.title,
          text: 'Was funktioniert hat, in zwei Sätzen. Und warum.',
          status: 'published',
          publishedAt: practice.publishedAt,
        }),
      );
  });

  const openReport = async (host: TeamsHost, button: string) => {
    await host.tab.locator('[data-section="dashboard"]').waitFor();
    await host.tab.getByRole('button', { name: button }).click();
    const report = host.tab.locator('[data-section="report"]');
    await report.locator('[data-practice]').first().waitFor();
    return report;
  };

  /**
   * Prints the report as the browser's "Save as PDF" does: the tab's document as it stands (its
   * styles, the drawn charts, HR's ticks) in a page of its own, printed with the print stylesheet
   * on A4. (Playwright prints top-level pages only; in Teams the tab's frame is what prints.)
   */
  const printToPdf = async (host: TeamsHost): Promise<string[]> => {
    const document = await host.tab.locator('html').evaluate((html) => {
      const css = [...html.ownerDocument.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
      const body = html.querySelector('body')!.cloneNode(true) as typeof html;
      body.querySelectorAll('script').forEach((script: typeof html) => script.remove());
      return `<!doctype html><html lang="${html.lang}"><head><meta charset="utf-8"><style>${css.join('\n')}</style></head>${body.outerHTML}</html>`;
    });
    const printed = await host.blankPage();
    const dir = await mkdtemp(path.join(tmpdir(), 'tandem-report-'));
    try {
      await printed.setContent(document);
      // The picture of the printed sheet, for the docs (pdf.js below reads the PDF itself).
      await printed.emulateMedia({ media: 'print' });
      await printed.setViewportSize({ width: 688, height: 1000 });
      await printed.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-print-de.png'), fullPage: true });
      const file = path.join(dir, 'report.pdf');
      await printed.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      return await pdfPages(file);
    } finally {
      await printed.close();
      await rm(dir, { recursive: true, force: true });
    }
  };

  test('HR in German picks the practices, prints: one or two A4 pages with the headline figures, charts, top topics and only the ticked practices', async () => {
    const host = await openTab(
      `/tab/index.html?view=personal&page=dashboard:${programmeId}`,
      { userObjectId: JOURNEY.hr, locale: 'de-DE' },
      { width: 1024, height: 2400 },
    );
    const report = await openReport(host, 'Programmbericht für den Sponsor');
    expect(await report.locator('#report-title').innerText()).toBe('Programmbericht: Reverse Mentoring 2027');
    const headline = (key: string) => report.locator(`[data-headline="${key}"]`).innerText();
    expect(await headline('onboarded')).toMatch(/^angemeldet: 2 Mentoren, 2 Mentees\s+4$/);
    expect(await headline('pairs')).toMatch(/^Tandems bestätigt\s+2$/);
    expect(await headline('meetings')).toMatch(/^Treffen gehalten \(Ziellinie: 12\)\s+1$/);
    expect(await headline('on-track')).toMatch(/^von 2 Tandems im Plan\s+2$/);
    expect(await headline('rating')).toMatch(/^Bewertung: zu wenige Antworten\s+–$/);
    expect(await headline('published')).toMatch(/^gute Beispiele veröffentlicht\s+4$/);
    // The newest three are ticked; HR swaps the oldest of them for the fourth.
    const tick = (title: string) =>
      report.locator('[data-practice]', { hasText: title }).getByRole('checkbox', { name: 'Im Bericht' });
    expect(await Promise.all(PUBLISHED.map((p) => tick(p.title).isChecked()))).toEqual([true, true, true, false]);
    await tick(PUBLISHED[2]!.title).uncheck();
    await tick(PUBLISHED[3]!.title).check();
    await shoot(host, 'report-light-de');

    const pages = await printToPdf(host);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Programmbericht: Reverse Mentoring 2027');
    // The figures and all four charts on the first page; topics and practices may follow on the second.
    for (const onFirstPage of [
      'Tandems bestätigt',
      'Von der Anmeldung bis zum Ziel',
      'Treffen pro Woche',
      'Bewertungen der Treffen',
    ])
      expect(pages[0]).toContain(onFirstPage);
    expect(text).toContain('angemeldet: 2 Mentoren, 2 Mentees');
    expect(text).toContain('Treffen gehalten (Ziellinie: 12)');
    expect(text).toContain('Von der Anmeldung bis zum Ziel');
    expect(text).toContain('Treffen pro Woche');
    expect(text).toContain('Die wichtigsten Themen');
    expect(text).toContain('Künstliche Intelligenz');
    for (const printed of [PUBLISHED[0]!, PUBLISHED[1]!, PUBLISHED[3]!]) expect(text).toContain(printed.title);
    expect(text).not.toContain(PUBLISHED[2]!.title);
    // Paper has no buttons, no tab navigation and no tick boxes.
    for (const control of ['Drucken oder als PDF speichern', 'Zurück zum Dashboard', 'Mein Programm', 'Im Bericht'])
      expect(text).not.toContain(control);
    expect(text).toContain('Nur zusammengefasste Zahlen');
  });

  test('HR in English on a phone, dark: the report fits the screen and its button opens the print dialog', async () => {
    const host = await openTab(
      `/tab/index.html?view=personal&page=dashboard:${programmeId}`,
      { userObjectId: JOURNEY.hr, locale: 'en-GB', theme: 'dark' },
      { width: 390, height: 2600 },
    );
    const report = await openReport(host, 'Programme report for the sponsor');
    expect(await report.locator('#report-title').innerText()).toBe('Programme report: Reverse Mentoring 2027');
    expect(await report.getByRole('region', { name: 'Top topics' }).innerText()).toMatch(
      /Artificial intelligence\s+1\s+0\s+1\s+1/,
    );
    const overflow = await host.tab.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(host, 'report-mobile-dark-en');
    // The browser's print dialog cannot be driven headless: the button is checked to ask for it.
    await host.tab.locator('html').evaluate((html) => {
      const view = html.ownerDocument.defaultView as unknown as { print: () => void; printed?: number };
      view.print = () => (view.printed = (view.printed ?? 0) + 1);
    });
    await report.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(
      await host.tab
        .locator('html')
        .evaluate((html) => (html.ownerDocument.defaultView as unknown as { printed?: number }).printed),
    ).toBe(1);
    await report.getByRole('button', { name: 'Back to the dashboard' }).click();
    await host.tab.locator('[data-section="dashboard"]').waitFor();
  });
});
