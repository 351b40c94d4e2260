import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText } from '../harness/card-checker';
import { isMentorKitCard } from '../harness/mentor-kit-cards';
import { enrollingProgramme, onboardingAnswers } from '../harness/pair-fixture';
import {
  personalChat,
  teamChannel,
  teamsUser,
  TENANT_ID,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';
import { changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { ok } from '../../bot/src/domain/result';
import type { UpcomingBriefing, UpcomingBriefings } from '../../bot/src/services/mentor-kit/upcoming-briefings';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const carl = teamsUser('Carl Mason', { locale: 'en-GB', timeZone: 'America/New_York' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const emma = teamsUser('Emma Stone', { locale: 'en-US' });

/** One briefing, 16:00 UTC: 17:00 in Berlin, 11:00 am in New York. */
const kickOff: UpcomingBriefing = {
  briefingId: 'b1',
  title: 'Kick-off [für alle](https://evil.example)',
  startsAt: new Date('2027-02-10T16:00:00Z'),
  durationMinutes: 90,
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/kick-off',
};

/**
 * The mentor kit: sent to a mentor when they onboard and again when their mentee confirms
 * (stored as notices with the click), and shown again by `mentor kit` to mentors and admins.
 */
describe('the mentor kit', () => {
  let h: Harness;
  let programmeId: string;
  const asked: string[] = [];
  const briefings: UpcomingBriefings = {
    async nextFor(tenantId, id, now) {
      asked.push(`${tenantId}|${id}`);
      return id === programmeId && now < kickOff.startsAt ? kickOff : undefined;
    },
  };
  const chats = new Map<TeamsUser, TeamsConversation>();
  const chatOf = (user: TeamsUser) => chats.get(user)!;
  const community = teamChannel('Reverse Mentoring', 'Mentoren-Community');
  const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: hr.locale };
  /** The kit cards a person received in their personal chat. */
  const kitsOf = (user: TeamsUser) =>
    h.connector
      .messages(chatOf(user).id)
      .flatMap((m) => m.attachments ?? [])
      .map((a) => a.content as Record<string, any>)
      .filter(isMentorKitCard);
  /** The addresses of the card's link buttons, in order. */
  const links = (card: Record<string, any>) =>
    JSON.stringify(card)
      .match(/"type":"Action.OpenUrl","title":"[^"]*","url":"[^"]*"/g)!
      .map((action) => (JSON.parse(`{${action}}`) as { url: string }).url);

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId }, upcomingBriefings: briefings });
    programmeId = await enrollingProgramme(h, hr);
    await h.server.hooks.services.programmes.change(hrActor, programmeId, (p) =>
      ok({ ...p, coach: { name: 'Clara Coach', email: 'clara.coach@contoso.com' } }),
    );
    for (const user of [hr, anna, carl, bernd, emma]) chats.set(user, personalChat());
    // HR marks one material for mentors on the materials card; the other is for the pairs.
    for (const [title, forMentors] of [
      ['Mentoren-Leitfaden', 'true'],
      ['Fachartikel KI', 'false'],
    ])
      await h.executes(hr, chatOf(hr), Verbs.addMaterial, {
        programmeId,
        materialTitle: title,
        materialUrl: `https://contoso.sharepoint.com/${forMentors}`,
        materialTopic: 'all',
        materialForMentors: forMentors,
      });
    await h.says(hr, community, 'community channel');
  });
  afterAll(() => h.stop());

  test('HR sees which materials are for mentors, and they are stored so', async () => {
    const card = (await h.executes(hr, chatOf(hr), Verbs.showMaterials, { programmeId })).response.value;
    expect(cardText(card)).toContain('Alle Themen · für Mentoren');
    const stored = await h.server.hooks.services.programmes.get(hrActor, programmeId);
    expect(stored.ok && stored.value.materials.map((m) => [m.title, m.forMentors])).toEqual([
      ['Mentoren-Leitfaden', true],
      ['Fachartikel KI', undefined],
    ]);
  });

  test('a mentor who onboards gets the kit, in their language and time zone; a mentee gets none', async () => {
    // Shared topics make the pairs certain: Anna with Emma, Carl with Bernd.
    for (const [user, role, topics] of [
      [anna, 'mentor', 'big-data'],
      [carl, 'mentor', 'error-culture'],
      [bernd, 'mentee', 'error-culture'],
      [emma, 'mentee', 'big-data'],
    ] as const)
      await h.executes(user, chatOf(user), Verbs.submitOnboarding, {
        programmeId,
        ...onboardingAnswers(role, user, { topics }),
      });
    // Anna presses Save again: an edit, no second kit.
    await h.executes(anna, chatOf(anna), Verbs.submitOnboarding, {
      programmeId,
      ...onboardingAnswers('mentor', anna, { topics: 'big-data' }),
    });
    await h.connector.waitFor(() => kitsOf(anna).length + kitsOf(carl).length >= 2);

    const [annas] = kitsOf(anna);
    const annaText = cardText(annas);
    expect(annaText).toContain('Ihr Mentoren-Kit für Reverse Mentoring 2027');
    expect(annaText).toContain('[Mentoren-Leitfaden](https://contoso.sharepoint.com/true)');
    expect(annaText).not.toContain('Fachartikel KI');
    expect(annaText).toContain('Clara Coach (clara.coach@contoso.com) begleitet das Mentoren-Team.');
    expect(annaText).toContain('Treffen Sie die anderen Mentoren im Kanal Mentoren-Community.');
    expect(annaText).toContain('Mi., 10. Feb. 2027, 17:00 (90 Minuten)');
    // The briefing's title is shown as typed, not as a link.
    expect(annaText).toContain('Kick-off \\[für alle\\](https://evil.example)');
    expect(links(annas!)).toEqual([
      'https://teams.microsoft.com/l/chat/0/0?users=clara.coach%40contoso.com',
      'mailto:clara.coach%40contoso.com',
      `https://teams.microsoft.com/l/channel/${encodeURIComponent(community.id)}/Mentoren-Community?groupId=${
        community.scope === 'channel' ? community.aadGroupId : ''
      }&tenantId=${TENANT_ID}`,
      kickOff.joinUrl,
    ]);

    const carlText = cardText(kitsOf(carl)[0]);
    expect(carlText).toContain('Your mentor kit for Reverse Mentoring 2027');
    expect(carlText).toContain('Wed 10 Feb 2027, 11:00 am (90 minutes)');
    expect(carlText).toContain('Chat in Teams');

    await h.server.tandem.idle();
    expect(kitsOf(anna)).toHaveLength(1);
    expect(kitsOf(carl)).toHaveLength(1);
    expect(kitsOf(bernd)).toEqual([]);
    expect(kitsOf(emma)).toEqual([]);
    expect(asked).toContain(`${TENANT_ID}|${programmeId}`);
  });

  test('when Emma confirms, her mentor Anna gets the kit again with the introduction', async () => {
    const { programmes, matching } = h.server.hooks.services;
    await programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, 'matching', now));
    await matching.propose(hrActor, programmeId);
    await h.executes(hr, chatOf(hr), Verbs.publishProposal, { programmeId });
    const confirmOf = (user: TeamsUser) =>
      h.connector
        .messages(chatOf(user).id)
        .flatMap((m) => (m.attachments?.length ? actionsIn(cardOf(m)) : []))
        .find((a) => a.verb === Verbs.confirmPair);
    await h.connector.waitFor(() => Boolean(confirmOf(emma)));
    await h.executes(emma, chatOf(emma), Verbs.confirmPair, confirmOf(emma)!.data as Record<string, unknown>);
    await h.connector.waitFor(() => kitsOf(anna).length >= 2);
    expect(cardText(kitsOf(anna)[1])).toContain('Ihr Mentoren-Kit für Reverse Mentoring 2027');
    const annasKits = async () =>
      (await h.server.hooks.services.notices.ofProgramme(TENANT_ID, programmeId))
        .filter((n) => n.recipient === anna.aadObjectId && n.subject.kind === 'mentor-kit')
        .map((n) => [n.subject, n.status]);
    // The worker records the outcome just after the message arrived.
    for (let i = 0; i < 50 && (await annasKits()).some(([, status]) => status !== 'sent'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await annasKits()).toEqual(
      expect.arrayContaining([
        [{ kind: 'mentor-kit', occasion: 'onboarded' }, 'sent'],
        [{ kind: 'mentor-kit', occasion: 'paired' }, 'sent'],
      ]),
    );
    // Carl's mentee has not answered: he has only the kit from onboarding.
    await h.server.tandem.idle();
    expect(kitsOf(carl)).toHaveLength(1);
    expect(kitsOf(emma)).toEqual([]);
  });

  test('`mentoren-kit` / `mentor kit` show it again to mentors and admins; others are told whom it is for', async () => {
    const [annas] = await h.says(anna, chatOf(anna), 'mentoren-kit');
    expect(cardText(cardOf(annas))).toContain('Ihr Mentoren-Kit für Reverse Mentoring 2027');
    const [carls] = await h.says(carl, chatOf(carl), 'Mentor Kit');
    expect(cardText(cardOf(carls))).toContain('Wed 10 Feb 2027, 11:00 am');
    const [helgas] = await h.says(hr, chatOf(hr), 'mentoring kit');
    expect(cardText(cardOf(helgas))).toContain('Ihr Mentoren-Kit für Reverse Mentoring 2027');
    const [emmas] = await h.says(emma, chatOf(emma), 'mentor kit');
    expect(emmas!.text).toBe(
      'The mentor kit is for mentors and for the people who run a programme. It shows here once you take part as a mentor.',
    );
    const [berndsAnswer] = await h.says(bernd, chatOf(bernd), 'mentoren-kit');
    expect(berndsAnswer!.text).toContain('Das Mentoren-Kit ist für Mentoren');
  });
});

describe('the mentor kit survives a server that stops right after the onboarding click', () => {
  test('stored with the click; the next server sends it once, a double submit included', async () => {
    const hr = teamsUser('Hanna Reich', { locale: 'de-DE' });
    const dora = teamsUser('Dora Dietz', { locale: 'de-DE' });
    const h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId }, noticeWorker: 'stopped' });
    try {
      const programmeId = await enrollingProgramme(h, hr);
      const chat = personalChat();
      const kits = () =>
        h.connector.messages(chat.id).filter((m) => (m.attachments ?? []).some((a: any) => isMentorKitCard(a.content)))
          .length;
      const submit = () =>
        h.executes(dora, chat, Verbs.submitOnboarding, { programmeId, ...onboardingAnswers('mentor', dora) });
      await Promise.all([submit(), submit()]);
      await h.server.stop();
      expect(kits()).toBe(0);

      await h.restart({}, { noticeWorker: 'running' });
      await h.connector.waitFor(() => kits() > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(kits()).toBe(1);
    } finally {
      await h.stop();
    }
  });
});
