import { Harness } from '../harness/harness';
import { expectValidCard, inputOf } from '../harness/card-checker';
import { personalChat, teamsUser, TENANT_ID } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const BERND_UPN = 'Bernd.Koehler@contoso.com';

describe("HR's enrolment meets onboarding in Teams", () => {
  let h: Harness;
  const programmeId = crypto.randomUUID();
  const chat = personalChat();
  const subject = { tenantId: TENANT_ID, aadObjectId: bernd.aadObjectId, email: BERND_UPN.toLowerCase() };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    // Teams answers the bot's member lookup with the person's sign-in address.
    h.connector.setMembers(chat.id, [
      { id: bernd.id, name: bernd.name, aadObjectId: bernd.aadObjectId, userPrincipalName: BERND_UPN },
    ]);
    await h.executes(hr, personalChat(), Verbs.createProgramme, {
      programmeId,
      name: 'RM 2027',
      startDate: '2027-02-01',
      endDate: '2027-08-01',
      meetingsTarget: '6',
      languages: 'de',
    });
    await h.executes(hr, personalChat(), Verbs.moveProgramme, { programmeId, to: 'enrolling' });
    const programme = await h.server.hooks.services.enrolment.programme(programmeId);
    if (!programme.ok) throw new Error(programme.reason);
    await h.server.hooks.services.enrolment.import(programme.value, [
      {
        line: 2,
        values: {
          email: 'bernd.koehler@contoso.com',
          name: 'Bernd Köhler',
          role: 'mentee',
          department: 'Finanzen',
          location: 'Köln',
        },
      },
    ]);
  });
  afterAll(() => h.stop());

  test('Start prefills what HR imported (role, department, location)', async () => {
    const { response } = await h.executes(bernd, chat, Verbs.startOnboarding, { programmeId });
    expectValidCard(response.value);
    expect(inputOf(response.value, 'role').value).toBe('mentee');
    expect(inputOf(response.value, 'department').value).toBe('Finanzen');
    expect(inputOf(response.value, 'location').value).toBe('Köln');
  });

  test('onboarding links the enrolment to the Teams user; my data shows it; deletion removes it', async () => {
    await h.executes(bernd, chat, Verbs.submitOnboarding, {
      programmeId,
      role: 'mentee',
      department: 'Finanzen',
      location: 'Köln',
      timeZone: 'Europe/Berlin',
      languages: 'de',
      topics: 'big-data',
      ownTopics: '',
      goals: '',
      availability: 'mon-am',
      format: 'online',
      managerAadObjectId: 'none',
      consent: 'true',
    });
    const exported = await h.server.hooks.services.privacy.export(subject);
    expect(exported.data.enrolments).toEqual([
      expect.objectContaining({ email: 'bernd.koehler@contoso.com', aadObjectId: bernd.aadObjectId }),
    ]);
    const programme = await h.server.hooks.services.enrolment.programme(programmeId);
    const rows = programme.ok ? await h.server.hooks.services.enrolment.participants(programme.value) : [];
    expect(rows).toEqual([
      expect.objectContaining({
        enrolment: expect.objectContaining({ name: 'Bernd Köhler' }),
        profile: expect.objectContaining({ department: 'Finanzen' }),
      }),
    ]);

    await h.executes(bernd, chat, Verbs.confirmDeleteMyData);
    expect((await h.server.hooks.services.privacy.export(subject)).data.enrolments).toEqual([]);
  });
});
