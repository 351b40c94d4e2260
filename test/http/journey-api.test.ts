import { startTestTandem, TestClock, type TestTandem } from '../harness/test-server';
import { TENANT_ID } from '../harness/teams-activities';
import { JOURNEY, seedJourney } from '../harness/journey-fixture';

type Json = Record<string, any>;

/** Who may see a pair's journey: its two members, HR read-only, nobody else. */
describe('journey API', () => {
  let server: TestTandem;
  let programmeId: string;

  beforeAll(async () => {
    const clock = new TestClock();
    server = await startTestTandem({ env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr }, clock });
    programmeId = await seedJourney(server, clock);
  });
  afterAll(() => server.stop());

  const get = (path: string, user?: string) =>
    fetch(`${server.url}${path}`, { headers: user ? { 'x-tandem-dev-user': `${TENANT_ID}/${user}` } : {} });
  const json = async (path: string, user: string) => (await (await get(path, user)).json()) as Json;
  const chatPath = `/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`;
  const pairPath = () => `/api/journey/pair/${programmeId}/${encodeURIComponent(JOURNEY.pairId)}?lang=en`;

  test("each member sees the pair's journey: progress, timeline in their own time zone, topic map; the mentor also sees the coach", async () => {
    const asMentee = await get(chatPath, JOURNEY.mentee);
    expect(asMentee.status).toBe(200);
    expect(asMentee.headers.get('cache-control')).toBe('no-store');
    const journey = (await asMentee.json()) as Json;
    expect(journey).toMatchObject({
      viewer: 'mentee',
      timeZone: 'Europe/Berlin',
      mentor: { name: 'Anna Berger', department: 'IT' },
      mentee: { name: 'Bernd Köhler', department: 'Finanzen' },
      meetings: { held: 1, planned: 1, target: 6, toSchedule: 4 },
      menteeQuestions: 'Wie nutze ich Copilot im Vorstand?',
      nextTopicKey: 'big-data',
    });
    expect(journey.timeline.slice(0, 2)).toMatchObject([
      {
        number: 1,
        kind: 'held',
        topicKey: 'artificial-intelligence',
        rating: 5,
        local: { date: '2027-03-09', time: '10:00', timeZone: 'Europe/Berlin' },
      },
      {
        number: 2,
        kind: 'planned',
        topicKey: 'big-data',
        local: { date: '2027-03-23', time: '17:00', timeZone: 'Europe/Berlin' },
      },
    ]);
    expect(journey.timeline[1]).toMatchObject({ joinUrl: JOURNEY.joinUrl });
    expect(journey.timeline[1].meetingLink).toBeUndefined();
    expect(journey.timeline.filter((e: Json) => e.kind === 'suggested')).toHaveLength(4);
    expect(journey.topics).toContainEqual({
      key: 'artificial-intelligence',
      name: 'Künstliche Intelligenz',
      state: 'discussed',
      wantedByMentee: true,
      offeredByMentor: true,
      custom: false,
      meetings: [1],
    });
    expect(journey.topics.find((t: Json) => t.key === 'error-culture').state).toBe('wanted');
    expect(journey.coach).toBeUndefined();
    expect(journey.poll).toBeUndefined();

    const asMentor = await json(chatPath, JOURNEY.mentor);
    expect(asMentor.coach).toEqual({ name: 'Jonas Weber', email: 'jonas@contoso.com' });
    expect(asMentor.timeline[1].local).toEqual({ date: '2027-03-23', time: '16:00', timeZone: 'Europe/London' });
  });

  test("each member sees their own rating, both members' learnings, and only their own private note", async () => {
    const asMentee = await json(chatPath, JOURNEY.mentee);
    const asMentor = await json(chatPath, JOURNEY.mentor);
    expect([asMentee.timeline[0].rating, asMentor.timeline[0].rating]).toEqual([5, 4]);
    expect(asMentee.timeline[0].coveredTopicKeys).toEqual(['artificial-intelligence', 'collaboration-tools']);
    expect(asMentee.topics.find((t: Json) => t.key === 'collaboration-tools').state).toBe('discussed');
    expect(asMentee.learnings.own.map((l: Json) => l.text)).toEqual([
      'Copilot fasst Vorstandsvorlagen in Minuten zusammen.',
    ]);
    expect(asMentee.learnings.shared).toEqual([
      expect.objectContaining({
        text: 'Beispiele aus dem Finanzbereich machen KI greifbar.',
        author: 'Anna Berger',
        meetingNumber: 1,
      }),
    ]);
    expect(asMentee.learnings.privateNotes.map((l: Json) => l.text)).toEqual([JOURNEY.menteeNote]);
    expect(asMentor.learnings.privateNotes.map((l: Json) => l.text)).toEqual([JOURNEY.mentorNote]);
    expect(JSON.stringify(asMentee)).not.toContain(JOURNEY.mentorNote);
    expect(JSON.stringify(asMentor)).not.toContain(JOURNEY.menteeNote);
  });

  test("HR sees the journey read-only, by chat or by pair id, without the pair's private content", async () => {
    for (const path of [chatPath, pairPath()]) {
      const journey = await json(path, JOURNEY.hr);
      expect(journey).toMatchObject({ viewer: 'admin', meetings: { held: 1, planned: 1 } });
      expect(journey.menteeQuestions).toBeUndefined();
      // No questions, learnings, notes or ratings: only cadence and topics.
      for (const secret of ['Copilot', 'Finanzbereich', JOURNEY.menteeNote, JOURNEY.mentorNote, '"rating"'])
        expect(JSON.stringify(journey)).not.toContain(secret);
      expect(journey.learnings).toBeUndefined();
    }
    const hr = await json(pairPath(), JOURNEY.hr);
    expect(hr.topics[2].name).toBe('Artificial intelligence');
    // What the meetings covered is cadence, not private content: HR sees it on the map.
    expect(hr.topics.find((t: Json) => t.key === 'collaboration-tools').state).toBe('discussed');
  });

  test("HR's overview lists the pairs with progress and flags; others get an empty list", async () => {
    const { programmes } = await json('/api/overview', JOURNEY.hr);
    expect(programmes).toHaveLength(1);
    expect(programmes[0].programme).toMatchObject({
      id: programmeId,
      name: 'Reverse Mentoring 2027',
      meetingsTarget: 6,
    });
    const rows = Object.fromEntries(programmes[0].pairs.map((p: Json) => [p.mentee, p]));
    expect(rows['Bernd Köhler']).toMatchObject({ pairId: JOURNEY.pairId, held: 1, planned: 1, target: 6, flags: [] });
    expect(rows['Dieter Hahn']).toMatchObject({ held: 0, planned: 0, flags: ['no-chat', 'no-meeting-yet'] });
    expect((await json('/api/overview', JOURNEY.mentee)).programmes).toEqual([]);
  });

  test('401 without identity, 403 for someone else, 404 for unknown or malformed ids', async () => {
    expect((await get(chatPath)).status).toBe(401);
    expect((await get(pairPath())).status).toBe(401);
    expect((await get('/api/overview')).status).toBe(401);
    expect((await get(chatPath, 'mallory')).status).toBe(403);
    expect((await get(pairPath(), 'carla')).status).toBe(403);
    expect((await get(`/api/journey/chat/${encodeURIComponent(JOURNEY.otherChatId)}`, JOURNEY.mentee)).status).toBe(
      404,
    );
    expect((await get('/api/journey/chat/..%2F..%2Fetc', JOURNEY.mentee)).status).toBe(404);
    // An unknown pair and a pair of another programme answer alike, so ids cannot be probed.
    expect((await get(`/api/journey/pair/${programmeId}/${encodeURIComponent('anna~nobody')}`, 'mallory')).status).toBe(
      404,
    );
    expect(
      (await get(`/api/journey/pair/${crypto.randomUUID()}/${encodeURIComponent(JOURNEY.pairId)}`, JOURNEY.mentee))
        .status,
    ).toBe(404);
    expect(
      (await get(`/api/journey/pair/not-a-uuid/${encodeURIComponent(JOURNEY.pairId)}`, JOURNEY.mentee)).status,
    ).toBe(404);
    expect((await get(`/api/journey/pair/${programmeId}/${encodeURIComponent('a/b')}`, JOURNEY.mentee)).status).toBe(
      404,
    );
  });

  test("`mine` lists the reader's own journeys only", async () => {
    expect((await json('/api/journey/mine', JOURNEY.mentor)).journeys).toHaveLength(1);
    expect((await json('/api/journey/mine', 'mallory')).journeys).toEqual([]);
  });
});
