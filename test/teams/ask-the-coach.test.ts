import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { enrollingProgramme, onboardingAnswers } from '../harness/pair-fixture';
import {
  personalChat,
  teamsUser,
  TENANT_ID,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';
import { ok } from '../../bot/src/domain/result';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'de-DE' });
const carl = teamsUser('Carl Mason', { locale: 'en-GB' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const clara = teamsUser('Clara Coach', { locale: 'en-GB' });

const question = 'Wie erkläre ich Kanäle?\n[Hier klicken](https://evil.example/x)';

/**
 * Ask the coach: a mentor's question reaches the coach's personal chat (the coach found by
 * the address HR named, among the people who installed Tandem) and the answer comes back; a
 * coach Tandem cannot reach is offered to the mentor directly, and the question is kept.
 */
describe('ask the coach', () => {
  let h: Harness;
  let programmeId: string;
  const chats = new Map<TeamsUser, TeamsConversation>();
  const chatOf = (user: TeamsUser) => chats.get(user)!;
  const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: hr.locale };
  const cardsIn = (user: TeamsUser) =>
    h.connector
      .messages(chatOf(user).id)
      .flatMap((m) => m.attachments ?? [])
      .map((a) => a.content as Record<string, any>);
  const cardsTitled = (user: TeamsUser, title: string) =>
    cardsIn(user).filter((card) => String(card.body?.[0]?.text).startsWith(title));
  const setCoach = (email: string) =>
    h.server.hooks.services.programmes.change(hrActor, programmeId, (p) =>
      ok({ ...p, coach: { name: 'Clara Coach', email } }),
    );
  /** The mentor asks through the form `coach` shows; returns the card answered and the question's id. */
  const asks = async (mentor: TeamsUser, word: string, text: string) => {
    const [form] = await h.says(mentor, chatOf(mentor), word);
    const send = actionsIn(cardOf(form)).find((a) => a.verb === Verbs.askCoach)!;
    const data: Record<string, unknown> = { ...(send.data as Record<string, unknown>), question: text };
    const { response } = await h.executes(mentor, chatOf(mentor), Verbs.askCoach, data);
    return { card: response.value, data, form: cardOf(form) };
  };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    programmeId = await enrollingProgramme(h, hr);
    for (const user of [anna, carl, bernd, clara]) chats.set(user, personalChat());
    for (const [user, role] of [
      [anna, 'mentor'],
      [carl, 'mentor'],
      [bernd, 'mentee'],
    ] as const)
      await h.executes(user, chatOf(user), Verbs.submitOnboarding, { programmeId, ...onboardingAnswers(role, user) });
    // The coach installs Tandem; Teams knows her sign-in address (in other case than HR typed it).
    h.connector.setMembers(chatOf(clara).id, [
      { id: clara.id, name: clara.name, aadObjectId: clara.aadObjectId, userPrincipalName: 'Clara.Coach@Contoso.com' },
    ]);
    await h.post(h.activities.installationUpdate(chatOf(clara), clara, 'add'));
    await setCoach('clara.coach@contoso.com');
  });
  afterAll(() => h.stop());

  test('a question reaches the coach with the mentor’s name; her answer reaches the mentor, once', async () => {
    const { card, data } = await asks(anna, 'coach fragen', question);
    expectValidCard(card);
    expect(cardText(card)).toContain('Sie ist bei Clara Coach in Teams angekommen.');
    // A double click (or Teams' retry) stores and sends one question.
    await h.executes(anna, chatOf(anna), Verbs.askCoach, data);
    await h.connector.waitFor(() => cardsTitled(clara, 'A question from').length >= 1);

    const [toClara] = cardsTitled(clara, 'A question from Anna Berger');
    expectValidCard(toClara);
    expect(cardText(toClara)).toContain('Anna Berger, a mentor in Reverse Mentoring 2027, asks you as the coach:');
    expect(cardText(toClara)).toContain('\\[Hier klicken\\](https://evil.example/x)');

    const answerData = actionsIn(toClara).find((a) => a.verb === Verbs.answerCoach)!.data as Record<string, unknown>;
    // Another mentor holding the same data cannot answer in the coach's place.
    const forged = await h.executes(carl, chatOf(carl), Verbs.answerCoach, { ...answerData, answer: 'Fake' });
    expect(forged.response.value).toBe('Only the coach this question was sent to can answer it.');

    const tooLong = await h.executes(clara, chatOf(clara), Verbs.answerCoach, {
      ...answerData,
      answer: 'a'.repeat(4001),
    });
    expect(tooLong.response.value).toBe('That is too long: at most 4000 characters.');
    const answered = await h.executes(clara, chatOf(clara), Verbs.answerCoach, {
      ...answerData,
      answer: 'Zeig sie live.',
    });
    expect(cardText(answered.response.value)).toContain('Your answer is on its way to the mentor.');
    await h.connector.waitFor(() => cardsTitled(anna, 'Clara Coach hat').length >= 1);
    const toAnna = cardsTitled(anna, 'Clara Coach hat Ihre Frage beantwortet')[0]!;
    expect(cardText(toAnna)).toContain('Zeig sie live.');

    const again = await h.executes(clara, chatOf(clara), Verbs.answerCoach, { ...answerData, answer: 'Noch mal' });
    expect(again.response.value).toBe('This question has already been answered; the answer was sent once.');
    await h.server.tandem.idle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cardsTitled(clara, 'A question from')).toHaveLength(1);
    expect(cardsTitled(anna, 'Clara Coach hat')).toHaveLength(1);
    expect(cardText(cardsTitled(anna, 'Clara Coach hat')[0])).not.toContain('Noch mal');
  });

  test('a coach who blocked Tandem since: the question is kept as not delivered and the mentor gets her chat link', async () => {
    h.connector.inject({ status: 403, path: new RegExp(chatOf(clara).id.slice(2)) });
    const { card, data } = await asks(anna, 'coach', 'Noch eine Frage');
    expect(cardText(card)).toContain('Sie ist bei Clara Coach in Teams angekommen.');
    await h.connector.waitFor(() => cardsTitled(anna, 'Ihre Frage an Clara Coach').length >= 1);
    const told = cardsTitled(anna, 'Ihre Frage an Clara Coach')[0]!;
    expect(cardText(told)).toContain('Tandem kann Clara Coach in Teams nicht erreichen');
    expect(cardText(told)).toContain('Noch eine Frage');
    expect(JSON.stringify(told)).toContain(
      '"url":"https://teams.microsoft.com/l/chat/0/0?users=clara.coach%40contoso.com"',
    );
    const kept = await h.server.hooks.services.coach.question({
      tenantId: TENANT_ID,
      programmeId,
      mentorId: anna.aadObjectId,
      questionId: String(data.questionId),
    });
    expect(kept?.status).toBe('not-delivered');
  });

  test('a coach Tandem cannot reach: the mentor gets her chat link and email, the question is kept', async () => {
    await setCoach('nina.neu@contoso.com');
    const { card, data } = await asks(carl, 'coach', 'How do I start?');
    expect(cardText(card)).toContain(
      'Tandem cannot reach Clara Coach in Teams (the coach may not use Tandem yet), so your question was not delivered there.',
    );
    expect(JSON.stringify(card)).toContain(
      '"url":"https://teams.microsoft.com/l/chat/0/0?users=nina.neu%40contoso.com"',
    );
    expect(JSON.stringify(card)).toContain('"url":"mailto:nina.neu%40contoso.com"');
    const kept = await h.server.hooks.services.coach.question({
      tenantId: TENANT_ID,
      programmeId,
      mentorId: carl.aadObjectId,
      questionId: String(data.questionId),
    });
    expect(kept).toEqual(expect.objectContaining({ status: 'not-delivered', text: 'How do I start?' }));
    expect(cardsTitled(clara, 'A question from Carl')).toEqual([]);
    await setCoach('clara.coach@contoso.com');
  });

  test('questions are checked: length, control characters, who may ask, which programme', async () => {
    const { form } = await asks(anna, 'coach', 'x');
    const send = actionsIn(form).find((a) => a.verb === Verbs.askCoach)!.data as Record<string, unknown>;
    const ask = async (who: TeamsUser, extra: Record<string, unknown>) =>
      (await h.executes(who, chatOf(who), Verbs.askCoach, { ...send, questionId: crypto.randomUUID(), ...extra }))
        .response.value;
    expect(await ask(anna, { question: 'a'.repeat(2001) })).toBe('Das ist zu lang: höchstens 2000 Zeichen.');
    expect(await ask(anna, { question: 'Hallo\u0007 Welt' })).toBe(
      'Ihr Text enthält unsichtbare Steuerzeichen. Bitte tippen Sie ihn ohne diese neu.',
    );
    expect(await ask(anna, { question: '   ' })).toBe('Bitte schreiben Sie zuerst etwas.');
    expect(await ask(bernd, { question: 'Darf ich?' })).toBe(
      'Fragen an den Coach sind für die Mentoren eines Programms.',
    );
    expect(await ask(anna, { question: 'Wo?', programmeId: crypto.randomUUID() })).toBe(
      'Fragen an den Coach sind für die Mentoren eines Programms.',
    );
    const [mentee] = await h.says(bernd, chatOf(bernd), 'coach fragen');
    expect(mentee!.text).toBe('Fragen an den Coach sind für Mentoren eines Programms mit Coach.');
  });

  test('my data: the mentor’s questions and the coach’s sign-in address are exported and deleted by key', async () => {
    const { privacy } = h.server.hooks.services;
    const annaData = await privacy.export({ tenantId: TENANT_ID, aadObjectId: anna.aadObjectId });
    expect(JSON.stringify(annaData)).toContain('Zeig sie live.');
    const claraData = await privacy.export({ tenantId: TENANT_ID, aadObjectId: clara.aadObjectId });
    expect(JSON.stringify(claraData)).toContain('clara.coach@contoso.com');
    expect(JSON.stringify(claraData)).toContain('Zeig sie live.');

    await privacy.delete({ tenantId: TENANT_ID, aadObjectId: anna.aadObjectId });
    const after = await privacy.export({ tenantId: TENANT_ID, aadObjectId: clara.aadObjectId });
    expect(JSON.stringify(after)).not.toContain('Zeig sie live.');
    await privacy.delete({ tenantId: TENANT_ID, aadObjectId: clara.aadObjectId });
    expect(JSON.stringify(await privacy.export({ tenantId: TENANT_ID, aadObjectId: clara.aadObjectId }))).not.toContain(
      'clara.coach@contoso.com',
    );
  });
});
