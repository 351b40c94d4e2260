import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { withoutMentorKits } from '../harness/mentor-kit-cards';
import { personalChat, teamChannel, teamsUser, TENANT_ID } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';
import { changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { formatCalendarDate } from '../../bot/src/i18n/format-date-time';

const hr = teamsUser('Helga Richter', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const carla = teamsUser('Carla Vogt', { locale: 'de-DE' });
const mallory = teamsUser('Mallory');
const answers = (role: string, department: string) => ({
  role,
  department,
  location: 'Köln',
  timeZone: 'Europe/Berlin',
  languages: 'de,en',
  topics: 'big-data',
  ownTopics: '',
  goals: '',
  availability: 'tue-am',
  format: 'online',
  managerAadObjectId: 'none',
  consent: 'true',
});

describe('HR sends programme news to the channel and to participants, and watches it arrive', () => {
  let h: Harness;
  const programmeId = crypto.randomUUID();
  const hrChat = personalChat();
  const newsChannel = teamChannel('Reverse Mentoring', 'Programm-News');
  const chats = new Map([
    [anna.id, personalChat()],
    [bernd.id, personalChat()],
    [carla.id, personalChat()],
  ]);
  const chatOf = (user: { id: string }) => chats.get(user.id)!;
  const form = (overrides: Record<string, string> = {}) => ({
    programmeId,
    language: 'both',
    titleEn: 'Kick-off',
    textEn: 'We start **today**.',
    titleDe: 'Auftakt',
    textDe: 'Heute geht es **los**.',
    imageUrl: 'https://contoso.com/kickoff.png',
    buttonLabel: 'Mehr',
    buttonUrl: 'https://contoso.com/rm',
    author: 'Dr. Maria Schulz, CEO',
    audience: 'channel,participants',
    ...overrides,
  });
  // A mentor's kit (mentor-kit.test.ts) is no news.
  const newsCards = (conversationId: string) =>
    withoutMentorKits(h.connector.messages(conversationId))
      .filter((m) => m.attachments?.length)
      .map((m) => m.attachments[0].content);
  const waitFor = (condition: () => boolean) => h.connector.waitFor(condition, 15_000);

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: 'de-DE' };
    await h.server.hooks.services.programmes.create(hrActor, programmeId, {
      name: 'RM 2027',
      startDate: '2026-02-01',
      endDate: '2026-08-01',
      meetingsTarget: '6',
      languages: 'de,en',
    });
    await h.server.hooks.services.programmes.change(hrActor, programmeId, (p, now) =>
      changeStatus(p, 'enrolling', now),
    );
    for (const [user, role] of [
      [anna, 'mentor'],
      [bernd, 'mentee'],
      [carla, 'mentor'],
    ] as const) {
      await h.executes(user, chatOf(user), Verbs.submitOnboarding, {
        programmeId,
        ...answers(role, role === 'mentor' ? 'IT' : 'Finanzen'),
      });
    }
    // Carla removes the app: she stays a participant but cannot be reached.
    await h.post(h.activities.installationUpdate(chatOf(carla), carla, 'remove'));
    h.server.hooks.broadcasts.worker.start();
  });
  afterAll(() => h.stop());

  test('someone who runs no programme cannot compose, preview, send or set channels', async () => {
    const mallorysChat = personalChat();
    expect((await h.says(mallory, mallorysChat, 'news'))[0]!.text).toBe(
      'Only the admins of a programme can send its news.',
    );
    expect((await h.says(mallory, newsChannel, 'news channel'))[0]!.text).toBe(
      'Only the admins of a programme can send its news.',
    );
    const preview = await h.executes(mallory, mallorysChat, Verbs.previewNews, {
      broadcastId: crypto.randomUUID(),
      ...form(),
    });
    expect(preview.response.value).toBe('Only the admins of a programme can send its news.');
    expect(withoutMentorKits(h.connector.messages(chatOf(anna).id)).filter((m) => m.attachments)).toHaveLength(0);
  });

  test("`news-kanal` in a team channel makes it the programme's news channel", async () => {
    const [reply] = await h.says(hr, newsChannel, 'news-kanal');
    expect(reply!.text).toContain('Dieser Kanal ist jetzt der Neuigkeiten-Kanal von **RM 2027**.');
    // The whole channel reads it: in every language, the admin's first.
    expect(reply!.text).toContain('This channel is now the news channel of **RM 2027**.');
    expect(reply!.text!.indexOf('Dieser Kanal')).toBeLessThan(reply!.text!.indexOf('This channel'));
  });

  test('`neuigkeit` opens the compose card; problems come back marked on it and nothing is sent', async () => {
    const [reply] = await h.says(hr, hrChat, 'neuigkeit');
    const compose = cardOf(reply);
    expectValidCard(compose);
    expect(cardText(compose)).toContain('Programm-Neuigkeit verfassen');
    const broadcastId = String(
      (actionsIn(compose).find((a) => a.verb === Verbs.previewNews)!.data as { broadcastId: string }).broadcastId,
    );
    const before = h.connector.calls.length;
    const { response } = await h.executes(hr, hrChat, Verbs.previewNews, {
      broadcastId,
      ...form({ titleDe: '', imageUrl: 'http://contoso.com/a.png', textEn: 'x'.repeat(4001) }),
    });
    expectValidCard(response.value);
    const text = cardText(response.value);
    expect(text).toContain('Bitte prüfen Sie die markierten Felder. Es wurde nichts versendet.');
    expect(text).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(text).toContain('Bitte verwenden Sie eine https://-Adresse');
    expect(text).toContain('höchstens 4000 Zeichen');
    expect(h.connector.calls.slice(before).filter((c) => c.kind === 'send')).toHaveLength(0);
  });

  test('preview shows the exact cards; Send now turns the card into a live report; each person gets one message in their language, the channel gets both', async () => {
    const broadcastId = crypto.randomUUID();
    const preview = await h.executes(hr, hrChat, Verbs.previewNews, { broadcastId, ...form() });
    expect(preview.replies.map((r) => r.text)).toEqual([
      'Vorschau (Deutsch, für alle, die Deutsch lesen): Genau so erhalten es die Empfänger.',
      'Vorschau (Englisch, für alle, die Englisch lesen): Genau so erhalten es die Empfänger.',
      'Vorschau (Kanal): Genau so erhalten es die Empfänger.',
    ]);
    const [germanPreview, englishPreview, channelPreview] = preview.replies.map(cardOf);
    expectValidCard(preview.response.value);
    expect(cardText(preview.response.value)).toContain('Bereit zum Versand');

    const send = h.activities.execute(hrChat, hr, Verbs.sendNews, { broadcastId });
    const { body } = await h.post(send);
    expect(cardText(body.value)).toMatch(/Versand wird vorbereitet|Wird versendet/);

    await waitFor(
      () => [anna, bernd].every((u) => newsCards(chatOf(u).id).length === 1) && newsCards(newsChannel.id).length === 1,
    );
    expect(newsCards(chatOf(bernd).id)).toEqual([germanPreview]);
    expect(newsCards(chatOf(anna).id)).toEqual([englishPreview]);
    expect(newsCards(newsChannel.id)).toEqual([channelPreview]);
    expect(cardText(channelPreview)).toContain('Auftakt');
    expect(cardText(channelPreview)).toContain('Kick-off');

    const finalReport = () =>
      h.connector.calls
        .filter((c) => c.kind === 'update' && c.activityId === send.replyToId)
        .map((c) => cardText(c.body!.attachments[0].content))
        .at(-1) ?? '';
    await waitFor(() => finalReport().includes('Abgeschlossen'));
    expect(finalReport()).toContain('Abgeschlossen: 3 von 4 haben sie erhalten.');
    expect(finalReport()).toContain('Nicht erreichbar');
  });

  test("`neuigkeiten status` lists the news; its report exports a CSV with each recipient's status and reason", async () => {
    const [reply] = await h.says(hr, hrChat, 'neuigkeiten status');
    const status = cardOf(reply);
    expectValidCard(status);
    expect(cardText(status)).toContain('Auftakt');
    const broadcastId = String(
      (actionsIn(status).find((a) => a.verb === Verbs.showNewsReport)!.data as { broadcastId: string }).broadcastId,
    );
    const { response } = await h.executes(hr, hrChat, Verbs.exportNews, { broadcastId });
    expectValidCard(response.value);
    const csvUrl = String(response.value.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url);
    const csv = await (await fetch(csvUrl.replace(/^http:\/\/localhost:\d+/, h.server.url))).text();
    expect(csv).toContain('Carla Vogt;person');
    expect(csv).toMatch(/Carla Vogt;.*;not-reachable;no-conversation;Tandem is not installed here/);
    expect(csv).toMatch(/Bernd Köhler;person;.*;de;sent;/);
    expect((await fetch(`${h.server.url}/api/broadcast.csv?token=forged`)).status).toBe(401);
  });

  test('tampered or stale payloads are refused and change nothing', async () => {
    const [reply] = await h.says(hr, hrChat, 'neuigkeiten status');
    const sentId = String(
      (actionsIn(cardOf(reply)).find((a) => a.verb === Verbs.showNewsReport)!.data as { broadcastId: string })
        .broadcastId,
    );
    expect((await h.executes(hr, hrChat, Verbs.sendNews, { broadcastId: 'not-an-id' })).response.value).toContain(
      'Diese Karte ist veraltet',
    );
    expect((await h.executes(hr, hrChat, Verbs.sendNews, { broadcastId: crypto.randomUUID() })).response.value).toBe(
      'Diese Neuigkeit konnte ich nicht mehr finden.',
    );
    expect((await h.executes(hr, hrChat, Verbs.sendNews, { broadcastId: sentId })).response.value).toContain(
      'bereits unterwegs',
    );
    expect(
      (await h.executes(hr, hrChat, Verbs.previewNews, { broadcastId: sentId, ...form({ titleDe: 'Anders' }) }))
        .response.value,
    ).toContain('bereits unterwegs');
    for (const verb of [Verbs.exportNews, Verbs.showNewsReport, Verbs.sendNews, Verbs.cancelNews, Verbs.editNews]) {
      expect((await h.executes(mallory, personalChat(), verb, { broadcastId: sentId })).response.value).toBe(
        'Only the admins of a programme can send its news.',
      );
    }
    const scheduled = await h.executes(mallory, personalChat(), Verbs.scheduleNews, {
      broadcastId: sentId,
      date: '2030-01-01',
      time: '09:00',
    });
    expect(scheduled.response.value).toBe('Only the admins of a programme can send its news.');
    expect(newsCards(chatOf(bernd).id)).toHaveLength(1);
  });

  test('scheduled news goes out at its time; a cancelled one never does', async () => {
    const [kept, dropped] = [crypto.randomUUID(), crypto.randomUUID()];
    const now = h.clock.now();
    const tomorrow = new Date(now.getTime() + 24 * 3600_000);
    const date = tomorrow.toISOString().slice(0, 10);
    for (const [id, title] of [
      [kept, 'Geplant'],
      [dropped, 'Abgesagt'],
    ] as const) {
      await h.executes(hr, hrChat, Verbs.previewNews, {
        broadcastId: id,
        ...form({ language: 'de', titleDe: title, audience: 'mentees' }),
      });
      const scheduled = await h.executes(hr, hrChat, Verbs.scheduleNews, { broadcastId: id, date, time: '09:00' });
      expect(cardText(scheduled.response.value)).toContain(
        `Geplant für ${formatCalendarDate(date, 'de')}, 09:00 (Europe/Berlin)`,
      );
    }
    const cancelled = await h.executes(hr, hrChat, Verbs.cancelNews, { broadcastId: dropped });
    expect(cardText(cancelled.response.value)).toContain('Abgesagt. Niemand hat sie erhalten.');

    await h.server.hooks.broadcasts.tick();
    expect(newsCards(chatOf(bernd).id)).toHaveLength(1);

    h.clock.set(new Date(`${date}T08:00:00Z`));
    await h.server.hooks.broadcasts.tick();
    await waitFor(() => newsCards(chatOf(bernd).id).length === 2);
    await h.server.hooks.broadcasts.tick();
    expect(newsCards(chatOf(bernd).id).map((card) => cardText(card))).toEqual([
      expect.stringContaining('Auftakt'),
      expect.stringContaining('Geplant'),
    ]);
    expect(newsCards(chatOf(anna).id)).toHaveLength(1);
  });
});
