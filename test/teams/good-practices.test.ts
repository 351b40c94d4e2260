import { addAdmin } from '../../bot/src/domain/programme/programme-changes';
import { Verbs } from '../../bot/src/teams/verbs';
import { actionsIn, cardOf, cardText, expectValidCard, inputOf } from '../harness/card-checker';
import { Harness } from '../harness/harness';
import { actorOf, runningPair, type PairFixture } from '../harness/pair-fixture';
import {
  personalChat,
  teamChannel,
  teamsUser,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const harry = teamsUser('Harry Hughes', { locale: 'en-GB', timeZone: 'Europe/London' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const mallory = teamsUser('Mallory', { locale: 'en-US' });
/** What an invoke answer says: a refusal is a plain text, anything else a card. */
const answerText = (value: unknown) => (typeof value === 'string' ? value : cardText(value));

/**
 * Sharing good practices and HR's curation, through the real endpoint: Anna (English mentor)
 * and Bernd (German mentee) share, Helga (German) and Harry (English) curate.
 */
describe('good practices: shared by participants, curated by HR', () => {
  let h: Harness;
  let pair: PairFixture;
  const newsChannel = teamChannel('Reverse Mentoring', 'Programm-News');
  const communityChannel = teamChannel('Reverse Mentoring', 'Mentoren-Community');
  const chats = new Map<TeamsUser, TeamsConversation>();
  const chatOf = (user: TeamsUser) => chats.get(user)!;
  const stored = () => h.server.hooks.services.feedback.goodPracticeSubmissions(pair.programmeId);
  const practiceOf = async (title: string) => (await stored()).find((p) => p.title === title)!;

  /** Types the command, fills the form it answers with and presses Share (its own data: programme and submission id). */
  const share = async (user: TeamsUser, word: string, inputs: Record<string, string>) => {
    const [reply] = await h.says(user, chatOf(user), word);
    const form = cardOf(reply);
    expectValidCard(form);
    const button = actionsIn(form).find((a) => a.verb === Verbs.sharePractice)!;
    return { form, data: { ...(button.data as Record<string, unknown>), ...inputs } };
  };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    pair = await runningPair(h, { hr, mentor: anna, mentee: bernd });
    for (const user of [anna, bernd]) chats.set(user, pair.personalChats.get(user.aadObjectId)!);
    for (const user of [hr, harry, mallory]) {
      chats.set(user, personalChat());
      await h.post(h.activities.installationUpdate(chatOf(user), user, 'add'));
    }
    await h.server.hooks.services.programmes.change(actorOf(hr), pair.programmeId, (p) =>
      addAdmin(p, harry.aadObjectId),
    );
    await h.says(hr, newsChannel, 'news-kanal');
    await h.says(hr, communityChannel, 'community-kanal');
    h.server.hooks.broadcasts.worker.start();
  });
  afterAll(() => h.stop());

  test('Anna shares a practice in English, credited by name; a double click files it once', async () => {
    const { form, data } = await share(anna, 'share a practice', {
      title: 'Board papers summarised with Copilot',
      text: 'We let Copilot summarise a 40-page board paper; the mentee checked it against the original.',
      topic: 'artificial-intelligence',
      link: 'https://learn.microsoft.com/copilot',
      credit: 'named',
      onAuthorDeletion: 'anonymise',
    });
    expect(cardText(form)).toContain('Share a good practice');
    expect(inputOf(form, 'credit').value).toBe('anonymous'); // anonymous unless she chooses otherwise
    const [first, second] = await Promise.all([
      h.executes(anna, chatOf(anna), Verbs.sharePractice, data),
      h.executes(anna, chatOf(anna), Verbs.sharePractice, data),
    ]);
    for (const { response } of [first, second]) {
      expectValidCard(response.value);
      expect(cardText(response.value)).toContain('Thank you! HR will review your practice');
      expect(cardText(response.value)).toContain('Anna Berger');
      expect(actionsIn(response.value).map((a) => a.verb)).toContain(Verbs.withdrawPractice);
    }
    expect(await stored()).toEqual([
      expect.objectContaining({
        authorId: anna.aadObjectId,
        role: 'mentor',
        status: 'pending',
        credit: 'named',
        topics: ['artificial-intelligence'],
        link: 'https://learn.microsoft.com/copilot',
      }),
    ]);
  });

  test('Bernd shares in German; a plain http link and a topic outside the catalogue are marked, nothing is stored', async () => {
    const { form, data } = await share(bernd, 'praxis teilen', {
      title: 'Teams-Besprechungen mit Transkript',
      text: 'Das Transkript spart das Protokoll.',
      topic: 'astrologie',
      link: 'http://example.com',
    });
    expect(cardText(form)).toContain('Ein gutes Beispiel teilen');
    const refused = await h.executes(bernd, chatOf(bernd), Verbs.sharePractice, data);
    expect(cardText(refused.response.value)).toContain('Bitte prüfen Sie die markierten Felder');
    expect(cardText(refused.response.value)).toContain('Bitte wählen Sie aus der Liste.');
    expect(inputOf(refused.response.value, 'title').value).toBe('Teams-Besprechungen mit Transkript');
    expect(await stored()).toHaveLength(1);
    const fixed = await h.executes(bernd, chatOf(bernd), Verbs.sharePractice, {
      ...data,
      topic: 'collaboration-tools',
      link: '',
    });
    expect(cardText(fixed.response.value)).toContain('Vielen Dank! HR prüft Ihr Beispiel');
    expect(cardText(fixed.response.value)).toContain('eine Mentee'); // anonymous by default
    expect(cardText(fixed.response.value)).not.toContain('Bernd');
    expect(await practiceOf('Teams-Besprechungen mit Transkript')).toMatchObject({ credit: 'anonymous' });
  });

  test('someone outside the programme cannot share, not even with a real programme id', async () => {
    expect((await h.says(mallory, chatOf(mallory), 'share a practice'))[0]!.text).toContain(
      'You are not part of a programme yet',
    );
    const { response } = await h.executes(mallory, chatOf(mallory), Verbs.sharePractice, {
      programmeId: pair.programmeId,
      submissionId: crypto.randomUUID(),
      title: 'x',
      text: 'y',
      topic: 'big-data',
    });
    expect(response.value).toContain('You are not part of that programme. Nothing was saved.');
    expect(await stored()).toHaveLength(2);
  });

  test('non-admins cannot list, approve or reject: refused in their language, nothing changes', async () => {
    const annas = await practiceOf('Board papers summarised with Copilot');
    expect((await h.says(bernd, chatOf(bernd), 'gute beispiele'))[0]!.text).toContain(
      'Nur die Admins des Programms kuratieren gute Beispiele.',
    );
    const ref = { programmeId: pair.programmeId, practiceId: annas.id };
    for (const [verb, data] of [
      [Verbs.showPracticeQueue, { programmeId: pair.programmeId }],
      [Verbs.reviewPractice, ref],
      [Verbs.approvePractice, { ...ref, title: 'Hijacked', text: 'x', topics: 'big-data' }],
      [Verbs.rejectPractice, ref],
    ] as const) {
      const { response } = await h.executes(anna, chatOf(anna), verb, data);
      expect(response.value).toContain("Only the programme's admins curate good practices. Nothing was changed.");
    }
    expect(await practiceOf('Board papers summarised with Copilot')).toEqual(annas);
  });

  test('Bernd cannot withdraw Anna’s practice (a tampered id); nothing changes', async () => {
    const annas = await practiceOf('Board papers summarised with Copilot');
    const { response } = await h.executes(bernd, chatOf(bernd), Verbs.withdrawPractice, {
      programmeId: pair.programmeId,
      practiceId: annas.id,
    });
    expect(response.value).toContain('Dieses Beispiel gehört jemand anderem. Es wurde nichts geändert.');
    expect(await practiceOf('Board papers summarised with Copilot')).toEqual(annas);
  });

  test('Helga sees the queue in German with text, topic and credit; she edits and approves Anna’s practice', async () => {
    const [reply] = await h.says(hr, chatOf(hr), 'gute beispiele');
    const queue = cardOf(reply);
    expectValidCard(queue);
    const text = cardText(queue);
    expect(text).toContain('Gute Beispiele · RM 2027');
    expect(text).toContain('Board papers summarised with Copilot');
    expect(text).toContain('Künstliche Intelligenz');
    expect(text).toContain('Anna Berger');
    expect(text).toContain('eine Mentee');
    const annas = await practiceOf('Board papers summarised with Copilot');
    const review = await h.executes(hr, chatOf(hr), Verbs.reviewPractice, {
      programmeId: pair.programmeId,
      practiceId: annas.id,
    });
    expectValidCard(review.response.value);
    expect(inputOf(review.response.value, 'title').value).toBe('Board papers summarised with Copilot');
    const approved = await h.executes(hr, chatOf(hr), Verbs.approvePractice, {
      programmeId: pair.programmeId,
      practiceId: annas.id,
      title: 'Vorstandsunterlagen mit Copilot zusammenfassen',
      text: annas.text,
      topics: 'artificial-intelligence,collaboration-tools',
    });
    expect(cardText(approved.response.value)).toContain('✓ Freigegeben.');
    expect(await practiceOf('Vorstandsunterlagen mit Copilot zusammenfassen')).toMatchObject({
      status: 'approved',
      topics: ['artificial-intelligence', 'collaboration-tools'],
      decidedBy: hr.aadObjectId,
    });
  });

  test('publish: only admins, only approved; Anna’s practice goes to both channels as a good-practice card, and she is told with a link to the library', async () => {
    const annas = await practiceOf('Vorstandsunterlagen mit Copilot zusammenfassen');
    const bernds = await practiceOf('Teams-Besprechungen mit Transkript');
    const publish = (user: TeamsUser, practiceId: string) =>
      h.executes(user, chatOf(user), Verbs.publishPractice, {
        programmeId: pair.programmeId,
        practiceId,
        news: 'true',
        community: 'true',
      });
    expect(answerText((await publish(anna, annas.id)).response.value)).toContain(
      "Only the programme's admins curate good practices.",
    );
    expect(answerText((await publish(harry, bernds.id)).response.value)).toContain(
      'Only an approved practice can be published. Nothing was changed.',
    );
    const [first, second] = await Promise.all([publish(hr, annas.id), publish(harry, annas.id)]);
    const [helgas, harrys] = [first, second].map(({ response }) => answerText(response.value));
    // Whoever is first publishes; the other is told, each in their own language (Helga German, Harry English).
    const publishedBy = [helgas!.includes('✓ Veröffentlicht.'), harrys!.includes('✓ Published.')];
    expect(publishedBy.filter(Boolean)).toHaveLength(1);
    if (publishedBy[0]) expect(harrys).toContain('Another admin has already decided this practice.');
    else expect(helgas).toContain('Ein anderer Admin hat über dieses Beispiel bereits entschieden.');
    expect((await practiceOf(annas.title)).status).toBe('published');
    const posts = (channel: TeamsConversation) =>
      h.connector.messages(channel.id).filter((m) => m.attachments && cardText(cardOf(m)).includes(annas.title));
    await h.connector.waitFor(() => posts(newsChannel).length > 0 && posts(communityChannel).length > 0, 10_000);
    for (const channel of [newsChannel, communityChannel]) {
      expect(posts(channel)).toHaveLength(1); // two admins, one post per channel
      const card = cardOf(posts(channel)[0]);
      expectValidCard(card);
      // A channel's readers have either language: Tandem's words in both, the programme's (German) first.
      expect(cardText(card)).toContain('Gutes Beispiel · Good practice');
      expect(cardText(card)).toContain('Anna Berger'); // named, as she chose, once
      expect(cardText(card)).not.toContain('Anna Berger · Anna Berger');
      expect(cardText(card)).toContain(
        'Künstliche Intelligenz, Kollaborations- und Kommunikations-Tools · Artificial intelligence, Collaboration and communication tools',
      );
      expect(cardText(card)).toContain('Bibliothek öffnen · Open the library');
    }
    const told = () =>
      h.connector
        .messages(chatOf(anna).id)
        .filter((m) => m.attachments && cardText(cardOf(m)).includes('has been published'));
    await h.connector.waitFor(() => told().length === 1);
    const notice = cardOf(told()[0]);
    expectValidCard(notice);
    expect(cardText(notice)).toContain(`Your good practice “${annas.title}” has been published.`);
    expect(JSON.stringify(notice)).toContain('/tab/index.html?view=personal&page=good-practices');
  });

  test('two admins decide Bernd’s practice at the same moment: it is decided once, the other is told', async () => {
    const bernds = await practiceOf('Teams-Besprechungen mit Transkript');
    const ref = { programmeId: pair.programmeId, practiceId: bernds.id };
    const [byHelga, byHarry] = await Promise.all([
      h.executes(hr, chatOf(hr), Verbs.rejectPractice, { ...ref, reason: 'Schon in der Bibliothek vorhanden.' }),
      h.executes(harry, chatOf(harry), Verbs.approvePractice, {
        ...ref,
        title: bernds.title,
        text: bernds.text,
        topics: 'collaboration-tools',
      }),
    ]);
    const answers = [byHelga, byHarry].map(({ response }) => answerText(response.value)).join('\n');
    const after = await practiceOf('Teams-Besprechungen mit Transkript');
    expect(['rejected', 'approved']).toContain(after.status);
    if (after.status === 'rejected') expect(answers).toContain('Another admin has already decided this practice.');
    else expect(answers).toContain('Ein anderer Admin hat über dieses Beispiel bereits entschieden.');
  });

  test('a rejected author is told kindly, in German, with HR’s reason', async () => {
    const bernds = await practiceOf('Teams-Besprechungen mit Transkript');
    if (bernds.status !== 'rejected') {
      // Harry won the race above: this time Helga's rejection goes to a fresh one.
      const { data } = await share(bernd, 'praxis teilen', {
        title: 'Ein zweites Beispiel',
        text: 'Text',
        topic: 'big-data',
      });
      await h.executes(bernd, chatOf(bernd), Verbs.sharePractice, data);
      const fresh = await practiceOf('Ein zweites Beispiel');
      await h.executes(hr, chatOf(hr), Verbs.rejectPractice, {
        programmeId: pair.programmeId,
        practiceId: fresh.id,
        reason: 'Schon in der Bibliothek vorhanden.',
      });
    }
    const told = () =>
      h.connector.messages(chatOf(bernd).id).filter((m) => String(m.text ?? '').includes('diesmal nicht'));
    await h.connector.waitFor(() => told().length === 1);
    expect(told()[0]!.text).toContain('Vielen Dank, dass Sie');
    expect(told()[0]!.text).toContain('Eine Notiz von HR: Schon in der Bibliothek vorhanden.');
  });

  test('HR adds a practice directly: approved at once, ready to publish', async () => {
    const { form, data } = await share(hr, 'praxis teilen', {
      title: 'Reverse-Mentoring-Kick-off mit dem Vorstand',
      text: 'Ein gemeinsamer Auftakt macht das Programm sichtbar.',
      topic: 'digital-leadership',
    });
    expect(cardText(form)).toContain('Fügen Sie direkt ein gutes Beispiel hinzu');
    const { response } = await h.executes(hr, chatOf(hr), Verbs.sharePractice, data);
    expect(cardText(response.value)).toContain('✓ Hinzugefügt und freigegeben.');
    expect(cardText(response.value)).toContain('das Programmteam');
    expect(await practiceOf('Reverse-Mentoring-Kick-off mit dem Vorstand')).toMatchObject({
      source: 'hr',
      role: 'hr',
      status: 'approved',
      decidedBy: hr.aadObjectId,
    });
  });

  test('many waiting: the queue is paged', async () => {
    const { practiceSharing } = h.server.hooks.services;
    for (let i = 0; i < 6; i += 1)
      await practiceSharing.share(actorOf(bernd), pair.programmeId, crypto.randomUUID(), {
        title: `Beispiel ${i}`,
        text: 'Text',
        topic: 'big-data',
      });
    const [reply] = await h.says(harry, chatOf(harry), 'good practices');
    const first = cardOf(reply);
    expect(cardText(first)).toMatch(/Page 1 of 2 · \d+ waiting/);
    const next = actionsIn(first).find((a) => a.title === 'Next')!;
    const { response } = await h.executes(harry, chatOf(harry), Verbs.showPracticeQueue, next.data as never);
    expectValidCard(response.value);
    expect(cardText(response.value)).toMatch(/Page 2 of 2/);
  });
});
