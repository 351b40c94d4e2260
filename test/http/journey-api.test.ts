import { changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { pairIdOf } from '../../bot/src/domain/pairing/pair';
import { startTestTandem, type TestTandem } from '../harness/test-server';
import { TENANT_ID } from '../harness/teams-activities';

const actor = (aadObjectId: string, name = aadObjectId) => ({ tenantId: TENANT_ID, aadObjectId, displayName: name, locale: 'de-DE' });
const answers = (role: string, department: string, topics: string, ownTopics = '') => ({
  role, department, location: 'Köln', timeZone: 'Europe/Berlin', languages: 'de', topics, ownTopics, goals: '', availability: 'tue-am', format: 'online', capacity: '1',
});
const CHAT = '19:3f2a9c0d1e2b4a5f8c7d6e5f4a3b2c1d@thread.v2';

/** Who may see a pair's journey: its two members, HR read-only, nobody else. */
describe('journey API', () => {
  let server: TestTandem;
  let programmeId: string;

  beforeAll(async () => {
    server = await startTestTandem({ env: { TANDEM_BOOTSTRAP_ADMINS: 'hr-1' } });
    const { programmes, onboarding, matching } = server.tandem.services;
    programmeId = crypto.randomUUID();
    const created = await programmes.create(actor('hr-1'), programmeId, { name: 'RM 2027', startDate: '2027-02-01', endDate: '2027-08-01', meetingsTarget: '6', languages: 'de', coachName: 'Jonas Weber', coachEmail: 'jonas@contoso.com' });
    if (!created.ok) throw new Error(created.reason);
    await programmes.change(actor('hr-1'), programmeId, (p, now) => changeStatus(p, 'enrolling', now));
    await onboarding.submit(actor('anna', 'Anna Berger'), programmeId, { answers: answers('mentor', 'IT', 'artificial-intelligence,big-data'), consent: 'true' });
    await onboarding.submit(actor('bernd', 'Bernd Köhler'), programmeId, { answers: answers('mentee', 'Finanzen', 'artificial-intelligence', 'Wie nutze ich Copilot?'), consent: 'true' });
    await programmes.change(actor('hr-1'), programmeId, (p, now) => changeStatus(p, 'matching', now));
    await matching.propose(actor('hr-1'), programmeId);
    await matching.publish(actor('hr-1'), programmeId);
    await matching.respond(actor('bernd'), programmeId, pairIdOf('anna', 'bernd'), true);
    await matching.bindChat(TENANT_ID, CHAT, ['anna', 'bernd']);
  });
  afterAll(() => server.stop());

  const get = (path: string, user?: string) => fetch(`${server.url}${path}`, { headers: user ? { 'x-tandem-dev-user': `${TENANT_ID}/${user}` } : {} });
  const chatPath = `/api/journey/chat/${encodeURIComponent(CHAT)}?lang=de`;

  test('each member sees the pair\'s journey; the mentor also sees the coach', async () => {
    const asMentee = await get(chatPath, 'bernd');
    expect(asMentee.status).toBe(200);
    const journey = (await asMentee.json()) as Record<string, any>;
    expect(journey).toMatchObject({
      viewer: 'mentee',
      mentor: { name: 'Anna Berger', department: 'IT' },
      mentee: { name: 'Bernd Köhler', department: 'Finanzen' },
      meetings: { held: 0, planned: 0, target: 6 },
      menteeQuestions: 'Wie nutze ich Copilot?',
    });
    expect(journey.topics).toContainEqual({ key: 'artificial-intelligence', name: 'Künstliche Intelligenz', wantedByMentee: true, offeredByMentor: true, discussed: false, planned: false });
    expect(journey.coach).toBeUndefined();
    expect(((await (await get(chatPath, 'anna')).json()) as Record<string, any>).coach).toEqual({ name: 'Jonas Weber', email: 'jonas@contoso.com' });
  });

  test('HR sees the journey without the pair\'s private content', async () => {
    const journey = (await (await get(chatPath, 'hr-1')).json()) as Record<string, any>;
    expect(journey.viewer).toBe('admin');
    expect(journey.menteeQuestions).toBeUndefined();
  });

  test('401 without identity, 403 for someone else, 404 for unknown or malformed chats', async () => {
    expect((await get(chatPath)).status).toBe(401);
    expect((await get(chatPath, 'mallory')).status).toBe(403);
    expect((await get(`/api/journey/chat/${encodeURIComponent('19:unknownchat@thread.v2')}`, 'bernd')).status).toBe(404);
    expect((await get('/api/journey/chat/..%2F..%2Fetc', 'bernd')).status).toBe(404);
  });

  test('`mine` lists the reader\'s own journeys only', async () => {
    expect(((await (await get('/api/journey/mine', 'anna')).json()) as Record<string, any>).journeys).toHaveLength(1);
    expect(((await (await get('/api/journey/mine', 'mallory')).json()) as Record<string, any>).journeys).toEqual([]);
  });
});
