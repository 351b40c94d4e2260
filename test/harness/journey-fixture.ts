import { addMaterial, changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { pairIdOf } from '../../bot/src/domain/pairing/pair';
import { setAgenda, type Meeting } from '../../bot/src/domain/meetings';
import { MeetingTableRepository } from '../../bot/src/storage/meeting.table-repositories';
import { TableStore } from '../../bot/src/storage/table-store';
import type { TestClock, TestTandem } from './test-server';
import { testConnectionString } from './test-storage';
import { TENANT_ID } from './teams-activities';

/** The seeded pair: Anna (mentor, London) and Bernd (mentee, Berlin), bound to CHAT. */
export const JOURNEY = {
  chatId: '19:3f2a9c0d1e2b4a5f8c7d6e5f4a3b2c1d@thread.v2',
  otherChatId: '19:0000aaaa1111bbbb2222cccc3333dddd@thread.v2',
  hr: 'hr-1',
  mentor: 'anna',
  mentee: 'bernd',
  pairId: pairIdOf('anna', 'bernd'),
  /** The Teams join link the pair pasted on meeting 2's card. */
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0',
  /** Each member's private note on meeting 1: only its author may ever see it. */
  menteeNote: 'Mehr Zeit für eigene Übungen einplanen.',
  mentorNote: 'Nächstes Mal eine Live-Demo vorbereiten.',
  /** The clock the fixture leaves behind: between meeting 1 (held) and meeting 2 (planned). */
  now: new Date('2027-03-20T08:00:00Z'),
} as const;

const actor = (aadObjectId: string, name = aadObjectId) => ({
  tenantId: TENANT_ID,
  aadObjectId,
  displayName: name,
  locale: 'de-DE',
});
const answers = (role: string, department: string, topics: string, timeZone: string, ownTopics = '') => ({
  role,
  department,
  location: 'Köln',
  timeZone,
  languages: 'de,en',
  topics,
  ownTopics,
  goals: '',
  availability: 'tue-am,thu-pm',
  format: 'online',
  capacity: '1',
});

/**
 * Seeds a running programme with one confirmed pair bound to a chat, a second pair without a
 * chat (for HR's flags), meeting 1 held on AI with both members' feedback and meeting 2 planned on big data, all through the
 * real services on Azurite. Returns the programme id.
 */
export async function seedJourney(server: TestTandem, clock: TestClock): Promise<string> {
  const { programmes, onboarding, matching, meetings } = server.hooks.services;
  const programmeId = crypto.randomUUID();
  clock.set(new Date('2027-03-01T08:00:00Z'));
  const created = await programmes.create(actor(JOURNEY.hr), programmeId, {
    name: 'Reverse Mentoring 2027',
    startDate: '2027-02-01',
    endDate: '2027-08-01',
    meetingsTarget: '6',
    languages: 'de,en',
    coachName: 'Jonas Weber',
    coachEmail: 'jonas@contoso.com',
  });
  if (!created.ok) throw new Error(created.reason);
  await programmes.change(actor(JOURNEY.hr), programmeId, (p, now) => changeStatus(p, 'enrolling', now));
  await programmes.change(actor(JOURNEY.hr), programmeId, (p) =>
    addMaterial(p, { id: 'm-briefing', title: 'Mentor briefing', url: 'https://contoso.sharepoint.com/briefing' }),
  );
  await programmes.change(actor(JOURNEY.hr), programmeId, (p) =>
    addMaterial(p, {
      id: 'm-data',
      title: 'Data literacy in 20 minutes',
      url: 'https://contoso.sharepoint.com/data',
      topicKey: 'big-data',
    }),
  );
  const people = [
    [
      JOURNEY.mentor,
      'Anna Berger',
      answers('mentor', 'IT', 'artificial-intelligence,big-data,digital-networking', 'Europe/London'),
    ],
    [
      JOURNEY.mentee,
      'Bernd Köhler',
      answers(
        'mentee',
        'Finanzen',
        'artificial-intelligence,big-data,error-culture',
        'Europe/Berlin',
        'Wie nutze ich Copilot im Vorstand?',
      ),
    ],
    ['carla', 'Carla Diaz', answers('mentor', 'Marketing', 'digital-reputation', 'Europe/Berlin')],
    ['dieter', 'Dieter Hahn', answers('mentee', 'Vertrieb', 'digital-reputation', 'Europe/Berlin')],
  ] as const;
  for (const [id, name, form] of people)
    await onboarding.submit(actor(id, name), programmeId, { answers: form, consent: 'true' });
  await programmes.change(actor(JOURNEY.hr), programmeId, (p, now) => changeStatus(p, 'matching', now));
  await matching.propose(actor(JOURNEY.hr), programmeId);
  await matching.publish(actor(JOURNEY.hr), programmeId);
  await matching.respond(actor(JOURNEY.mentee), programmeId, JOURNEY.pairId, true);
  await matching.respond(actor('dieter'), programmeId, pairIdOf('carla', 'dieter'), true);
  await matching.bindChat(TENANT_ID, JOURNEY.chatId, [JOURNEY.mentor, JOURNEY.mentee]);
  await programmes.change(actor(JOURNEY.hr), programmeId, (p, now) => changeStatus(p, 'running', now));

  const first = await meetings.schedule(actor(JOURNEY.mentee), programmeId, JOURNEY.pairId, {
    date: '2027-03-09',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: '60',
    format: 'online',
  });
  if (!first.ok) throw new Error(String(first.reason));
  clock.set(new Date('2027-03-09T10:30:00Z'));
  await meetings.checkIn(actor(JOURNEY.mentor), programmeId, JOURNEY.pairId, first.value.id, 'held');
  for (const [who, answers] of [
    [
      JOURNEY.mentee,
      {
        rating: '5',
        topicsCovered: 'artificial-intelligence',
        learning: 'Copilot fasst Vorstandsvorlagen in Minuten zusammen.',
        privateNote: JOURNEY.menteeNote,
        shareAsGoodPractice: 'false',
      },
    ],
    [
      JOURNEY.mentor,
      {
        rating: '4',
        topicsCovered: 'artificial-intelligence,collaboration-tools',
        learning: 'Beispiele aus dem Finanzbereich machen KI greifbar.',
        privateNote: JOURNEY.mentorNote,
        shareAsGoodPractice: 'true',
      },
    ],
  ] as const) {
    const given = await server.hooks.services.feedback.submit(
      actor(who),
      programmeId,
      JOURNEY.pairId,
      first.value.id,
      answers,
    );
    if (!given.ok) throw new Error(`feedback: ${String(given.reason)}`);
  }
  const second = await meetings.schedule(actor(JOURNEY.mentor), programmeId, JOURNEY.pairId, {
    date: '2027-03-23',
    time: '16:00',
    timeZone: 'Europe/London',
    durationMinutes: '60',
    format: 'online',
  });
  if (!second.ok) throw new Error(String(second.reason));
  await withAgenda(server, first.value, 'artificial-intelligence');
  await withAgenda(server, second.value, 'big-data');
  const joinable = await meetings.setJoinLink(
    actor(JOURNEY.mentor),
    programmeId,
    JOURNEY.pairId,
    second.value.id,
    JOURNEY.joinUrl,
  );
  if (!joinable.ok) throw new Error(String(joinable.reason));
  clock.set(JOURNEY.now);
  return programmeId;
}

// Agendas come from topic polls; the fixture sets one directly on the meeting (the journey reads only its topic key).
async function withAgenda(server: TestTandem, meeting: Meeting, topicKey: string): Promise<void> {
  const repository = new MeetingTableRepository(
    new TableStore({
      connection: { kind: 'connection-string', connectionString: testConnectionString() },
      tablePrefix: server.tablePrefix,
    }),
  );
  const stored = await repository.get(meeting.programmeId, meeting.pairId, meeting.id);
  if (
    !stored ||
    (await repository.update(
      setAgenda(stored.value, {
        topicKey,
        titles: { en: topicKey, de: topicKey },
        setBy: 'poll',
        at: stored.value.createdAt,
      }),
      stored.etag,
    )) !== 'written'
  )
    throw new Error('agenda not written');
}
