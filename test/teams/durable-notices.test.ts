import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText } from '../harness/card-checker';
import { onboardingAnswers } from '../harness/pair-fixture';
import {
  personalChat,
  teamsUser,
  TENANT_ID,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';
import { testConnectionString } from '../harness/test-storage';
import { addAdmin, changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { askMenteesPlan } from '../../bot/src/domain/notices/notice-plans';
import { noticeQueue } from '../../bot/src/storage/job.queue';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const harry = teamsUser('Harry Reed', { locale: 'en-GB' });
const anna = teamsUser('Anna Berger', { locale: 'de-DE' });
const carl = teamsUser('Carl Mason', { locale: 'en-GB' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const emma = teamsUser('Emma Stone', { locale: 'en-US' });

/**
 * The notices that follow a click are stored before the click is answered, so a server that
 * stops right after answering loses none: the next one sends each exactly once, written for
 * its recipient. The notice worker is stopped here; a test lets it run (`deliver`) or restarts.
 */
describe('notices that follow a click survive a server that stops right after answering', () => {
  let h: Harness;
  let programmeId: string;
  const chats = new Map<TeamsUser, TeamsConversation>();
  const chatOf = (user: TeamsUser) => chats.get(user)!;
  const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: hr.locale };
  /** Every message the fake Teams accepted in the person's personal chat, as text (cards included). */
  const received = (user: TeamsUser) =>
    h.connector.messages(chatOf(user).id).map((m) => (m.attachments?.length ? cardText(cardOf(m)) : String(m.text)));
  const receivedWith = (user: TeamsUser, words: string) => received(user).filter((text) => text.includes(words));
  const notices = () => h.server.hooks.services.notices.ofProgramme(TENANT_ID, programmeId);
  const noticeTo = async (user: TeamsUser, kind: string) =>
    (await notices()).filter((n) => n.recipient === user.aadObjectId && n.subject.kind === kind);
  /**
   * A new server on the same tables and queues, its notice worker running until `until` holds;
   * then stopped (which settles what is in flight) and replaced by one whose worker is stopped.
   */
  const restartAndDeliver = async (until: () => boolean) => {
    await h.restart({}, { noticeWorker: 'running' });
    await h.connector.waitFor(until);
    await h.restart({}, { noticeWorker: 'stopped' });
  };
  const inChatOf = (user: TeamsUser) => new RegExp(chatOf(user).id.slice(2));
  const cardsWithVerb = (user: TeamsUser, verb: string) =>
    h.connector
      .messages(chatOf(user).id)
      .filter((m) => m.attachments?.length)
      .map((m) => cardOf(m))
      .filter((card) => actionsIn(card).some((a) => a.verb === verb));

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId }, noticeWorker: 'stopped' });
    programmeId = crypto.randomUUID();
    const { programmes, matching } = h.server.hooks.services;
    await programmes.create(hrActor, programmeId, {
      name: 'RM 2027',
      startDate: '2027-02-01',
      endDate: '2027-08-01',
      meetingsTarget: '6',
      languages: 'de,en',
      reminderHours: '',
    });
    await programmes.change(hrActor, programmeId, (p) => addAdmin(p, harry.aadObjectId));
    await programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, 'enrolling', now));
    for (const admin of [hr, harry]) {
      chats.set(admin, personalChat());
      await h.post(h.activities.installationUpdate(chatOf(admin), admin, 'add'));
    }
    // Shared topics make the pairs certain: Anna with Bernd, Carl with Emma.
    for (const [user, role, topics] of [
      [anna, 'mentor', 'big-data'],
      [carl, 'mentor', 'error-culture'],
      [bernd, 'mentee', 'big-data'],
      [emma, 'mentee', 'error-culture'],
    ] as const) {
      chats.set(user, personalChat());
      await h.executes(user, chatOf(user), Verbs.submitOnboarding, {
        programmeId,
        ...onboardingAnswers(role, user, { topics }),
      });
    }
    await programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, 'matching', now));
    await matching.propose(hrActor, programmeId);
  });
  afterAll(() => h.stop());

  test('HR publishes (twice, a double click): one question per mentee is stored before the answer, and after a restart each arrives once, in their language', async () => {
    const before = h.connector.calls.length;
    const answers = await Promise.all(
      [1, 2].map(() => h.executes(hr, chatOf(hr), Verbs.publishProposal, { programmeId })),
    );
    expect(answers.map((a) => a.response.statusCode)).toEqual([200, 200]);
    // Stored with the click, nothing sent in the background of the answered turn.
    for (const mentee of [bernd, emma])
      expect(await noticeTo(mentee, 'ask-mentee')).toEqual([expect.objectContaining({ status: 'pending' })]);
    await h.server.stop();
    expect(h.connector.calls.slice(before).filter((c) => c.kind === 'send')).toEqual([]);

    await restartAndDeliver(
      () => receivedWith(bernd, 'Ihr Tandem-Partner').length + receivedWith(emma, 'Your tandem partner').length >= 2,
    );
    expect(cardsWithVerb(bernd, Verbs.confirmPair)).toHaveLength(1);
    expect(cardsWithVerb(emma, Verbs.confirmPair)).toHaveLength(1);
    expect(receivedWith(bernd, 'Ihr Tandem-Partner')).toHaveLength(1);
    expect(receivedWith(emma, 'Your tandem partner')).toHaveLength(1);
    for (const mentee of [bernd, emma])
      expect(await noticeTo(mentee, 'ask-mentee')).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
    expect(receivedWith(bernd, 'Anna Berger')).toHaveLength(1);
    expect(receivedWith(emma, 'Carl Mason')).toHaveLength(1);
  });

  test('the mentees answer: the introduction to Anna survives a 503, Harry (who blocked Tandem) is recorded as not reachable and not tried again', async () => {
    const ask = (user: TeamsUser) => cardsWithVerb(user, Verbs.confirmPair)[0]!;
    const answer = (user: TeamsUser, verb: string) => actionsIn(ask(user)).find((a) => a.verb === verb)!.data;
    await h.executes(
      bernd,
      chatOf(bernd),
      Verbs.confirmPair,
      answer(bernd, Verbs.confirmPair) as Record<string, unknown>,
    );
    await h.executes(emma, chatOf(emma), Verbs.declinePair, answer(emma, Verbs.declinePair) as Record<string, unknown>);
    expect(await noticeTo(anna, 'introduce-mentor')).toEqual([expect.objectContaining({ status: 'pending' })]);
    // The introduction itself: Anna also gets her mentor kit now, and a read of her sign-in address
    // may come first; either taking the fault would let the introduction through at its first try.
    h.connector.inject({ status: 503, path: inChatOf(anna), kind: 'send', bodyIncludes: 'Ihr Tandem-Partner' });
    // Only the first call fails: a retry would reach Harry, so none may happen.
    h.connector.inject({ status: 403, path: inChatOf(harry), kind: 'send' });
    // Sends only: installing Tandem also reads his sign-in address (sign-in-capture.ts).
    const harryCalls = () => h.connector.calls.filter((c) => c.kind !== 'read' && inChatOf(harry).test(c.path));
    await h.server.stop();

    await restartAndDeliver(
      () => receivedWith(anna, 'Ihr Tandem-Partner: Bernd').length === 1 && receivedWith(hr, 'abgelehnt').length === 1,
    );
    expect(receivedWith(anna, 'Ihr Tandem-Partner')).toHaveLength(1);
    expect(await noticeTo(anna, 'introduce-mentor')).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2 }),
    ]);
    expect(receivedWith(hr, 'Emma Stone hat das Tandem mit')).toHaveLength(1);
    expect(received(harry)).toEqual([]);
    expect(await noticeTo(harry, 'pair-declined')).toEqual([
      expect.objectContaining({ status: 'not-reachable', reason: 'app-removed', httpStatus: 403, attempts: 1 }),
    ]);
    expect(harryCalls()).toHaveLength(1);
    // Queued again and looked at by a running worker: a final row is never sent again.
    h.clock.advance(10 * 60_000);
    expect(await h.server.hooks.services.notices.sweep()).toBe(0);
    expect(await h.server.hooks.notices.drain()).toBe(0);
    expect(harryCalls()).toHaveLength(1);
  });

  test('Anna deletes her data; the notices are stored but their queue message is lost: the sweep finds them, and Bernd and each admin are told once, in their language', async () => {
    await h.executes(anna, chatOf(anna), Verbs.confirmDeleteMyData);
    const lost = noticeQueue(
      { kind: 'connection-string', connectionString: testConnectionString() },
      h.server.tablePrefix,
    );
    const messages = await lost.receive(32, 60_000);
    expect(messages).toHaveLength(1);
    await lost.complete(messages[0]!); // as if the server had died between the rows and the queue message
    expect(await h.server.hooks.notices.drain()).toBe(0);
    expect(await h.server.hooks.services.notices.sweep()).toBe(0); // not yet: the message may still be on its way

    h.clock.advance(6 * 60_000);
    expect(await h.server.hooks.services.notices.sweep()).toBe(1);
    expect(await h.server.hooks.notices.drain()).toBe(1);
    expect(receivedWith(bernd, 'Ihr Tandem ist beendet: Ihr Gegenüber hat das Programm verlassen')).toHaveLength(1);
    expect(receivedWith(hr, 'Ein Tandem ist beendet')).toHaveLength(1);
    expect(receivedWith(hr, 'Anna')).toEqual([]);
    const forHarry = await noticeTo(harry, 'pair-ended');
    expect(forHarry).toEqual([expect.objectContaining({ status: 'sent' })]);
    expect(receivedWith(harry, 'A tandem has ended')).toHaveLength(1);
    expect(JSON.stringify(await notices())).not.toContain(anna.aadObjectId);
    expect(await h.server.hooks.services.notices.sweep()).toBe(0);
  });

  test('a question whose pair no longer waits for it is skipped when its turn comes, and recorded as such', async () => {
    // Emma declined Carl: a confirmation question for that pair, still queued from before, must not reach her.
    const declined = (await h.server.hooks.services.matching.pairsOf(TENANT_ID, emma.aadObjectId))[0]!;
    expect(declined.status).toBe('declined');
    const before = received(emma).length;
    await h.server.hooks.services.notices.record(askMenteesPlan([{ ...declined, createdAt: 'an earlier publish' }]));
    expect(await h.server.hooks.notices.drain()).toBe(1);
    expect(received(emma)).toHaveLength(before);
    expect((await noticeTo(emma, 'ask-mentee')).map((n) => [n.status, n.reason])).toEqual(
      expect.arrayContaining([['skipped', 'obsolete']]),
    );
  });
});
