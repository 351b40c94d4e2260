import type { GoodPractice } from '../../bot/src/domain/good-practices/good-practice';
import { GoodPracticeTableRepository } from '../../bot/src/storage/good-practice.table-repository';
import { JOURNEY } from '../harness/journey-fixture';
import type { TestTandem } from '../harness/test-server';
import { useJourneyTab } from './support/journey-tab-fixture';
import type { TeamsHost } from './support/teams-host';

/**
 * The Good practices page of the personal tab and the journey's practices for the next topic,
 * in headless Chromium against the real server and Azurite: German and English, dark, phone width.
 */
describe('good practices in the tab', () => {
  let server: TestTandem;
  let programmeId = '';
  let practices: GoodPracticeTableRepository;

  const practice = (id: string, overrides: Partial<GoodPractice>): GoodPractice => ({
    id,
    programmeId,
    authorId: 'carla',
    role: 'mentee',
    source: 'shared',
    title: 'Title',
    text: 'Text',
    topics: ['big-data'],
    credit: 'anonymous',
    onAuthorDeletion: 'remove',
    status: 'published',
    submittedAt: '2027-03-10T09:00:00.000Z',
    publishedAt: '2027-03-12T09:00:00.000Z',
    ...overrides,
  });
  const ids = {
    dashboards: '11111111-1111-4111-8111-111111111111',
    copilot: '22222222-2222-4222-8222-222222222222',
    annas: '33333333-3333-4333-8333-333333333333',
    rejected: '44444444-4444-4444-8444-444444444444',
  };

  const { openTab, shoot, tokenFor } = useJourneyTab(async (started, seededProgramme) => {
    server = started;
    programmeId = seededProgramme;
    practices = new GoodPracticeTableRepository(server.hooks.store);
    for (const p of [
      practice(ids.dashboards, {
        title: 'Dashboards statt Excel-Listen',
        text: 'Power BI zeigt dem Vorstand die Zahlen live.',
        authorName: 'Carla Conti',
        credit: 'named',
        link: 'https://learn.microsoft.com/power-bi',
      }),
      practice(ids.copilot, {
        title: 'Copilot drafts the board memo',
        text: 'A first draft in minutes; the mentee edits.',
        topics: ['artificial-intelligence'],
        role: 'mentor',
        publishedAt: '2027-03-15T09:00:00.000Z',
      }),
      practice(ids.annas, {
        authorId: JOURNEY.mentor,
        role: 'mentor',
        title: 'Prompt library in OneNote',
        text: 'We keep the prompts that worked.',
        status: 'pending',
        publishedAt: undefined,
      }),
      practice(ids.rejected, { title: 'Never shown', status: 'rejected', publishedAt: undefined }),
    ])
      await practices.create(p);
  });

  const shownTitles = (host: TeamsHost) => host.tab.locator('[data-section="practices"] li h3').allInnerTexts();

  test('Bernd’s library in German, dark: published practices only, newest first, credit as chosen; filter by topic and search', async () => {
    const host = await openTab('/tab/index.html?view=personal&page=good-practices', {
      userObjectId: JOURNEY.mentee,
      locale: 'de-DE',
      theme: 'dark',
    });
    await host.tab.locator('[data-section="practices"] li').first().waitFor();
    expect(await shownTitles(host)).toEqual(['Copilot drafts the board memo', 'Dashboards statt Excel-Listen']);
    const list = await host.tab.locator('[data-section="practices"]').innerText();
    expect(list).toContain('Geteilt von Carla Conti');
    expect(list).toContain('Geteilt von einem Mentor');
    expect(list).toContain('Big Data');
    expect(list).not.toContain('Prompt library'); // Anna's, still waiting for HR
    expect(list).not.toContain('Never shown');
    await shoot(host, 'practices-library-dark-de');
    await host.tab.locator('[data-filter="topic"]').selectOption('artificial-intelligence');
    expect(await shownTitles(host)).toEqual(['Copilot drafts the board memo']);
    await host.tab.locator('[data-filter="topic"]').selectOption('');
    await host.tab.locator('[data-filter="search"]').fill('power bi');
    expect(await shownTitles(host)).toEqual(['Dashboards statt Excel-Listen']);
    await host.tab.locator('[data-filter="search"]').fill('astrologie');
    expect(await host.tab.locator('[data-empty="practices"]').innerText()).toContain('Kein gutes Beispiel passt');
  });

  test('Anna on a phone, in English: her own practice marked as waiting; she withdraws it', async () => {
    const host = await openTab(
      '/tab/index.html?view=personal',
      { userObjectId: JOURNEY.mentor, locale: 'en-GB' },
      { width: 390, height: 2000 },
    );
    await host.tab.getByRole('tab', { name: 'Good practices' }).click();
    await host.tab.locator('[data-section="practices"] li').first().waitFor();
    expect(await shownTitles(host)).toEqual([
      'Copilot drafts the board memo',
      'Dashboards statt Excel-Listen',
      'Prompt library in OneNote',
      // Her learning shared from the feedback card of meeting 1, waiting for HR too.
      'Beispiele aus dem Finanzbereich machen KI greifbar.',
    ]);
    const own = host.tab.locator(`[data-practice="${ids.annas}"]`);
    expect(await own.innerText()).toContain('Yours: waiting for HR');
    expect(await host.tab.locator(`[data-practice="${ids.dashboards}"] button`).count()).toBe(0);
    const overflow = await host.tab.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(host, 'practices-library-mobile-en');
    await own.getByRole('button', { name: 'Withdraw' }).click();
    await own.waitFor({ state: 'detached' });
    expect((await practices.get(programmeId, ids.annas))?.value.status).toBe('withdrawn');
  });

  test('the API refuses a withdrawal of someone else’s practice, and tampered ids, changing nothing', async () => {
    const post = async (user: string, practiceId: string) =>
      (
        await fetch(`${server.url}/api/good-practices/${programmeId}/${practiceId}/withdraw`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await tokenFor(user)}` },
        })
      ).status;
    expect(await post(JOURNEY.mentee, ids.dashboards)).toBe(403);
    expect(await post(JOURNEY.mentee, 'not-a-uuid')).toBe(404);
    expect(await post('mallory', ids.dashboards)).toBe(404);
    expect((await practices.get(programmeId, ids.dashboards))?.value.status).toBe('published');
    expect((await fetch(`${server.url}/api/good-practices`)).status).toBe(401);
  });

  test("the pair's journey shows the published practices for the next topic next to the materials (German)", async () => {
    const host = await openTab('/tab/index.html?view=chat', {
      userObjectId: JOURNEY.mentee,
      locale: 'de-DE',
      chatId: JOURNEY.chatId,
      entityId: 'tandem-journey',
    });
    const section = host.tab.locator('[data-section="journey-practices"]');
    await section.waitFor();
    const text = await section.innerText();
    expect(text).toContain('Gute Beispiele für Ihr nächstes Thema');
    expect(text).toContain('Dashboards statt Excel-Listen'); // big data, the next meeting's topic
    expect(text).toContain('Geteilt von Carla Conti');
    expect(text).not.toContain('Copilot drafts'); // another topic
    await shoot(host, 'journey-practices-de');
  });

  test('the journey’s practices in English at phone width', async () => {
    const host = await openTab(
      '/tab/index.html?view=chat',
      { userObjectId: JOURNEY.mentor, locale: 'en-GB', chatId: JOURNEY.chatId },
      { width: 390, height: 2600 },
    );
    const section = host.tab.locator('[data-section="journey-practices"]');
    await section.waitFor();
    expect(await section.innerText()).toContain('Good practices for your next topic');
    expect(await section.getByRole('link', { name: 'Read more' }).getAttribute('href')).toBe(
      'https://learn.microsoft.com/power-bi',
    );
    const overflow = await host.tab.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(host, 'journey-practices-mobile-en');
  });
});
