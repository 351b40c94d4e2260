import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { onboardingAnswers, runningPair, type PairFixture } from '../harness/pair-fixture';
import {
  personalChat,
  teamsUser,
  TENANT_ID,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';
import { addAdmin, changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const harry = teamsUser('Harry Reed', { locale: 'en-GB' });
const anna = teamsUser('Anna Berger', { locale: 'de-DE' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const carla = teamsUser('Carla Diaz', { locale: 'en-US' });
const dieter = teamsUser('Dieter Sommer', { locale: 'de-DE' });

describe('HR is told when a tandem ends, and finds the one left behind a new partner', () => {
  let h: Harness;
  let fixture: PairFixture;
  const chats = new Map<TeamsUser, TeamsConversation>();
  const chatOf = (user: TeamsUser) => chats.get(user)!;
  const cardsTo = (user: TeamsUser) =>
    h.connector
      .messages(chatOf(user).id)
      .filter((m) => m.attachments?.length)
      .map((m) => cardOf(m));
  const noticesTo = (user: TeamsUser, title: string) => cardsTo(user).filter((card) => cardText(card).includes(title));
  const pairsOfProgramme = async () =>
    await h.server.hooks.services.matching.pairsOfProgramme(
      { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: '', locale: 'de-DE' },
      fixture.programmeId,
    );
  const findFor = (card: Record<string, any>, person: TeamsUser) =>
    actionsIn(card).find(
      (a) => a.verb === Verbs.findPartner && (a.data as { personId: string }).personId === person.aadObjectId,
    );

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    for (const admin of [hr, harry]) {
      chats.set(admin, personalChat());
      await h.post(h.activities.installationUpdate(chatOf(admin), admin, 'add'));
    }
    fixture = await runningPair(h, { hr, mentor: anna, mentee: bernd });
    for (const user of [anna, bernd]) chats.set(user, fixture.personalChats.get(user.aadObjectId)!);
    const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: hr.locale };
    await h.server.hooks.services.programmes.change(hrActor, fixture.programmeId, (p) =>
      addAdmin(p, harry.aadObjectId),
    );
    // Two mentees not yet matched: Carla fits Anna; Dieter works in Anna's department (a hard rule).
    for (const [user, department] of [
      [carla, 'Marketing'],
      [dieter, 'IT'],
    ] as const) {
      chats.set(user, personalChat());
      await h.executes(user, chatOf(user), Verbs.submitOnboarding, {
        programmeId: fixture.programmeId,
        ...onboardingAnswers('mentee', user, { department }),
      });
    }
  });
  afterAll(() => h.stop());

  test('a mentee deletes her data: each admin is told in their own language, in their personal chat, without a trace of who or why', async () => {
    await h.executes(bernd, chatOf(bernd), Verbs.confirmDeleteMyData);
    await h.connector.waitFor(
      () => noticesTo(hr, 'Ein Tandem ist beendet').length === 1 && noticesTo(harry, 'A tandem has ended').length === 1,
    );
    const german = noticesTo(hr, 'Ein Tandem ist beendet')[0]!;
    expectValidCard(german);
    expect(cardText(german)).toContain(
      'Das Tandem Anna Berger ↔ eine ehemalige Teilnehmerin oder ein ehemaliger Teilnehmer in RM 2027 ist beendet.',
    );
    expect(cardText(german)).toContain('Grund: eine Person hat das Programm verlassen.');
    expect(cardText(german)).toContain('Anna Berger (Mentor) braucht jetzt eine neue Tandem-Partnerin');
    const english = noticesTo(harry, 'A tandem has ended')[0]!;
    expectValidCard(english);
    expect(cardText(english)).toContain('Why: a participant left the programme.');
    expect(cardText(english)).toContain('Anna Berger (Mentor) now needs a new partner.');
    for (const card of [german, english]) {
      expect(JSON.stringify(card)).not.toContain('Bernd');
      expect(JSON.stringify(card)).not.toContain(bernd.aadObjectId);
      expect(cardText(card)).not.toMatch(/lösch|delet|Daten|data/i);
      expect(findFor(card, anna)).toBeDefined();
    }
  });

  test('the pairs list keeps the ended pair with its reason, Anna as needing a new partner, and no name of the one who left', async () => {
    const [reply] = await h.says(hr, chatOf(hr), 'tandems');
    const list = cardOf(reply);
    expectValidCard(list);
    const text = cardText(list);
    expect(text).toContain(
      'Anna Berger ↔ eine ehemalige Teilnehmerin oder ein ehemaliger Teilnehmer\nbeendet · eine Person hat das Programm verlassen',
    );
    expect(text).toContain('Anna Berger (Mentor) braucht eine neue Tandem-Partnerin');
    expect(JSON.stringify(list)).not.toContain('Bernd');
    expect(findFor(list, anna)).toBeDefined();
    expect(actionsIn(list).some((a) => a.verb === Verbs.endPair)).toBe(false);
    const stored = await pairsOfProgramme();
    expect(stored.ok && stored.value.pairs).toEqual([
      expect.objectContaining({
        mentorId: anna.aadObjectId,
        status: 'ended',
        endCode: 'participant-left',
        reasons: [],
      }),
    ]);
    expect(JSON.stringify(stored)).not.toContain(bernd.aadObjectId);
  });

  test('someone who is not an admin of the programme is refused and nothing changes', async () => {
    const find = await h.executes(carla, chatOf(carla), Verbs.findPartner, {
      programmeId: fixture.programmeId,
      personId: anna.aadObjectId,
    });
    expect(find.response.value).toContain("Only the programme's HR admins can do this");
    const confirm = await h.executes(carla, chatOf(carla), Verbs.confirmNewPartner, {
      programmeId: fixture.programmeId,
      mentorId: anna.aadObjectId,
      menteeId: carla.aadObjectId,
    });
    expect(confirm.response.value).toContain("Only the programme's HR admins can do this");
    expect(
      (await h.executes(hr, chatOf(hr), Verbs.findPartner, { programmeId: fixture.programmeId, personId: '' })).response
        .value,
    ).toContain('veraltet');
    const pairs = await pairsOfProgramme();
    expect(pairs.ok && pairs.value.pairs.map((p) => p.status)).toEqual(['ended']);
  });

  test('Find a new partner proposes the best free mentee with the reasons; Confirm asks her like a published pair, once however often it is pressed', async () => {
    const notice = noticesTo(hr, 'Ein Tandem ist beendet')[0]!;
    const { response } = await h.executes(
      hr,
      chatOf(hr),
      Verbs.findPartner,
      findFor(notice, anna)!.data as Record<string, unknown>,
    );
    const proposal = response.value;
    expectValidCard(proposal);
    expect(cardText(proposal)).toContain('Ein neues Tandem für Anna Berger');
    expect(cardText(proposal)).toMatch(/Anna Berger ↔ Carla Diaz · Passung \d+ %/);
    expect(cardText(proposal)).toContain('Aus verschiedenen Abteilungen: IT und Marketing');
    expect(cardText(proposal)).toContain('Gemeinsame Themen: Big Data');
    expect(cardText(proposal)).not.toContain('Dieter');

    const confirm = actionsIn(proposal).find((a) => a.verb === Verbs.confirmNewPartner)!.data as Record<
      string,
      unknown
    >;
    const [first, second] = await Promise.all(
      [1, 2].map(() => h.executes(hr, chatOf(hr), Verbs.confirmNewPartner, confirm)),
    );
    const answers = [first!.response.value, second!.response.value].sort();
    expect(answers).toEqual([
      'Dieses Tandem wurde bereits angelegt. Es wurde nichts geändert.',
      'Erledigt: Carla Diaz wurde gebeten, Anna Berger als Mentor oder Mentorin zu bestätigen.',
    ]);
    expect((await h.executes(hr, chatOf(hr), Verbs.confirmNewPartner, confirm)).response.value).toContain(
      'bereits angelegt',
    );

    await h.connector.waitFor(() => cardsTo(carla).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cardsTo(carla)).toHaveLength(1);
    const ask = cardsTo(carla)[0]!;
    expectValidCard(ask);
    expect(cardText(ask)).toContain('HR proposes **Anna Berger** (IT) as your mentor');
    const pairs = await pairsOfProgramme();
    expect(
      pairs.ok &&
        pairs.value.pairs.filter((p) => p.status === 'awaiting-confirmation').map((p) => [p.mentorId, p.menteeId]),
    ).toEqual([[anna.aadObjectId, carla.aadObjectId]]);

    const yes = actionsIn(ask).find((a) => a.verb === Verbs.confirmPair)!;
    const accepted = await h.executes(carla, chatOf(carla), Verbs.confirmPair, yes.data as Record<string, unknown>);
    expect(cardText(accepted.response.value)).toContain('Meet your tandem partner: Anna Berger');
    await h.connector.waitFor(() => cardsTo(anna).some((card) => cardText(card).includes('Carla Diaz')));
  });

  test('HR ends a pair: every admin is told, both need a new partner, and the ended pair is never proposed again', async () => {
    const [reply] = await h.says(hr, chatOf(hr), 'tandems');
    const end = actionsIn(cardOf(reply)).find((a) => a.verb === Verbs.endPair)!;
    await h.executes(hr, chatOf(hr), Verbs.endPair, {
      ...(end.data as Record<string, unknown>),
      reason_1: 'Carla wechselt nach Madrid',
    });
    await h.connector.waitFor(
      () => noticesTo(harry, 'A tandem has ended').length === 2 && noticesTo(hr, 'Ein Tandem ist beendet').length === 2,
    );
    const english = noticesTo(harry, 'A tandem has ended')[1]!;
    expectValidCard(english);
    expect(cardText(english)).toContain('The tandem Anna Berger ↔ Carla Diaz in RM 2027 has ended.');
    expect(cardText(english)).toContain('Why: ended by HR.');
    expect(cardText(english)).not.toContain('Madrid');
    expect(findFor(english, anna)).toBeDefined();
    expect(findFor(english, carla)).toBeDefined();

    const forCarla = await h.executes(
      harry,
      chatOf(harry),
      Verbs.findPartner,
      findFor(english, carla)!.data as Record<string, unknown>,
    );
    expect(forCarla.response.value).toBe(
      'Tandem found no new partner: everyone who is free breaks one of the matching rules with them (same department, reporting line, no shared language or an earlier pair).',
    );
    const [list] = await h.says(hr, chatOf(hr), 'tandems');
    expect(cardText(cardOf(list))).toContain('Anna Berger ↔ Carla Diaz\nbeendet · von HR beendet');
    expect(cardText(cardOf(list))).toContain('Carla Diaz (Mentee) braucht eine neue Tandem-Partnerin');

    const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: hr.locale };
    for (const to of ['running', 'closed'] as const)
      await h.server.hooks.services.programmes.change(hrActor, fixture.programmeId, (p, now) =>
        changeStatus(p, to, now),
      );
    const closed = await h.executes(
      hr,
      chatOf(hr),
      Verbs.findPartner,
      findFor(english, anna)!.data as Record<string, unknown>,
    );
    expect(closed.response.value).toBe(
      'Neue Tandems sind nur möglich, solange das Programm im Matching ist oder läuft. Es wurde nichts geändert.',
    );
  });
});
