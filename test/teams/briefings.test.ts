import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { personalChat, teamsUser, TENANT_ID } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';
import { invitationsOf, onboard, runningProgramme, type Member } from './support/briefing-setup';

const hr = teamsUser('Helga Richter', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const dieter = teamsUser('Dieter Maas', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const others = Array.from({ length: 18 }, (_, i) =>
  teamsUser(`Mentor ${String(i + 1).padStart(2, '0')}`, { locale: i % 2 ? 'de-DE' : 'en-GB' }),
);

describe('HR plans a briefing session for 20 mentors; each answers on their own card', () => {
  let h: Harness;
  let mentors: Member[];
  let menteeChat: Member['chat'];
  const programmeId = crypto.randomUUID();
  const hrChat = personalChat();
  const form = (overrides: Record<string, string> = {}) => ({
    programmeId,
    title: 'Mentor-Briefing [Agenda](https://evil.example)',
    date: '2026-03-10',
    time: '16:30',
    durationMinutes: '90',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/briefing-1',
    agenda: 'Begrüßung\nDas erste Treffen',
    materials: '',
    audience: 'mentors',
    ...overrides,
  });
  const invitations = (member: Member) => invitationsOf(h, member);
  const mine = async (member: Member) => {
    const seen = await h.seenBy(member.user, member.chat);
    return cardText(seen.filter((m) => m.card?.refresh?.action?.verb === Verbs.viewBriefing).at(-1)?.card);
  };
  const hrCard = async () => {
    const seen = await h.seenBy(hr, hrChat);
    return cardText(seen.filter((m) => m.card?.refresh?.action?.verb === Verbs.viewBriefingAnswers).at(-1)?.card);
  };
  let briefingId = '';

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    await runningProgramme(h, hr, programmeId);
    mentors = await onboard(
      h,
      programmeId,
      [anna, dieter, ...others].map((user) => ({ user, role: 'mentor' as const })),
    );
    menteeChat = (await onboard(h, programmeId, [{ user: bernd, role: 'mentee' }]))[0]!.chat;
    h.server.hooks.broadcasts.worker.start();
  }, 60_000);
  afterAll(() => h.stop());

  test('someone who runs no programme is refused, and nothing is stored', async () => {
    const [reply] = await h.says(anna, mentors[0]!.chat, 'briefing');
    expect(reply!.text).toBe("Only a programme's admins can plan briefing sessions.");
    const preview = await h.executes(anna, mentors[0]!.chat, Verbs.previewBriefing, {
      briefingId: crypto.randomUUID(),
      ...form(),
    });
    expect(preview.response.value).toBe("Only a programme's admins can plan briefing sessions.");
    expect(
      await h.server.hooks.services.briefingCalendar.nextFor(TENANT_ID, programmeId, h.clock.now()),
    ).toBeUndefined();
  });

  test('`briefing planen` opens the form in German; problems come back marked and nothing is sent', async () => {
    const [reply] = await h.says(hr, hrChat, 'briefing planen');
    const card = cardOf(reply);
    expectValidCard(card);
    expect(cardText(card)).toContain('Briefing-Termin planen');
    expect(JSON.stringify(card)).toContain('Uhrzeit (Europe/Berlin)');
    briefingId = String((actionsIn(card).find((a) => a.verb === Verbs.previewBriefing)!.data as any).briefingId);
    const before = h.connector.calls.length;
    const { response } = await h.executes(hr, hrChat, Verbs.previewBriefing, {
      briefingId,
      ...form({ joinUrl: 'http://teams.example/join', title: '' }),
    });
    expectValidCard(response.value);
    expect(cardText(response.value)).toContain('Bitte prüfen Sie die markierten Felder.');
    expect(cardText(response.value)).toContain('https://');
    const past = await h.executes(hr, hrChat, Verbs.previewBriefing, { briefingId, ...form({ date: '2026-03-01' }) });
    expect(cardText(past.response.value)).toContain('Der Beginn muss in der Zukunft liegen.');
    expect(h.connector.calls.slice(before).filter((c) => c.kind === 'send')).toHaveLength(0);
  });

  test('preview, then send: every mentor gets one invitation in their language and time zone, the mentee none', async () => {
    const preview = await h.executes(hr, hrChat, Verbs.previewBriefing, { briefingId, ...form() });
    expectValidCard(preview.response.value);
    expect(cardText(preview.response.value)).toContain('Einladung senden');
    expect(cardText(cardOf(preview.replies[0]))).toContain('Di., 10. März 2026, 16:30 (Europe/Berlin)');
    // A double click on Send queues the invitation once.
    await Promise.all([h.presses(hr, hrChat, Verbs.sendBriefing), h.presses(hr, hrChat, Verbs.sendBriefing)]);
    await h.connector.waitFor(() => mentors.every((m) => invitations(m).length >= 1), 20_000);
    await h.server.hooks.broadcasts.idle();
    expect(mentors.map((m) => invitations(m).length)).toEqual(mentors.map(() => 1));
    expect(invitations({ chat: menteeChat } as Member)).toHaveLength(0);
    const annas = cardText(invitations(mentors[0]!)[0]!.attachments[0].content);
    expect(annas).toContain('Briefing session: Mentor-Briefing');
    expect(annas).toContain('Tue 10 Mar 2026, 3:30 pm (Europe/London)');
    expect(annas).toContain("I'll be there");
    // Her client refreshes it to her own state: Teams names her by her Teams user id.
    expect(invitations(mentors[0]!)[0]!.attachments[0].content.refresh.userIds).toEqual([anna.id]);
    const dieters = cardText(invitations(mentors[1]!)[0]!.attachments[0].content);
    expect(dieters).toContain('Di., 10. März 2026, 16:30 (Europe/Berlin)');
    expect(dieters).toContain('Ich bin dabei');
    // The title is shown as typed, never as a live link.
    expect(JSON.stringify(invitations(mentors[0]!)[0]!.attachments[0].content)).toContain('\\\\[Agenda\\\\]');
    expect(await hrCard()).toContain('Dabei: 0 · Verhindert: 0');
  });

  test('20 mentors answer at once: the count is exact; changes of mind count once; each sees their own answer and only the count', async () => {
    await Promise.all(mentors.map((m) => h.presses(m.user, m.chat, Verbs.answerBriefing, { answer: 'accepted' })));
    expect(await hrCard()).toContain('Dabei: 20 · Verhindert: 0');
    // Five change their minds, two of them twice in a row (a double click).
    const changing = mentors.slice(15);
    await Promise.all(
      [...changing, ...changing.slice(0, 2)].map((m) =>
        h.executes(m.user, m.chat, Verbs.answerBriefing, { programmeId, briefingId, answer: 'declined' }),
      ),
    );
    const hrSees = await hrCard();
    expect(hrSees).toContain('Dabei: 15 · Verhindert: 5');
    expect(hrSees).toContain('Anna Berger');
    expect(hrSees).not.toContain(changing[0]!.user.name);
    const annaSees = await mine(mentors[0]!);
    expect(annaSees).toContain("Your answer: I'll be there.");
    expect(annaSees).toContain("15 people have said they'll be there.");
    expect(annaSees).not.toContain('Dieter Maas');
    expect(await mine(changing[0]!)).toMatch(/Your answer: I can't\.|Ihre Antwort: Ich kann nicht\./);
    expect(await mine(mentors[1]!)).toContain('15 Personen haben zugesagt.');
    // HR's card in the chat itself was updated too, so it reads right before any refresh.
    const hrCardUpdates = () =>
      h.connector.calls
        .filter((c) => c.kind === 'update' && c.conversationId === hrChat.id)
        .map((c) => cardText(c.body?.attachments?.[0]?.content))
        .filter((text) => text.includes('Wer dabei ist'));
    await h.connector.waitFor(() => hrCardUpdates().at(-1)?.includes('Dabei: 15') ?? false, 10_000);
    expect(hrCardUpdates().at(-1)).toContain('Dabei: 15 · Verhindert: 5');
  });

  test('tampered ids and people who are not invited are refused and change nothing', async () => {
    const asBernd = await h.executes(bernd, menteeChat, Verbs.answerBriefing, {
      programmeId,
      briefingId,
      answer: 'accepted',
    });
    expect(asBernd.response.value).toBe(
      'Dieser Briefing-Termin ist nicht für Sie, daher können Sie nicht darauf antworten. Es wurde nichts geändert.',
    );
    const forged = await h.executes(anna, mentors[0]!.chat, Verbs.answerBriefing, {
      programmeId: crypto.randomUUID(),
      briefingId,
      answer: 'declined',
    });
    expect(forged.response.value).toContain('This briefing session no longer exists');
    const garbage = await h.executes(anna, mentors[0]!.chat, Verbs.answerBriefing, {
      programmeId,
      briefingId: 'x',
      answer: 'maybe',
    });
    expect(String(garbage.response.value)).not.toContain('Briefing');
    const answersAsMentor = await h.executes(anna, mentors[0]!.chat, Verbs.viewBriefingAnswers, {
      programmeId,
      briefingId,
    });
    expect(answersAsMentor.response.value).toBe("Only a programme's admins can plan briefing sessions.");
    expect(await hrCard()).toContain('Dabei: 15 · Verhindert: 5');
  });

  test('the mentor kit learns the next briefing session (in this tenant only)', async () => {
    const calendar = h.server.hooks.services.briefingCalendar;
    expect(await calendar.nextFor(TENANT_ID, programmeId, h.clock.now())).toEqual({
      briefingId,
      title: 'Mentor-Briefing [Agenda](https://evil.example)',
      startsAt: new Date('2026-03-10T15:30:00.000Z'),
      durationMinutes: 90,
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/briefing-1',
    });
    expect(await calendar.nextFor('another-tenant', programmeId, h.clock.now())).toBeUndefined();
    expect(await calendar.nextFor(TENANT_ID, programmeId, new Date('2026-03-10T17:00:00.000Z'))).toBeUndefined();
  });

  test('the mentor kit shows that session, each mentor in their own language and time zone', async () => {
    const [english] = await h.says(anna, mentors[0]!.chat, 'mentor kit');
    const forAnna = cardText(cardOf(english));
    expect(forAnna).toContain('Mentor-Briefing');
    expect(forAnna).toContain('Tue 10 Mar 2026, 3:30 pm');
    const [german] = await h.says(dieter, mentors[1]!.chat, 'mentoren-kit');
    const forDieter = cardText(cardOf(german));
    expect(forDieter).toContain('Mentor-Briefing');
    expect(forDieter).toContain('Di., 10. März 2026, 16:30');
    expectValidCard(cardOf(german));
  });

  test("'delete my data' removes the person's answer: HR's count and list lose them", async () => {
    await h.says(anna, mentors[0]!.chat, 'delete my data');
    await h.presses(anna, mentors[0]!.chat, Verbs.confirmDeleteMyData);
    const hrSees = await hrCard();
    expect(hrSees).toContain('Dabei: 14 · Verhindert: 5');
    expect(hrSees).not.toContain('Anna Berger');
  });
});
