import { Harness } from '../harness/harness';
import { cardOf, cardText, expectValidCard, inputOf } from '../harness/card-checker';
import { personalChat, teamsUser, TENANT_ID, type TeamsUser } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });

const programmeForm = {
  name: 'Reverse Mentoring 2027',
  startDate: '2027-02-01',
  endDate: '2027-08-01',
  meetingsTarget: '6',
  languages: 'de,en',
  sponsorTextDe: 'Digitalisierung ist Chefsache – und beginnt mit Zuhören.',
  sponsorTextEn: 'Going digital is a job for the top – and it starts with listening.',
  sponsorName: 'Dr. Maria Schulz',
  sponsorRole: 'Vorstandsvorsitzende',
};
const menteeAnswers = {
  role: 'mentee',
  department: 'Finanzen',
  location: 'Köln',
  timeZone: 'Europe/Berlin',
  languages: 'de,en',
  topics: 'artificial-intelligence,digital-networking',
  ownTopics: 'Wie baue ich ein LinkedIn-Profil auf?',
  goals: 'Sicherer mit KI werden',
  availability: 'tue-am,thu-pm',
  format: 'either',
  managerAadObjectId: '',
  consent: 'true',
};

describe('participants onboard, view and edit their profile', () => {
  let h: Harness;
  let programmeId: string;

  const actor = (user: TeamsUser) => ({
    tenantId: TENANT_ID,
    aadObjectId: user.aadObjectId,
    displayName: user.name,
    locale: user.locale,
  });
  const storedProfile = (user: TeamsUser) => h.server.hooks.services.onboarding.profile(actor(user), programmeId);

  async function newProgramme(name: string, open: boolean): Promise<string> {
    const id = crypto.randomUUID();
    await h.executes(hr, personalChat(), Verbs.createProgramme, { programmeId: id, ...programmeForm, name });
    if (open) await h.executes(hr, personalChat(), Verbs.moveProgramme, { programmeId: id, to: 'enrolling' });
    return id;
  }

  beforeAll(async () => {
    h = await Harness.start({
      env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId, PUBLIC_URL: 'https://tandem.contoso.com' },
    });
    programmeId = await newProgramme('Reverse Mentoring 2027', true);
  });
  afterAll(() => h.stop());

  test("installing Tandem while enrolment is open brings the invitation with the sponsor's message, in German", async () => {
    const { replies } = await h.post(h.activities.membersAdded(personalChat(), bernd));
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Machen Sie mit bei Reverse Mentoring 2027');
    expect(text).toContain('Ein Wort von Dr. Maria Schulz, Vorstandsvorsitzende');
    expect(text).toContain('„Digitalisierung ist Chefsache – und beginnt mit Zuhören.“');
    expect(text).not.toContain('Going digital');
    expect(card.actions[0]).toMatchObject({ verb: Verbs.startOnboarding, data: { programmeId } });
  });

  test("an English participant reads the sponsor's message in English, with the programme's dates as people write them", async () => {
    const erin = teamsUser('Erin Walsh', { locale: 'en-GB' });
    const { replies } = await h.post(h.activities.membersAdded(personalChat(), erin));
    const text = cardText(cardOf(replies[0]));
    expect(text).toContain('“Going digital is a job for the top – and it starts with listening.”');
    expect(text).not.toContain('Chefsache');
    expect(text).toContain('between Mon 1 Feb 2027 and Sun 1 Aug 2027');
  });

  test('writing anything to Tandem while enrolment is open brings the invitation too', async () => {
    const carla = teamsUser('Carla Neumann', { locale: 'de-DE' });
    const replies = await h.says(carla, personalChat(), 'Hallo');
    expect(replies[0]!.text).toContain('Geben Sie **hilfe** ein');
    expect(cardText(cardOf(replies[1]))).toContain('Machen Sie mit bei Reverse Mentoring 2027');
  });

  test('Start opens the onboarding form with the Teams time zone prefilled and a privacy link', async () => {
    const { response } = await h.executes(bernd, personalChat(), Verbs.startOnboarding, { programmeId });
    const card = response.value;
    expectValidCard(card);
    expect(cardText(card)).toContain('Ihr Profil für Reverse Mentoring 2027');
    expect(inputOf(card, 'timeZone').value).toBe('Europe/Berlin');
    expect(cardText(card)).toContain('(https://tandem.contoso.com/tab/privacy.html)');
    const topics = inputOf(card, 'topics');
    expect(topics.choices.map((c: { title: string }) => c.title)).toContain('Künstliche Intelligenz');
  });

  test('invalid answers come back on the form with the entered values and a message per field; nothing is saved', async () => {
    const { response } = await h.executes(bernd, personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...menteeAnswers,
      department: '',
      goals: 'x'.repeat(1001),
      availability: 'sat-am',
    });
    const card = response.value;
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Bitte prüfen Sie die markierten Felder');
    expect(text).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(text).toContain('Bitte höchstens 1000 Zeichen.');
    expect(inputOf(card, 'ownTopics').value).toBe(menteeAnswers.ownTopics);
    expect(await storedProfile(bernd)).toBeUndefined();
  });

  test('without consent nothing is stored but the refusal', async () => {
    const { response } = await h.executes(bernd, personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...menteeAnswers,
      consent: 'false',
    });
    expectValidCard(response.value);
    expect(cardText(response.value)).toContain('Ohne Ihr Einverständnis');
    expect(await storedProfile(bernd)).toBeUndefined();
    const exported = await h.server.hooks.services.privacy.export({
      tenantId: TENANT_ID,
      aadObjectId: bernd.aadObjectId,
    });
    expect(exported.data.consentRefusals).toEqual([expect.objectContaining({ programmeId })]);
  });

  test('a valid submit saves the profile and shows the summary; a double click keeps one profile', async () => {
    const submit = () => h.executes(bernd, personalChat(), Verbs.submitOnboarding, { programmeId, ...menteeAnswers });
    const [first, second] = await Promise.all([submit(), submit()]);
    for (const { response } of [first, second]) {
      expectValidCard(response.value);
      expect(cardText(response.value)).toContain('Künstliche Intelligenz, Digitale Vernetzung');
    }
    expect(cardText(first.response.value) + cardText(second.response.value)).toContain(
      'Vielen Dank, Ihr Profil ist gespeichert',
    );
    const profiles = await h.server.hooks.services.privacy.export({
      tenantId: TENANT_ID,
      aadObjectId: bernd.aadObjectId,
    });
    expect(profiles.data.profiles).toHaveLength(1);
    expect(profiles.data.profiles![0]).toMatchObject({
      role: 'mentee',
      department: 'Finanzen',
      consent: { version: expect.any(String) },
      locale: 'de-DE',
    });
  });

  test('`profil` shows the summary again, with an Edit button that opens the prefilled form', async () => {
    const [reply] = await h.says(bernd, personalChat(), 'profil');
    const card = cardOf(reply);
    expectValidCard(card);
    expect(cardText(card)).toContain('Finanzen');
    const edit = await h.executes(bernd, personalChat(), card.actions[0].verb, card.actions[0].data);
    expect(inputOf(edit.response.value, 'department').value).toBe('Finanzen');
  });

  test('a mentor onboards in English', async () => {
    const { response } = await h.executes(anna, personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...menteeAnswers,
      role: 'mentor',
      department: 'IT',
      location: 'London',
      timeZone: 'Europe/London',
      languages: 'en',
      topics: 'collaboration-tools',
    });
    expectValidCard(response.value);
    const text = cardText(response.value);
    expect(text).toContain('Thank you, your profile is saved');
    expect(text).toContain('Collaboration and communication tools');
    expect(text).toContain('Mentor');
  });

  test('editing: role may change while enrolling, not once matching has started; the rest may', async () => {
    const asMentor = await h.executes(bernd, personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...menteeAnswers,
      role: 'mentor',
    });
    expect(cardText(asMentor.response.value)).toContain('Ihre Änderungen sind gespeichert');
    await h.executes(hr, personalChat(), Verbs.moveProgramme, { programmeId, to: 'matching' });
    const back = await h.executes(bernd, personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...menteeAnswers,
      role: 'mentee',
    });
    expect(cardText(back.response.value)).toContain('Ihre Rolle lässt sich nicht mehr ändern');
    expect((await storedProfile(bernd))!.role).toBe('mentor');
    const goals = await h.executes(bernd, personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...menteeAnswers,
      role: 'mentor',
      goals: 'Neue Ziele',
    });
    expect(cardText(goals.response.value)).toContain('Neue Ziele');
  });

  test('tampered card data is refused and nothing is stored', async () => {
    const eve = teamsUser('Eve Mallory', { locale: 'en-US' });
    const draftId = await newProgramme('Not yet open', false);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ programmeId: 'not-a-uuid' }, 'out of date'],
      [{ programmeId: '7d2b1c3a-5e4f-4a6b-8c9d-0e1f2a3b4c5d' }, "can't find that programme"],
      [{ programmeId: draftId }, 'not taking profiles'],
    ];
    for (const [data, expected] of cases) {
      const { response } = await h.executes(eve, personalChat(), Verbs.submitOnboarding, { ...menteeAnswers, ...data });
      expect(response.value).toContain(expected);
    }
    const { response } = await h.executes(eve, personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...menteeAnswers,
      role: 'ceo',
    });
    expect(cardText(response.value)).toContain('Please check the highlighted fields');
    const exported = await h.server.hooks.services.privacy.export({
      tenantId: TENANT_ID,
      aadObjectId: eve.aadObjectId,
    });
    expect(exported.data.profiles).toEqual([]);
  });

  test('someone in two programmes picks the programme first', async () => {
    const second = await newProgramme('Reverse Mentoring Herbst', true);
    await h.executes(bernd, personalChat(), Verbs.submitOnboarding, { programmeId: second, ...menteeAnswers });
    const [reply] = await h.says(bernd, personalChat(), 'profil');
    const picker = cardOf(reply);
    expectValidCard(picker);
    expect(picker.actions.map((a: { title: string }) => a.title).sort()).toEqual([
      'Reverse Mentoring 2027',
      'Reverse Mentoring Herbst',
    ]);
    const chosen = picker.actions.find((a: { title: string }) => a.title === 'Reverse Mentoring Herbst');
    const { response } = await h.executes(bernd, personalChat(), chosen.verb, chosen.data);
    expect(cardText(response.value)).toContain('Ihr Profil für Reverse Mentoring Herbst');
  });

  test('with no open programme, `profile` says so', async () => {
    const lonely = teamsUser('Lonely', { locale: 'en-US' });
    const other = await Harness.start();
    try {
      const [reply] = await other.says(lonely, personalChat(), 'profile');
      expect(reply!.text).toContain('No programme is open for you');
    } finally {
      await other.stop();
    }
  });
});
