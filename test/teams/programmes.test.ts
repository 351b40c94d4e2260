import { Harness } from '../harness/harness';
import { cardOf, cardText, expectValidCard, inputOf } from '../harness/card-checker';
import { personalChat, teamsUser } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const hrEnglish = teamsUser('Harriet Reed', { locale: 'en-GB' });
const outsider = teamsUser('Otto Außen', { locale: 'de-DE' });

const form = {
  name: 'Reverse Mentoring 2027',
  startDate: '2027-02-01',
  endDate: '2027-08-01',
  meetingsTarget: '6',
  languages: 'de,en',
  sponsorTextDe: 'Digitalisierung ist Chefsache – und beginnt mit Zuhören.',
  sponsorTextEn: 'Going digital is a job for the top – and it starts with listening.',
  sponsorName: 'Dr. Maria Schulz',
  sponsorRole: 'Vorstandsvorsitzende',
  coachName: 'Jonas Weber',
  coachEmail: 'jonas.weber@contoso.com',
};

describe('HR sets up a programme in Teams', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: `${hr.aadObjectId}, ${hrEnglish.aadObjectId}` } });
  });
  afterAll(() => h.stop());

  async function createProgramme(user = hr) {
    const { response: blank } = await h.executes(user, personalChat(), Verbs.newProgramme);
    const formCard = blank.value;
    expectValidCard(formCard);
    const save = formCard.actions.find((a: { verb: string }) => a.verb === Verbs.createProgramme);
    const { response } = await h.executes(user, personalChat(), Verbs.createProgramme, { ...save.data, ...form });
    return { formCard, programmeId: save.data.programmeId as string, response };
  }

  test('`programm` with no programme yet offers the create form, in German', async () => {
    const [reply] = await h.says(hr, personalChat(), 'programm');
    expect(reply!.text).toContain('Es gibt noch kein Programm');
    const card = cardOf(reply);
    expectValidCard(card);
    expect(cardText(card)).toContain('Neues Reverse-Mentoring-Programm');
    expect(card.body.find((e: { id?: string }) => e.id === 'meetingsTarget').value).toBe('6');
  });

  test('news, match and pairs before any programme say how to create one; an outsider hears they are no admin', async () => {
    const [news] = await h.says(hrEnglish, personalChat(), 'news');
    expect(news!.text).toContain('Type **programme** to set one up');
    const [match] = await h.says(hrEnglish, personalChat(), 'match');
    expect(match!.text).toBe('There is no programme yet. Type **programme** to create the first one.');
    const [pairs] = await h.says(hr, personalChat(), 'tandems');
    expect(pairs!.text).toBe('Es gibt noch kein Programm. Geben Sie **programm** ein, um das erste anzulegen.');
    for (const command of ['news', 'match', 'pairs']) {
      const [refused] = await h.says(outsider, personalChat(), command);
      expect(refused!.text).toMatch(/nur die (HR-)?Admins/i);
    }
  });

  test('creating a programme shows its overview; a double click creates only one', async () => {
    const { programmeId, response } = await createProgramme();
    expectValidCard(response.value);
    expect(cardText(response.value)).toContain('Reverse Mentoring 2027');
    expect(cardText(response.value)).toContain('Entwurf');

    const again = await h.executes(hr, personalChat(), Verbs.createProgramme, { programmeId, ...form });
    expect(cardText(again.response.value)).toContain('Reverse Mentoring 2027');
    const stored = await h.server.hooks.services.programmes.programmesRunBy({
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      aadObjectId: hr.aadObjectId,
      displayName: '',
      locale: 'de-DE',
    });
    expect(stored.filter((p) => p.id === programmeId)).toHaveLength(1);
  });

  test('invalid input comes back on the same form with the entered values and a message per field; nothing is saved', async () => {
    const [reply] = await h.says(hr, personalChat(), 'programm');
    const draftId = cardOf(reply).actions.find((a: { verb: string }) => a.verb === Verbs.newProgramme)?.data
      ?.programmeId;
    expect(draftId).toBeUndefined(); // the overview is shown now that a programme exists
    const { response } = await h.executes(hr, personalChat(), Verbs.createProgramme, {
      programmeId: '0b6f3a4e-6f0e-4a39-9d5c-3e2d8a7b1c00',
      ...form,
      name: '',
      endDate: '2027-03-01',
      coachEmail: 'kein-mail',
    });
    const card = response.value;
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Bitte prüfen Sie die markierten Felder');
    expect(text).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(text).toContain('Ein Programm dauert mindestens 3 Monate.');
    expect(inputOf(card, 'sponsorTextDe').value).toBe(form.sponsorTextDe);
    expect(inputOf(card, 'sponsorTextEn').value).toBe(form.sponsorTextEn);
    const found = await h.server.hooks.services.programmes.get(
      { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', aadObjectId: hr.aadObjectId, displayName: '', locale: 'de' },
      '0b6f3a4e-6f0e-4a39-9d5c-3e2d8a7b1c00',
    );
    expect(found).toEqual({ ok: false, reason: 'not-found' });
  });

  test('status moves: open enrolment, then matching; a forged move is refused', async () => {
    const { programmeId } = await createProgramme(hrEnglish);
    const opened = await h.executes(hrEnglish, personalChat(), Verbs.moveProgramme, { programmeId, to: 'enrolling' });
    expectValidCard(opened.response.value);
    expect(cardText(opened.response.value)).toContain('is now: Enrolling');
    const forged = await h.executes(hrEnglish, personalChat(), Verbs.moveProgramme, { programmeId, to: 'closed' });
    expect(forged.response.value).toContain("can't move to that status");
    const nonsense = await h.executes(hrEnglish, personalChat(), Verbs.moveProgramme, { programmeId, to: 'deleted' });
    expect(nonsense.response.value).toContain('out of date');
  });

  test('editing keeps the programme and changes its settings', async () => {
    const { programmeId } = await createProgramme();
    const edit = await h.executes(hr, personalChat(), Verbs.editProgramme, { programmeId });
    expectValidCard(edit.response.value);
    expect(cardText(edit.response.value)).toContain('Programm bearbeiten');
    const saved = await h.executes(hr, personalChat(), Verbs.updateProgramme, {
      programmeId,
      ...form,
      meetingsTarget: '8',
    });
    expect(cardText(saved.response.value)).toMatch(/Treffen pro Tandem\n8/);
  });

  test('reminder lead times take a German decimal comma; the form explains fractions and names the smallest lead', async () => {
    const { programmeId, formCard } = await createProgramme();
    expect(cardText(formCard)).toContain('0,5 sind 30 Minuten');
    expect(cardText(formCard)).toContain('spätestens 5 Minuten vor dem Treffen');
    expect(formCard.body.find((e: { id?: string }) => e.id === 'reminderHours').value).toBe('24; 1');

    const tooSoon = await h.executes(hr, personalChat(), Verbs.updateProgramme, {
      programmeId,
      ...form,
      reminderHours: '24; 0,05',
    });
    expect(cardText(tooSoon.response.value)).toContain(
      'Eine Erinnerung muss mindestens 5 Minuten vor dem Treffen kommen',
    );
    await h.executes(hr, personalChat(), Verbs.updateProgramme, { programmeId, ...form, reminderHours: '24; 0,5' });
    const edit = await h.executes(hr, personalChat(), Verbs.editProgramme, { programmeId });
    expect(edit.response.value.body.find((e: { id?: string }) => e.id === 'reminderHours').value).toBe('24; 0,5');
  });

  test('the form has one sponsor message field per language of the programme', async () => {
    const { programmeId, formCard } = await createProgramme();
    expect(inputOf(formCard, 'sponsorTextDe').label).toBe('Botschaft auf Deutsch');
    expect(inputOf(formCard, 'sponsorTextEn').label).toBe('Botschaft auf Englisch');
    await h.executes(hr, personalChat(), Verbs.updateProgramme, {
      programmeId,
      ...form,
      languages: 'de',
      sponsorTextEn: '',
    });
    const edit = await h.executes(hr, personalChat(), Verbs.editProgramme, { programmeId });
    expect(inputOf(edit.response.value, 'sponsorTextDe').value).toBe(form.sponsorTextDe);
    expect(() => inputOf(edit.response.value, 'sponsorTextEn')).toThrow();
  });

  test('an English admin sees lead times with a decimal point', async () => {
    const { programmeId } = await createProgramme(hrEnglish);
    await h.executes(hrEnglish, personalChat(), Verbs.updateProgramme, {
      programmeId,
      ...form,
      reminderHours: '48; 0.25',
    });
    const edit = await h.executes(hrEnglish, personalChat(), Verbs.editProgramme, { programmeId });
    expect(edit.response.value.body.find((e: { id?: string }) => e.id === 'reminderHours').value).toBe('48; 0.25');
    expect(cardText(edit.response.value)).toContain('0.5 is 30 minutes');
  });

  test('someone who is not an admin is refused politely and nothing changes', async () => {
    const { programmeId } = await createProgramme();
    const [reply] = await h.says(outsider, personalChat(), 'programm');
    expect(reply!.text).toContain('Das können nur die HR-Admins');
    for (const [verb, data] of [
      [Verbs.moveProgramme, { programmeId, to: 'enrolling' }],
      [Verbs.updateProgramme, { programmeId, ...form, name: 'Gekapert' }],
      [Verbs.editProgramme, { programmeId }],
      [Verbs.newProgramme, {}],
      [Verbs.createProgramme, { programmeId: '1b6f3a4e-6f0e-4a39-9d5c-3e2d8a7b1c00', ...form }],
    ] as const) {
      const { response } = await h.executes(outsider, personalChat(), verb, data);
      expect(response.value).toContain('Das können nur die HR-Admins');
    }
    const unchanged = await h.server.hooks.services.programmes.get(
      { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', aadObjectId: hr.aadObjectId, displayName: '', locale: 'de' },
      programmeId,
    );
    expect(unchanged.ok && unchanged.value).toMatchObject({ name: form.name, status: 'draft' });
  });

  test('a forged programme id is answered like a missing programme', async () => {
    const { response } = await h.executes(hr, personalChat(), Verbs.showProgramme, { programmeId: '../../etc/passwd' });
    expect(response.value).toContain('veraltet');
    const other = await h.executes(hr, personalChat(), Verbs.showProgramme, {
      programmeId: '2b6f3a4e-6f0e-4a39-9d5c-3e2d8a7b1c00',
    });
    expect(other.response.value).toContain('finde ich nicht');
  });
});
