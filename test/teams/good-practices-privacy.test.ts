import { changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { Verbs } from '../../bot/src/teams/verbs';
import { actionsIn, cardOf, cardText } from '../harness/card-checker';
import { Harness } from '../harness/harness';
import { actorOf, runningPair, type PairFixture } from '../harness/pair-fixture';
import {
  personalChat,
  teamChannel,
  teamsUser,
  TENANT_ID,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const DAY = 24 * 60 * 60 * 1000;

/**
 * A person's good practices in "my data", "delete my data" and retention: each practice is
 * shared, curated and published through the endpoint, as people do it.
 */
describe('good practices and personal data', () => {
  let h: Harness;
  let pair: PairFixture;
  const hrChat = personalChat();
  const newsChannel = teamChannel('Reverse Mentoring', 'Programm-News');
  const chatOf = (user: TeamsUser): TeamsConversation =>
    user === hr ? hrChat : pair.personalChats.get(user.aadObjectId)!;
  const all = () => h.server.hooks.services.feedback.goodPracticeSubmissions(pair.programmeId);
  const byTitle = async (title: string) => (await all()).find((p) => p.title === title);

  /** The author shares through `share a practice`; returns the practice's id. */
  const share = async (user: TeamsUser, title: string, credit: string, onAuthorDeletion: string) => {
    const [reply] = await h.says(user, chatOf(user), 'share a practice');
    const button = actionsIn(cardOf(reply)).find((a) => a.verb === Verbs.sharePractice)!;
    const data = {
      ...(button.data as Record<string, string>),
      title,
      text: `${title}: what worked`,
      topic: 'big-data',
    };
    await h.executes(user, chatOf(user), Verbs.sharePractice, { ...data, credit, onAuthorDeletion });
    return (button.data as { submissionId: string }).submissionId;
  };
  /** The practice's post in the news channel, and the card it was replaced with (once, exactly). */
  const postOf = (title: string) =>
    h.connector.calls.find(
      (c) => c.kind === 'send' && c.conversationId === newsChannel.id && JSON.stringify(c.body).includes(title),
    );
  const updatedPost = (title: string) => {
    const updates = h.connector.calls.filter(
      (c) => c.kind === 'update' && c.activityId === postOf(title)!.created?.activityId,
    );
    expect(updates).toHaveLength(1);
    return cardText(cardOf(updates[0]!.body!));
  };
  /** HR approves as it is and publishes to the news channel. */
  const publish = async (practiceId: string, title: string) => {
    const ref = { programmeId: pair.programmeId, practiceId };
    await h.executes(hr, hrChat, Verbs.approvePractice, {
      ...ref,
      title,
      text: `${title}: what worked`,
      topics: 'big-data',
    });
    await h.executes(hr, hrChat, Verbs.publishPractice, { ...ref, news: 'true', community: 'false' });
  };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId, RETENTION_DAYS: '180' } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    pair = await runningPair(h, { hr, mentor: anna, mentee: bernd });
    await h.post(h.activities.installationUpdate(hrChat, hr, 'add'));
    await h.says(hr, newsChannel, 'news-kanal');
    h.server.hooks.broadcasts.worker.start();
    const kept = await share(anna, 'Kept anonymised', 'named', 'anonymise');
    const removed = await share(anna, 'Removed with me', 'named', 'remove');
    await share(anna, 'Still waiting', 'anonymous', 'remove');
    const takenBack = await share(anna, 'Taken back', 'named', 'remove');
    const anonymous = await share(bernd, 'Anonym geteilt', 'anonymous', 'remove');
    const named = await share(bernd, 'Mit Namen geteilt', 'named', 'anonymise');
    for (const [id, title] of [
      [kept, 'Kept anonymised'],
      [removed, 'Removed with me'],
      [takenBack, 'Taken back'],
      [anonymous, 'Anonym geteilt'],
      [named, 'Mit Namen geteilt'],
    ] as const)
      await publish(id, title);
  });
  afterAll(() => h.stop());

  test('an author withdraws a practice from its card: it leaves the library, and its channel post says only that it was withdrawn', async () => {
    const practice = (await byTitle('Taken back'))!;
    await h.connector.waitFor(() => !!postOf('Taken back'), 10_000);
    const { response } = await h.executes(anna, chatOf(anna), Verbs.withdrawPractice, {
      programmeId: pair.programmeId,
      practiceId: practice.id,
    });
    expect(cardText(response.value)).toContain('✓ Withdrawn.');
    expect((await byTitle('Taken back'))!.status).toBe('withdrawn');
    const library = await h.server.hooks.services.practiceLibrary.forReader({
      tenantId: TENANT_ID,
      aadObjectId: bernd.aadObjectId,
      language: 'de',
    });
    expect(library.practices.map((p) => p.title)).not.toContain('Taken back');
    // In the news channel (readers of both languages) nothing of it stays: neither text nor author.
    expect(updatedPost('Taken back')).toBe(
      'Gutes Beispiel · Good practice\nDieses gute Beispiel wurde zurückgezogen und wird nicht mehr geteilt. · This good practice has been withdrawn: it is no longer shared.',
    );
  });

  test('"my data" includes the person’s practices, whatever their state', async () => {
    const exported = await h.server.hooks.services.privacy.export({
      tenantId: TENANT_ID,
      aadObjectId: anna.aadObjectId,
    });
    const titles = (exported.data.goodPractices as Array<{ title: string }>).map((p) => p.title);
    expect(titles.sort()).toEqual(['Kept anonymised', 'Removed with me', 'Still waiting', 'Taken back']);
  });

  test('"delete my data": her submissions go; a published one she chose to keep stays, anonymised', async () => {
    await h.connector.waitFor(() => !!postOf('Kept anonymised') && !!postOf('Removed with me'), 10_000);
    await h.executes(anna, chatOf(anna), Verbs.confirmDeleteMyData);
    // Her name leaves the news channel too: the kept practice's post is drawn again without it,
    // the removed one's post says only that it was withdrawn.
    const kept = updatedPost('Kept anonymised');
    expect(kept).toContain('Kept anonymised');
    expect(kept).not.toContain('Anna Berger');
    expect(kept).toContain('ein Mentor · a mentor');
    const removed = updatedPost('Removed with me');
    expect(removed).not.toContain('Removed with me');
    expect(removed).toContain('This good practice has been withdrawn');
    const left = await all();
    expect(left.map((p) => p.title).sort()).toEqual(['Anonym geteilt', 'Kept anonymised', 'Mit Namen geteilt']);
    expect(await byTitle('Kept anonymised')).toMatchObject({ status: 'published', credit: 'anonymous', authorId: '' });
    expect(JSON.stringify(left)).not.toContain(anna.aadObjectId);
    expect(JSON.stringify(left)).not.toContain('Anna Berger');
    const exported = await h.server.hooks.services.privacy.export({
      tenantId: TENANT_ID,
      aadObjectId: anna.aadObjectId,
    });
    expect(exported.data.goodPractices).toEqual([]);
  });

  test('retention of the closed programme keeps only the anonymous published practices, without their authors', async () => {
    const move = (to: 'running' | 'closed') =>
      h.server.hooks.services.programmes.change(actorOf(hr), pair.programmeId, (p, now) => changeStatus(p, to, now));
    await move('running'); // a no-op where it already runs
    expect(await move('closed')).toMatchObject({ ok: true });
    // The programme ended on 1 August 2027; 180 days of retention after that.
    h.clock.set(new Date(Date.parse('2027-08-01T00:00:00Z') + 181 * DAY));
    expect((await h.server.hooks.services.retention.run()).purgedProgrammes).toEqual([pair.programmeId]);
    const left = await all();
    expect(left.map((p) => p.title).sort()).toEqual(['Anonym geteilt', 'Kept anonymised']);
    for (const practice of left)
      expect(practice).toMatchObject({ status: 'published', authorId: '', credit: 'anonymous' });
    expect(JSON.stringify(left)).not.toContain(bernd.aadObjectId);
  });
});
