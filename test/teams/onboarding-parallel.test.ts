import { Harness } from '../harness/harness';
import { cardText, expectValidCard } from '../harness/card-checker';
import { personalChat, teamsUser, TENANT_ID } from '../harness/teams-activities';
import { enrollingProgramme, onboardingAnswers } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

/**
 * One form submitted many times at once (a double click, Teams retrying a slow invoke, two
 * devices): every submit finds the profile saved, whichever write came first.
 */
describe('the same onboarding form submitted 20 times at once', () => {
  let h: Harness;
  let programmeId = '';
  const chat = personalChat();
  const answers = { ...onboardingAnswers('mentee', bernd), goals: 'Sicherer mit KI werden' };
  const profilesOfBernd = async () =>
    (await h.server.hooks.services.privacy.export({ tenantId: TENANT_ID, aadObjectId: bernd.aadObjectId })).data
      .profiles ?? [];

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    programmeId = await enrollingProgramme(h, hr);
  });
  afterAll(() => h.stop());

  const submitTwentyTimes = () =>
    Promise.all(
      Array.from({ length: 20 }, () => h.executes(bernd, chat, Verbs.submitOnboarding, { programmeId, ...answers })),
    );

  test('stores one profile and answers each submit with the same "saved"', async () => {
    const answered = (await submitTwentyTimes()).map(({ response }) => response.value);
    answered.forEach(expectValidCard);
    const texts = answered.map(cardText);
    expect(texts[0]).toContain('Vielen Dank, Ihr Profil ist gespeichert');
    expect(new Set(texts)).toEqual(new Set([texts[0]]));
    expect(await profilesOfBernd()).toEqual([
      expect.objectContaining({ department: 'Finanzen', goals: answers.goals }),
    ]);
  });

  test('the same changes submitted 20 times at once are saved once, each submit told so', async () => {
    h.clock.advance(60 * 60 * 1000); // an edit an hour later
    const submit = () =>
      h.executes(bernd, chat, Verbs.submitOnboarding, { programmeId, ...answers, department: 'Controlling' });
    const answered = (await Promise.all(Array.from({ length: 20 }, submit))).map(({ response }) =>
      cardText(response.value),
    );
    expect(answered[0]).toContain('Ihre Änderungen sind gespeichert');
    expect(new Set(answered)).toEqual(new Set([answered[0]]));
    expect(await profilesOfBernd()).toEqual([expect.objectContaining({ department: 'Controlling' })]);
  });
});
