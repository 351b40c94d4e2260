import type { PracticeStatus } from '../../bot/src/domain/good-practices/good-practice';
import { addAdmin } from '../../bot/src/domain/programme/programme-changes';
import { GoodPracticeTableRepository } from '../../bot/src/storage/good-practice.table-repository';
import { samplePractice } from '../teams/support/renderings/good-practices';
import { startTestTandem, TestClock, type TestTandem } from '../harness/test-server';
import { TENANT_ID } from '../harness/teams-activities';
import { JOURNEY, seedJourney } from '../harness/journey-fixture';

type Json = Record<string, any>;

/**
 * HR's dashboard API over the journey fixture: two confirmed pairs, meeting 1 held and rated by
 * both of one pair, one learning shared from it (a pending good practice); and six more good practices:
 * one pending, one approved, three published, one rejected.
 */
describe('dashboard API', () => {
  let server: TestTandem;
  let programmeId: string;
  let otherProgrammeId: string;

  beforeAll(async () => {
    const clock = new TestClock();
    server = await startTestTandem({ env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr }, clock });
    programmeId = await seedJourney(server, clock);
    // A second programme, run by another HR manager who is no admin of the first.
    const { programmes } = server.hooks.services;
    const hr = { tenantId: TENANT_ID, aadObjectId: JOURNEY.hr, displayName: 'HR', locale: 'de-DE' };
    otherProgrammeId = crypto.randomUUID();
    const created = await programmes.create(hr, otherProgrammeId, {
      name: 'Zweite Runde',
      startDate: '2027-09-01',
      endDate: '2028-03-01',
      meetingsTarget: '6',
      languages: 'de,en',
    });
    if (!created.ok) throw new Error(created.reason);
    await programmes.change(hr, otherProgrammeId, (p) => addAdmin(p, 'hr-2'));
    const practices = new GoodPracticeTableRepository(server.hooks.store);
    const statuses: PracticeStatus[] = ['pending', 'approved', 'published', 'published', 'published', 'rejected'];
    for (const [index, status] of statuses.entries())
      await practices.create(
        samplePractice({ id: crypto.randomUUID(), programmeId, authorId: `author-${index}`, status }),
      );
  });
  afterAll(() => server.stop());

  const get = (path: string, user?: string, tenant = TENANT_ID) =>
    fetch(`${server.url}${path}`, { headers: user ? { 'x-tandem-dev-user': `${tenant}/${user}` } : {} });
  /** A signed link names the public URL; the test server listens elsewhere. */
  const download = (link: string) => fetch(link.replace(/^https?:\/\/[^/]+/, server.url));
  const path = (id: string, lang = 'en') => `/api/programmes/${id}/dashboard?lang=${lang}`;

  test('an admin gets the funnel, the health of the pairs and the topics, with small departments merged into "other"', async () => {
    const response = await get(path(programmeId), JOURNEY.hr);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const dashboard = (await response.json()) as Json;
    expect(dashboard.programme).toMatchObject({ id: programmeId, name: 'Reverse Mentoring 2027', meetingsTarget: 6 });
    expect(Object.fromEntries(dashboard.overview.funnel.map((s: Json) => [s.stage, s.count]))).toEqual({
      enrolled: 0,
      onboarded: 4,
      'consent-refused': 0,
      matched: 4,
      'mentee-confirmed': 2,
      'chat-bound': 1,
      'first-meeting-held': 1,
      'target-reached': 0,
    });
    expect(dashboard.overview.roles).toEqual({ mentor: 2, mentee: 2 });
    // IT, Finanzen, Marketing and Vertrieb have one person each: none is named.
    expect(dashboard.overview.departments).toEqual([{ group: '__other__', count: 4 }]);
    expect(dashboard.overview.cadence.reduce((sum: number, w: Json) => sum + w.held, 0)).toBe(1);
    expect(dashboard.topics.topics.find((t: Json) => t.key === 'artificial-intelligence')).toEqual({
      key: 'artificial-intelligence',
      name: 'Artificial intelligence',
      wanted: 1,
      offered: 1,
      chosen: 0,
      covered: 1,
    });
  });

  test('ratings of fewer than three people are withheld; no private note or learning reaches HR', async () => {
    const dashboard = (await (await get(path(programmeId, 'de'), JOURNEY.hr)).json()) as Json;
    expect(dashboard.feedback.overall).toEqual({ shown: false, reason: 'too-few', group: 2 });
    expect(dashboard.feedback.perMeetingNumber).toEqual([
      { meetingNumber: 1, ratings: { shown: false, reason: 'too-few', group: 2 } },
    ]);
    expect(dashboard.feedback.learningsShared).toBe(1);
    expect(dashboard.feedback.goodPractices).toEqual({ pending: 2, approved: 1, published: 3 });
    expect(dashboard.topics.topics.find((t: Json) => t.key === 'big-data').name).toBe('Big Data');
    const text = JSON.stringify(dashboard);
    for (const secret of [JOURNEY.menteeNote, JOURNEY.mentorNote, 'Copilot fasst', 'Beispiele aus dem Finanzbereich'])
      expect(text).not.toContain(secret);
  });

  test('each view downloads as CSV through a signed link: German with `;` and a decimal comma, English with `,`', async () => {
    const german = (await (await get(path(programmeId, 'de'), JOURNEY.hr)).json()) as Json;
    expect(Object.keys(german.downloads)).toEqual(['overview', 'pairs', 'topics', 'feedback', 'news']);
    const overview = await download(german.downloads.overview);
    expect(overview.status).toBe(200);
    expect(overview.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await overview.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: Excel reads the umlauts as UTF-8
    const overviewCsv = bytes.toString('utf8');
    expect(overviewCsv.startsWith('\uFEFFAbschnitt;Eintrag;Wert;Einheit')).toBe(true);
    expect(overviewCsv).toContain('Verlauf;Vom Mentee bestätigt;2;Tandems');
    expect(overviewCsv).toContain('Bereiche;Sonstige;4;Personen');
    // Two pairs × 6 meetings over 26 weeks: the target line's first week is 0.5 meetings.
    expect(overviewCsv).toMatch(/\n2027-02-01;0;0;0;0,5\r?\n/);
    const feedbackCsv = await (await download(german.downloads.feedback)).text();
    expect(feedbackCsv).toContain('Alle Treffen;zu wenige für eine Anzeige');
    expect(feedbackCsv).not.toContain(JOURNEY.menteeNote);
    expect(feedbackCsv).toContain('Geteilte Erkenntnisse;1');
    for (const line of ['Gute Beispiele;offen;2', 'Gute Beispiele;freigegeben;1', 'Gute Beispiele;veröffentlicht;3'])
      expect(feedbackCsv).toContain(line);
    const pairsCsv = await (await download(german.downloads.pairs)).text();
    expect(pairsCsv).toContain('Anna Berger;Bernd Köhler;1;1;6;2027-03-09');
    const english = (await (await get(path(programmeId, 'en'), JOURNEY.hr)).json()) as Json;
    const topicsCsv = await (await download(english.downloads.topics)).text();
    expect(topicsCsv).toContain('Artificial intelligence,1,1,0,1');
    const tampered = english.downloads.topics.replace(/token=.{10}/, 'token=xxxxxxxxxx');
    expect((await download(tampered)).status).toBe(401);
  });

  test('401 without an identity, 403 for a member and for the admin of another programme', async () => {
    expect((await get(path(programmeId))).status).toBe(401);
    expect((await get(path(programmeId), JOURNEY.mentee)).status).toBe(403);
    expect((await get(path(programmeId), 'hr-2')).status).toBe(403);
    const other = await get(path(otherProgrammeId), 'hr-2');
    expect(other.status).toBe(200);
    // Another programme's practices are not counted: each programme reads its own partition.
    expect(((await other.json()) as Json).feedback.goodPractices).toEqual({ pending: 0, approved: 0, published: 0 });
  });

  test('404 for a malformed id, an unknown one and another tenant’s, alike', async () => {
    const answers = await Promise.all([
      get('/api/programmes/not-a-uuid/dashboard', JOURNEY.hr),
      get(path(crypto.randomUUID()), JOURNEY.hr),
      get(path(programmeId), JOURNEY.hr, '0b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3'),
    ]);
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404]);
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
  });
});
