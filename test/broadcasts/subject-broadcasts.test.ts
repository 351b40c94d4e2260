import { randomUUID } from 'node:crypto';
import type { Broadcast, BroadcastSubject } from '../../bot/src/domain/broadcasts/broadcast';
import type { Recipient } from '../../bot/src/domain/broadcasts';
import { RecipientTableRepository } from '../../bot/src/storage/recipient.table-repository';
import { SubjectCardMakers, type SubjectReader } from '../../bot/src/teams/broadcasts/subject-cards';
import { FakeConnector } from '../harness/fake-connector';
import { startTestTandem, TestClock, type TestTandem } from '../harness/test-server';
import { aProgramme, hrActor, participants, queueNews } from './support/news-setup';

const HR = '5d2f0c1e-0000-4000-8000-0000000000b2';
const hr = hrActor(HR);

/** A maker that writes the reader into the card, so the test sees which card each recipient got. */
const echoMaker = {
  async cardFor(broadcast: Broadcast & { subject: BroadcastSubject }, reader: SubjectReader) {
    return {
      type: 'AdaptiveCard' as const,
      version: '1.5',
      body: [
        { type: 'TextBlock', text: `${broadcast.subject.id} for ${reader.target} in ${reader.languages.join('+')}` },
      ],
    };
  },
};

const waitUntil = async (condition: () => Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe("a feature's own card through the broadcast fan-out", () => {
  let connector: FakeConnector;
  let server: TestTandem;
  beforeEach(async () => {
    connector = await new FakeConnector().start();
    server = await startTestTandem({
      clock: new TestClock(new Date()),
      env: { TANDEM_BOOTSTRAP_ADMINS: HR, TENANT_RATE_PER_SECOND: '200' },
      broadcastTuning: { reportIntervalMs: 1000 },
    });
  });
  afterEach(async () => {
    await server.stop();
    await connector.stop();
  });
  const done = (broadcastId: string) => async () =>
    (await server.hooks.broadcasts.fanOut.progress(hr.tenantId, broadcastId))?.broadcast.status === 'done';
  const texts = (conversationId: string) =>
    connector.messages(conversationId).map((m) => JSON.stringify(m.attachments[0].content));

  test("each mentor gets the maker's card in their language, once; mentees get nothing; news still gets the news card", async () => {
    server.hooks.subjectCards.register('sample', echoMaker);
    const programmeId = await aProgramme(server.hooks, hr);
    const people = await participants(server.hooks, connector, programmeId, 6);
    const request = {
      broadcastId: randomUUID(),
      programmeId,
      subject: { kind: 'sample', id: 'item-1' },
      titles: { de: 'Einweisung', en: 'Briefing' },
      audience: ['mentors' as const],
    };
    const queued = await server.hooks.services.subjectBroadcasts.queue(hr, request);
    // A double click queues the same broadcast again, not a second one.
    const again = await server.hooks.services.subjectBroadcasts.queue(hr, request);
    expect(queued.ok && again.ok && again.value.id === queued.value.id).toBe(true);
    server.hooks.broadcasts.startFanOut(hr.tenantId, request.broadcastId);
    server.hooks.broadcasts.startFanOut(hr.tenantId, request.broadcastId);
    server.hooks.broadcasts.worker.start();
    await waitUntil(done(request.broadcastId));
    for (const person of people) {
      const expected = person.role === 'mentor' ? [`item-1 for ${person.aadObjectId} in ${person.language}`] : [];
      expect(texts(person.conversationId).map((card) => JSON.parse(card).body[0].text)).toEqual(expected);
    }
    const stored = await server.hooks.services.broadcasts.get(hr, request.broadcastId);
    expect(stored.ok && stored.value.subject).toEqual({ kind: 'sample', id: 'item-1' });
    expect(stored.ok && stored.value.content.versions.de?.title).toBe('Einweisung');

    const newsId = await queueNews(server.hooks, hr, programmeId, connector);
    server.hooks.broadcasts.startFanOut(hr.tenantId, newsId);
    await waitUntil(done(newsId));
    for (const person of people)
      expect(texts(person.conversationId).at(-1)).toContain(person.language === 'de' ? 'Auftakt' : 'Kick-off');
  });

  test('a subject no maker knows is not sent, and the row says rejected; non-admins cannot queue', async () => {
    const programmeId = await aProgramme(server.hooks, hr);
    const people = await participants(server.hooks, connector, programmeId, 2);
    const request = {
      broadcastId: randomUUID(),
      programmeId,
      subject: { kind: 'unknown', id: 'x' },
      titles: { en: 'Nothing' },
      audience: ['participants' as const],
    };
    const stranger = { ...hr, aadObjectId: randomUUID() };
    expect(await server.hooks.services.subjectBroadcasts.queue(stranger, request)).toMatchObject({
      ok: false,
      reason: 'not-admin',
    });
    expect(await server.hooks.services.subjectBroadcasts.queue(hr, request)).toMatchObject({ ok: true });
    server.hooks.broadcasts.startFanOut(hr.tenantId, request.broadcastId);
    server.hooks.broadcasts.worker.start();
    await waitUntil(done(request.broadcastId));
    const rows = await new RecipientTableRepository(server.hooks.store).list(request.broadcastId);
    expect(rows.map((row) => [row.status, row.reason])).toEqual(people.map(() => ['failed', 'rejected']));
    for (const person of people) expect(texts(person.conversationId)).toEqual([]);
  });
});

test('a channel is asked for a card in every language, a person in theirs', async () => {
  const makers = new SubjectCardMakers();
  const readers: SubjectReader[] = [];
  makers.register('sample', {
    cardFor: async (_b, reader) => (readers.push(reader), { type: 'AdaptiveCard' as const, version: '1.5' }),
  });
  expect(() => makers.register('sample', echoMaker)).toThrow(/already registered/);
  const broadcast = { subject: { kind: 'sample', id: 'i' } } as Broadcast & { subject: BroadcastSubject };
  await makers.cardFor(broadcast, { kind: 'channel', target: 'news', language: 'all' } as Recipient);
  await makers.cardFor(broadcast, { kind: 'person', target: 'p1', language: 'de' } as Recipient);
  expect(readers).toEqual([
    { kind: 'channel', target: 'news', languages: ['de', 'en'] },
    { kind: 'person', target: 'p1', languages: ['de'] },
  ]);
  expect(await makers.cardFor({ ...broadcast, subject: { kind: 'other', id: 'i' } }, {} as Recipient)).toBeUndefined();
});
