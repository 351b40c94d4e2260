import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { withoutMentorKits } from '../harness/mentor-kit-cards';
import {
  groupChat,
  personalChat,
  teamsUser,
  TENANT_ID,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB' });
const max = teamsUser('Max Vogel', { locale: 'de-DE' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const clara = teamsUser('Clara Fischer', { locale: 'en-US' });

const answers = (role: string, department: string, topics: string, availability: string) => ({
  role,
  department,
  location: 'Köln',
  timeZone: 'Europe/Berlin',
  languages: 'de,en',
  topics,
  ownTopics: '',
  goals: 'Mehr über KI lernen',
  availability,
  format: 'either',
  managerAadObjectId: 'none',
  consent: 'true',
});

describe('HR matches, mentees confirm, pairs meet in their own chat', () => {
  let h: Harness;
  const programmeId = crypto.randomUUID();
  const chats = new Map<TeamsUser, TeamsConversation>();
  const chatOf = (user: TeamsUser) => chats.get(user)!;
  /** Cards the bot sent to a person's personal chat (text replies left out). */
  // The mentor kit that follows onboarding and confirmation is tested in mentor-kit.test.ts.
  const cardsTo = (user: TeamsUser) =>
    withoutMentorKits(h.connector.messages(chatOf(user).id)).filter((m) => m.attachments?.length);
  const upn = (user: TeamsUser) => `${user.name.split(' ')[0]!.toLowerCase()}@contoso.com`;

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    for (const user of [hr, anna, max, bernd, clara]) {
      const chat = personalChat();
      chats.set(user, chat);
      h.connector.setMembers(chat.id, [
        { id: user.id, name: user.name, aadObjectId: user.aadObjectId, userPrincipalName: upn(user) },
      ]);
      await h.post(h.activities.installationUpdate(chat, user, 'add'));
    }
    await h.executes(hr, chatOf(hr), Verbs.createProgramme, {
      programmeId,
      name: 'Reverse Mentoring 2027',
      startDate: '2027-02-01',
      endDate: '2027-08-01',
      meetingsTarget: '6',
      languages: 'de,en',
    });
    await h.executes(hr, chatOf(hr), Verbs.moveProgramme, { programmeId, to: 'enrolling' });
    await h.executes(anna, chatOf(anna), Verbs.submitOnboarding, {
      programmeId,
      ...answers('mentor', 'IT', 'artificial-intelligence,digital-networking', 'tue-am,thu-pm'),
    });
    await h.executes(max, chatOf(max), Verbs.submitOnboarding, {
      programmeId,
      ...answers('mentor', 'Vertrieb', 'digital-reputation', 'mon-am'),
    });
    await h.executes(bernd, chatOf(bernd), Verbs.submitOnboarding, {
      programmeId,
      ...answers('mentee', 'Finanzen', 'artificial-intelligence', 'tue-am'),
    });
    await h.executes(clara, chatOf(clara), Verbs.submitOnboarding, {
      programmeId,
      ...answers('mentee', 'Marketing', 'digital-reputation', 'mon-am'),
    });
    await h.executes(hr, chatOf(hr), Verbs.moveProgramme, { programmeId, to: 'matching' });
  });
  afterAll(() => h.stop());

  test('`matching` shows the proposal: each pair with its fit and reasons in plain German', async () => {
    const [reply] = await h.says(hr, chatOf(hr), 'matching');
    const card = cardOf(reply);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('2 von 2 Mentees zugeordnet');
    expect(text).toContain('Anna Berger ↔ Bernd Köhler');
    expect(text).toContain('Gemeinsame Themen: Künstliche Intelligenz');
    expect(text).toContain('Beide dienstags vormittags frei');
    expect(text).toContain('Aus verschiedenen Abteilungen: IT und Finanzen');
    expect(text).toContain('Max Vogel ↔ Clara Fischer');

    const csvLink = card.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url as string;
    const csv = await fetch(csvLink.replace(/^https?:\/\/[^/]+/, h.server.url));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const body = await csv.text();
    expect(body).toContain('mentor;mentor department;mentee;mentee department;fit %;reasons');
    expect(body).toContain('Anna Berger;IT;Bernd Köhler;Finanzen;');
    expect(body).toContain('Shared topics: Artificial intelligence');
    expect((await fetch(`${h.server.url}/api/proposal.csv?token=forged`)).status).toBe(401);
  });

  test('lock and exclude change the next run and are kept across re-runs', async () => {
    const excluded = await h.executes(hr, chatOf(hr), Verbs.excludePair, {
      programmeId,
      mentorId: anna.aadObjectId,
      menteeId: bernd.aadObjectId,
      page: '1',
    });
    expectValidCard(excluded.response.value);
    expect(cardText(excluded.response.value)).not.toContain('Anna Berger ↔ Bernd Köhler');
    const rerun = await h.executes(hr, chatOf(hr), Verbs.rerunMatching, { programmeId });
    expect(cardText(rerun.response.value)).not.toContain('Anna Berger ↔ Bernd Köhler');
    const locked = await h.executes(hr, chatOf(hr), Verbs.lockPair, {
      programmeId,
      mentorId: anna.aadObjectId,
      menteeId: bernd.aadObjectId,
      page: '1',
    });
    expect(cardText(locked.response.value)).toContain('Anna Berger ↔ Bernd Köhler');
    expect(cardText(locked.response.value)).toContain('fixiert');
    const rerunAgain = await h.executes(hr, chatOf(hr), Verbs.rerunMatching, { programmeId });
    expect(cardText(rerunAgain.response.value)).toContain('fixiert');
  });

  test('non-admins cannot see or change the proposal; forged data is refused', async () => {
    const [reply] = await h.says(bernd, chatOf(bernd), 'matching');
    expect(reply!.text).toContain('nur die HR-Admins');
    for (const [verb, data] of [
      [Verbs.rerunMatching, { programmeId }],
      [Verbs.publishProposal, { programmeId }],
      [Verbs.lockPair, { programmeId, mentorId: max.aadObjectId, menteeId: bernd.aadObjectId }],
    ] as const) {
      const { response } = await h.executes(bernd, chatOf(bernd), verb, data);
      expect(response.value).toContain('Das können nur die HR-Admins');
    }
    expect((await h.executes(hr, chatOf(hr), Verbs.showProposal, { programmeId: 'nope' })).response.value).toContain(
      'veraltet',
    );
  });

  test('publishing asks each mentee (in their language) to confirm; publishing twice asks nobody twice', async () => {
    const { response } = await h.executes(hr, chatOf(hr), Verbs.publishProposal, { programmeId });
    expect(cardText(response.value)).toContain('2 Mentees wurden gebeten');
    await h.connector.waitFor(() => cardsTo(bernd).length >= 1 && cardsTo(clara).length >= 1);
    const toBernd = cardOf(cardsTo(bernd).at(-1));
    expectValidCard(toBernd);
    expect(cardText(toBernd)).toContain('HR schlägt **Anna Berger** (IT) als Ihren Mentor');
    const toClara = cardOf(cardsTo(clara).at(-1));
    expect(cardText(toClara)).toContain('HR proposes **Max Vogel**');

    const again = await h.executes(hr, chatOf(hr), Verbs.publishProposal, { programmeId });
    expect(cardText(again.response.value)).toContain('0 Mentees');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cardsTo(bernd)).toHaveLength(1);
  });

  test('the mentee confirms: both get an introduction with a link to their group chat', async () => {
    const confirmation = cardOf(cardsTo(bernd).at(-1));
    const yes = actionsIn(confirmation).find((a) => a.verb === Verbs.confirmPair)!;
    expect(
      (await h.executes(clara, chatOf(clara), Verbs.confirmPair, yes.data as Record<string, unknown>)).response.value,
    ).toContain('belongs to someone else');
    const { response } = await h.executes(bernd, chatOf(bernd), Verbs.confirmPair, yes.data as Record<string, unknown>);
    expectValidCard(response.value);
    expect(cardText(response.value)).toContain('Ihr Tandem-Partner: Anna Berger');
    const link = response.value.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url as string;
    expect(link).toContain('https://teams.microsoft.com/l/chat/0/0?users=');
    expect(decodeURIComponent(link)).toContain('anna@contoso.com,bernd@contoso.com');
    expect(decodeURIComponent(link)).toContain('topicName=Tandem: Anna & Bernd');

    await h.connector.waitFor(() => cardsTo(anna).length >= 1);
    const toAnna = cardOf(cardsTo(anna).at(-1));
    expectValidCard(toAnna);
    expect(cardText(toAnna)).toContain('Meet your tandem partner: Bernd Köhler');
    expect(cardText(toAnna)).toContain('Mehr über KI lernen');

    // A second press (or Teams' retry) gets the same answer and introduces Anna no second time.
    const twice = await h.executes(bernd, chatOf(bernd), Verbs.confirmPair, yes.data as Record<string, unknown>);
    expect(cardText(twice.response.value)).toContain('Ihr Tandem-Partner: Anna Berger');
    await h.server.hooks.notices.drain();
    expect(cardsTo(anna).filter((card) => cardText(cardOf(card)).includes('Meet your tandem partner'))).toHaveLength(1);
  });

  test('a mentee who declines: HR is told, and the two go back into the pool', async () => {
    const confirmation = cardOf(cardsTo(clara).at(-1));
    const no = actionsIn(confirmation).find((a) => a.verb === Verbs.declinePair)!;
    const { response } = await h.executes(clara, chatOf(clara), Verbs.declinePair, no.data as Record<string, unknown>);
    expect(response.value).toContain('HR will look for another partner');
    await h.connector.waitFor(() =>
      h.connector.messages(chatOf(hr).id).some((m) => String(m.text).includes('abgelehnt')),
    );
    const rerun = await h.executes(hr, chatOf(hr), Verbs.rerunMatching, { programmeId });
    const text = cardText(rerun.response.value);
    expect(text).not.toContain('Max Vogel ↔ Clara Fischer');
    expect(text).toContain('Clara Fischer (Mentee)');
  });

  test("adding Tandem to the pair's group chat binds it and greets both; any other chat gets the general hello", async () => {
    const pairChat = groupChat('Tandem: Anna & Bernd');
    h.connector.setMembers(
      pairChat.id,
      [anna, bernd].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
    );
    await h.post(h.activities.membersAdded(pairChat, bernd));
    // Each member reads the greeting in their own language, whoever added Tandem.
    const [forBernd] = await h.seenBy(bernd, pairChat);
    expect(cardText(forBernd!.card)).toContain('Dieser Chat ist jetzt Ihr Tandem-Chat für **Reverse Mentoring 2027**');
    expect(cardText(forBernd!.card)).toContain('speichern Sie den Tab **Unsere Reise**');
    const [forAnna] = await h.seenBy(anna, pairChat);
    expect(cardText(forAnna!.card)).toContain('This chat is now your tandem chat for **Reverse Mentoring 2027**');
    const pair = await h.server.hooks.services.matching.pairWithPeople(
      TENANT_ID,
      programmeId,
      `${anna.aadObjectId}~${bernd.aadObjectId}`,
    );
    expect(pair?.pair).toMatchObject({ status: 'confirmed', chatId: pairChat.id });

    const otherChat = groupChat('Kaffee');
    h.connector.setMembers(
      otherChat.id,
      [anna, max].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
    );
    const other = await h.post(h.activities.membersAdded(otherChat, anna));
    expect(other.replies[0]!.text).toContain("I'm **Tandem**");
    expect(other.replies[0]!.text).toContain('ich bin **Tandem**'); // a chat of unknown readers hears every language
  });

  test('HR lists the pairs (`tandems`) and ends one with a reason; both are told, the reason stays with HR', async () => {
    const ida = teamsUser('Ida Neu', { locale: 'de-DE' });
    const jon = teamsUser('Jon Alt', { locale: 'en-GB' });
    for (const user of [ida, jon]) {
      chats.set(user, personalChat());
      await h.post(h.activities.installationUpdate(chatOf(user), user, 'add'));
    }
    await h.executes(ida, chatOf(ida), Verbs.submitOnboarding, {
      programmeId,
      ...answers('mentor', 'Recht', 'big-data', 'fri-am'),
    });
    await h.executes(jon, chatOf(jon), Verbs.submitOnboarding, {
      programmeId,
      ...answers('mentee', 'Einkauf', 'big-data', 'fri-am'),
    });
    await h.executes(hr, chatOf(hr), Verbs.rerunMatching, { programmeId });
    await h.executes(hr, chatOf(hr), Verbs.publishProposal, { programmeId });
    await h.connector.waitFor(() => cardsTo(jon).length >= 1);
    const yes = actionsIn(cardOf(cardsTo(jon).at(-1))).find((a) => a.verb === Verbs.confirmPair)!;
    await h.executes(jon, chatOf(jon), Verbs.confirmPair, yes.data as Record<string, unknown>);

    const [reply] = await h.says(hr, chatOf(hr), 'tandems');
    const list = cardOf(reply);
    expectValidCard(list);
    expect(cardText(list)).toMatch(/↔ Jon Alt\naktiv/);
    expect(cardText(list)).toContain('Anna Berger ↔ Bernd Köhler\naktiv · Gruppenchat verbunden');
    const end = actionsIn(list).find(
      (a) => a.verb === Verbs.endPair && String((a.data as { pairId: string }).pairId).includes(jon.aadObjectId),
    )!;
    const noReason = await h.executes(hr, chatOf(hr), Verbs.endPair, end.data as Record<string, unknown>);
    expect(cardText(noReason.response.value)).toContain('Bitte geben Sie einen Grund an');
    const ended = await h.executes(hr, chatOf(hr), Verbs.endPair, {
      ...(end.data as Record<string, unknown>),
      reason_3: 'Jon wechselt ins Ausland',
    });
    expectValidCard(ended.response.value);
    expect(cardText(ended.response.value)).toMatch(/Das Tandem .+ ↔ Jon Alt ist beendet\./);
    await h.connector.waitFor(() =>
      h.connector.messages(chatOf(jon).id).some((m) => String(m.text).includes('ended by HR')),
    );
    const notice = h.connector.messages(chatOf(jon).id).find((m) => String(m.text).includes('ended by HR'))!;
    expect(notice.text).not.toContain('Ausland');
    const outsider = await h.executes(bernd, chatOf(bernd), Verbs.endPair, end.data as Record<string, unknown>);
    expect(outsider.response.value).toContain('Das können nur die HR-Admins');
  });

  test('when a paired person deletes their data, the partner is told only that the tandem ended, and no row names them', async () => {
    await h.executes(bernd, chatOf(bernd), Verbs.confirmDeleteMyData);
    await h.connector.waitFor(() =>
      h.connector.messages(chatOf(anna).id).some((m) => String(m.text).includes('Your tandem has ended')),
    );
    const notice = h.connector.messages(chatOf(anna).id).find((m) => String(m.text).includes('Your tandem has ended'))!;
    expect(notice.text).not.toContain('Bernd');
    const pairs = await h.server.hooks.services.matching.pairsOf(TENANT_ID, bernd.aadObjectId);
    expect(pairs).toEqual([]);
    const exported = await h.server.hooks.services.privacy.export({
      tenantId: TENANT_ID,
      aadObjectId: bernd.aadObjectId,
    });
    expect(Object.values(exported.data).every((rows) => rows.length === 0)).toBe(true);
  });
});
