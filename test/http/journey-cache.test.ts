import { addMaterial } from '../../bot/src/domain/programme/programme-changes';
import type { Meeting } from '../../bot/src/domain/meetings';
import { writingPair, type PairRevisions } from '../../bot/src/services/pair-revisions';
import { MeetingTableRepository } from '../../bot/src/storage/meeting.table-repositories';
import { PairRevisionTableRepository } from '../../bot/src/storage/pair-revision.table-repository';
import { PairTableRepository } from '../../bot/src/storage/pairing.table-repositories';
import { ProfileTableRepository } from '../../bot/src/storage/profile.table-repository';
import { JOURNEY, seedJourney } from '../harness/journey-fixture';
import { TENANT_ID } from '../harness/teams-activities';
import { startTestTandem, TestClock, type TestTandem } from '../harness/test-server';
import { testTableStore, uniqueTablePrefix } from '../harness/test-storage';

type Json = Record<string, any>;

const actor = (aadObjectId: string) => ({
  tenantId: TENANT_ID,
  aadObjectId,
  displayName: aadObjectId,
  locale: 'de-DE',
});
const chatPath = `/api/journey/chat/${encodeURIComponent(JOURNEY.chatId)}?lang=de`;

/**
 * The journey cache of each instance is checked against the pair's revision token on every
 * request, so a change made through any path, on any instance, shows on the next read.
 * Two servers share one set of tables here, as two instances share one storage account.
 */
describe('journey cache across two instances', () => {
  let a: TestTandem;
  let b: TestTandem;
  const clockA = new TestClock();
  const clockB = new TestClock(JOURNEY.now);
  let programmeId: string;
  let tablePrefix: string;

  beforeAll(async () => {
    tablePrefix = uniqueTablePrefix();
    a = await startTestTandem({ tablePrefix, clock: clockA, env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr } });
    b = await startTestTandem({ tablePrefix, clock: clockB, env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr } });
    programmeId = await seedJourney(a, clockA);
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
  });

  /** Reads the journey twice through the tab API (the second read is served from the instance's cache) and checks they agree. */
  const journeyOn = async (server: TestTandem, user: string): Promise<Json> => {
    const read = async () => {
      const response = await fetch(`${server.url}${chatPath}`, {
        headers: { 'x-tandem-dev-user': `${TENANT_ID}/${user}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as Json;
    };
    const first = await read();
    expect(await read()).toEqual(first);
    return first;
  };
  const meetingsRepository = (revisions?: PairRevisions) =>
    new MeetingTableRepository(testTableStore(tablePrefix), revisions);
  const plannedMeeting = async (): Promise<Meeting> =>
    (await meetingsRepository().list(programmeId, JOURNEY.pairId))
      .map((m) => m.value)
      .find((m) => m.status === 'planned')!;

  test('a meeting scheduled on A shows in the next read on B', async () => {
    expect((await journeyOn(b, JOURNEY.mentee)).meetings).toMatchObject({ held: 1, planned: 1 });
    const scheduled = await a.hooks.services.meetings.schedule(actor(JOURNEY.mentor), programmeId, JOURNEY.pairId, {
      date: '2027-04-06',
      time: '16:00',
      timeZone: 'Europe/London',
      durationMinutes: '60',
      format: 'online',
    });
    expect(scheduled.ok).toBe(true);
    expect((await journeyOn(b, JOURNEY.mentee)).meetings).toMatchObject({ held: 1, planned: 2 });
  });

  test('a topic poll opened on A, and a vote on it, show in the next read on B', async () => {
    expect((await journeyOn(b, JOURNEY.mentee)).poll).toBeUndefined();
    const opened = await a.hooks.services.polls.openOnDemand(actor(JOURNEY.mentee), programmeId, JOURNEY.pairId);
    if (!opened.ok) throw new Error(String(opened.reason));
    expect((await journeyOn(b, JOURNEY.mentee)).poll).toMatchObject({ voted: [] });
    const ref = { programmeId, pairId: JOURNEY.pairId, pollId: opened.value.poll.id };
    expect((await a.hooks.services.polls.vote(actor(JOURNEY.mentor), ref, opened.value.options[0]!.id, true)).ok).toBe(
      true,
    );
    const poll = (await journeyOn(b, JOURNEY.mentee)).poll;
    expect(poll.voted).toEqual(['Anna Berger']);
    expect(poll.options[0].voters).toEqual(['Anna Berger']);
  });

  test('feedback with a private note given on A: on B its author sees the note at once, the partner and HR never, also from the cache', async () => {
    const planned = await plannedMeeting();
    clockA.set(new Date(new Date(planned.startsAt).getTime() + 90 * 60_000));
    expect(
      (await a.hooks.services.meetings.checkIn(actor(JOURNEY.mentee), programmeId, JOURNEY.pairId, planned.id, 'held'))
        .ok,
    ).toBe(true);
    expect((await journeyOn(b, JOURNEY.mentor)).learnings.privateNotes).toHaveLength(1);
    const note = 'Zweites Treffen: nächstes Mal Excel-Beispiele mitbringen.';
    const given = await a.hooks.services.feedback.submit(
      actor(JOURNEY.mentor),
      programmeId,
      JOURNEY.pairId,
      planned.id,
      {
        rating: '5',
        topicsCovered: 'big-data',
        learning: 'Daten erzählen Geschichten.',
        privateNote: note,
        shareAsGoodPractice: 'false',
      },
    );
    expect(given.ok).toBe(true);

    const mentor = await journeyOn(b, JOURNEY.mentor);
    expect(mentor.meetings).toMatchObject({ held: 2 });
    expect(mentor.learnings.privateNotes.map((n: Json) => n.text)).toEqual([JOURNEY.mentorNote, note]);
    const mentee = await journeyOn(b, JOURNEY.mentee);
    expect(mentee.learnings.shared.map((l: Json) => l.text)).toContain('Daten erzählen Geschichten.');
    expect(mentee.learnings.privateNotes.map((n: Json) => n.text)).toEqual([JOURNEY.menteeNote]);
    const hr = await journeyOn(b, JOURNEY.hr);
    expect(hr.learnings).toBeUndefined();
    for (const secret of [note, JOURNEY.mentorNote]) expect(JSON.stringify(mentee)).not.toContain(secret);
    for (const secret of [note, JOURNEY.mentorNote, JOURNEY.menteeNote, 'Daten erzählen', '"rating"'])
      expect(JSON.stringify(hr)).not.toContain(secret);
  });

  test('the cache is really used: a write that bypasses the revision stays unseen until the token moves, also after a minute (the snapshot is kept under the token)', async () => {
    const before = await journeyOn(b, JOURNEY.mentee);
    const silent = meetingsRepository({
      begin: async () => undefined,
      settle: async () => {},
      current: async () => undefined,
      keepSnapshot: async () => {},
      forget: async () => {},
    });
    const revisions = new PairRevisionTableRepository(testTableStore(tablePrefix));
    const rename = async (place: string) => {
      const stored = (await silent.list(programmeId, JOURNEY.pairId)).find((m) => m.value.status === 'planned')!;
      expect(await silent.update({ ...stored.value, format: 'in-person', place }, stored.etag)).toBe('written');
    };
    const placeOnB = async () =>
      (await journeyOn(b, JOURNEY.mentee)).timeline.find((e: Json) => e.kind === 'planned').place;

    await rename('Raum 4.12');
    expect(await placeOnB()).toBe(before.timeline.find((e: Json) => e.kind === 'planned').place);
    await writingPair(revisions, { programmeId, pairId: JOURNEY.pairId }, async () => {});
    expect(await placeOnB()).toBe('Raum 4.12');

    await rename('Kantine');
    expect(await placeOnB()).toBe('Raum 4.12');
    clockB.advance(60_001);
    expect(await placeOnB()).toBe('Raum 4.12');
    await writingPair(revisions, { programmeId, pairId: JOURNEY.pairId }, async () => {});
    expect(await placeOnB()).toBe('Kantine');
  });

  test('a profile edit, on any path, shows in the journeys of both instances at once (it moves the pair revision)', async () => {
    const profiles = new ProfileTableRepository(testTableStore(tablePrefix));
    const department = (journey: Json) => journey.mentee.department;
    const before = department(await journeyOn(b, JOURNEY.mentee));
    expect(department(await journeyOn(a, JOURNEY.mentor))).toBe(before);
    const stored = (await profiles.get(programmeId, JOURNEY.mentee))!;
    expect(await profiles.update({ ...stored.value, department: 'Konzernstrategie' }, stored.etag)).toBe('written');
    for (const [server, user] of [
      [a, JOURNEY.mentor],
      [b, JOURNEY.mentee],
    ] as const)
      expect(department(await journeyOn(server, user))).toBe('Konzernstrategie');
    // A new instance reads the snapshot stored under the new token: the new department, too.
    await a.tandem.idle();
    const c = await startTestTandem({
      tablePrefix,
      clock: new TestClock(JOURNEY.now),
      env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr },
    });
    try {
      expect(department(await journeyOn(c, JOURNEY.mentee))).toBe('Konzernstrategie');
    } finally {
      await c.stop();
    }
  });

  test('programme edits: at once on the instance that made them, within a minute on the other', async () => {
    const material = {
      id: 'm-new',
      title: 'Prompting für Führungskräfte',
      url: 'https://contoso.sharepoint.com/prompting',
    };
    const titles = (journey: Json) => journey.materials.map((m: Json) => m.title);
    expect(titles(await journeyOn(a, JOURNEY.mentee))).not.toContain(material.title);
    expect(titles(await journeyOn(b, JOURNEY.mentee))).not.toContain(material.title);
    await a.hooks.services.programmes.change(actor(JOURNEY.hr), programmeId, (p) => addMaterial(p, material));
    expect(titles(await journeyOn(a, JOURNEY.mentee))).toContain(material.title);
    clockB.advance(60_001);
    expect(titles(await journeyOn(b, JOURNEY.mentee))).toContain(material.title);
  });

  test('a pair bound to a new chat on A: on B the old chat (whose key B remembers) answers 404, the new one the journey', async () => {
    const status = (server: TestTandem, chatId: string) =>
      fetch(`${server.url}/api/journey/chat/${encodeURIComponent(chatId)}`, {
        headers: { 'x-tandem-dev-user': `${TENANT_ID}/${JOURNEY.mentee}` },
      }).then((r) => r.status);
    expect(await status(b, JOURNEY.chatId)).toBe(200);
    expect(
      await a.hooks.services.matching.bindChat(TENANT_ID, JOURNEY.otherChatId, [JOURNEY.mentor, JOURNEY.mentee]),
    ).toMatchObject({ chatId: JOURNEY.otherChatId });
    expect(await status(b, JOURNEY.chatId)).toBe(404);
    expect(await status(b, JOURNEY.otherChatId)).toBe(200);
    expect(
      (await a.hooks.services.matching.bindChat(TENANT_ID, JOURNEY.chatId, [JOURNEY.mentor, JOURNEY.mentee]))?.chatId,
    ).toBe(JOURNEY.chatId);
  });

  test('a pair that ended (an update of the pair moves its revision) is gone on both instances at once', async () => {
    const pairs = new PairTableRepository(testTableStore(tablePrefix));
    const stored = (await pairs.get(programmeId, JOURNEY.pairId))!;
    expect(
      await pairs.update(
        { ...stored.value, status: 'ended', endedAt: JOURNEY.now.toISOString(), endReason: 'test' },
        stored.etag,
      ),
    ).toBe('written');
    for (const server of [a, b]) {
      const response = await fetch(`${server.url}${chatPath}`, {
        headers: { 'x-tandem-dev-user': `${TENANT_ID}/${JOURNEY.mentee}` },
      });
      expect(response.status).toBe(404);
    }
  });
});
