import { Harness } from '../harness/harness';
import { cardText, expectValidCard } from '../harness/card-checker';
import { personalChat, teamsUser, TENANT_ID } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const colleague = teamsUser('Carl Hansen', { locale: 'en-GB' });
const outsider = teamsUser('Otto Außen', { locale: 'en-US' });

describe('HR manages topics, materials and admins', () => {
  let h: Harness;
  const programmeId = crypto.randomUUID();
  const stored = async () => {
    const found = await h.server.hooks.services.programmes.get(
      { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: '', locale: 'de-DE' },
      programmeId,
    );
    if (!found.ok) throw new Error(found.reason);
    return found.value;
  };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    await h.post(h.activities.installationUpdate(personalChat(), hr, 'add'));
    await h.post(h.activities.installationUpdate(personalChat(), colleague, 'add'));
    await h.executes(hr, personalChat(), Verbs.createProgramme, {
      programmeId,
      name: 'RM 2027',
      startDate: '2027-02-01',
      endDate: '2027-08-01',
      meetingsTarget: '6',
      languages: 'de,en',
    });
  });
  afterAll(() => h.stop());

  test('topics: the catalogue in German, add, rename, retire and restore, keys stay', async () => {
    const shown = await h.executes(hr, personalChat(), Verbs.showTopics, { programmeId });
    expectValidCard(shown.response.value);
    expect(cardText(shown.response.value)).toContain('Künstliche Intelligenz');

    const added = await h.executes(hr, personalChat(), Verbs.addTopic, {
      programmeId,
      newEn: 'Social selling',
      newDe: 'Social Selling',
    });
    expectValidCard(added.response.value);
    expect((await stored()).topics.at(-1)).toMatchObject({
      key: 'social-selling',
      names: { en: 'Social selling', de: 'Social Selling' },
    });

    await h.executes(hr, personalChat(), Verbs.renameTopic, {
      programmeId,
      key: 'social-selling',
      'en_social-selling': 'Selling on LinkedIn',
      'de_social-selling': 'Verkaufen auf LinkedIn',
    });
    expect((await stored()).topics.find((t) => t.key === 'social-selling')!.names.de).toBe('Verkaufen auf LinkedIn');

    const retired = await h.executes(hr, personalChat(), Verbs.retireTopic, {
      programmeId,
      key: 'big-data',
      retired: 'true',
    });
    expect(cardText(retired.response.value)).toContain('Big Data (stillgelegt)');
    await h.executes(hr, personalChat(), Verbs.retireTopic, { programmeId, key: 'big-data', retired: 'false' });
    expect((await stored()).topics.find((t) => t.key === 'big-data')!.retired).toBe(false);
  });

  test('topics: an empty name or unknown key is explained on the card; nothing changes', async () => {
    const before = (await stored()).topics;
    const empty = await h.executes(hr, personalChat(), Verbs.addTopic, { programmeId, newEn: '  ', newDe: '' });
    expectValidCard(empty.response.value);
    expect(cardText(empty.response.value)).toContain('Ein Thema braucht einen Namen');
    const unknown = await h.executes(hr, personalChat(), Verbs.retireTopic, {
      programmeId,
      key: 'no-such-topic',
      retired: 'true',
    });
    expect(cardText(unknown.response.value)).toContain('Dieses Thema gibt es nicht');
    expect((await stored()).topics).toEqual(before);
  });

  test('materials: add for a topic and for all, refuse non-https, remove', async () => {
    const added = await h.executes(hr, personalChat(), Verbs.addMaterial, {
      programmeId,
      materialTitle: 'KI im Alltag',
      materialUrl: 'https://learn.microsoft.com/ai',
      materialTopic: 'artificial-intelligence',
    });
    expectValidCard(added.response.value);
    expect(cardText(added.response.value)).toContain('[KI im Alltag](https://learn.microsoft.com/ai)');
    await h.executes(hr, personalChat(), Verbs.addMaterial, {
      programmeId,
      materialTitle: 'Briefing',
      materialUrl: 'https://contoso.sharepoint.com/briefing',
      materialTopic: 'all',
    });
    const insecure = await h.executes(hr, personalChat(), Verbs.addMaterial, {
      programmeId,
      materialTitle: 'Alt',
      materialUrl: 'http://example.com',
      materialTopic: 'all',
    });
    expect(cardText(insecure.response.value)).toContain('https-Link');
    const materials = (await stored()).materials;
    expect(materials.map((m) => [m.title, m.topicKey])).toEqual([
      ['KI im Alltag', 'artificial-intelligence'],
      ['Briefing', undefined],
    ]);
    await h.executes(hr, personalChat(), Verbs.removeMaterial, { programmeId, materialId: materials[0]!.id });
    expect((await stored()).materials.map((m) => m.title)).toEqual(['Briefing']);
  });

  test('admins: add a colleague who can then run the programme; the last admin stays', async () => {
    const added = await h.executes(hr, personalChat(), Verbs.addAdmin, {
      programmeId,
      newAdmin: colleague.aadObjectId,
    });
    expectValidCard(added.response.value);
    expect(cardText(added.response.value)).toContain('Carl Hansen');
    expect(cardText(added.response.value)).toContain('Helga Richter (Sie)');
    const asColleague = await h.executes(colleague, personalChat(), Verbs.showMaterials, { programmeId });
    expect(cardText(asColleague.response.value)).toContain('Materials of RM 2027');

    await h.executes(colleague, personalChat(), Verbs.removeAdmin, { programmeId, adminId: hr.aadObjectId });
    const last = await h.executes(colleague, personalChat(), Verbs.removeAdmin, {
      programmeId,
      adminId: colleague.aadObjectId,
    });
    expect(cardText(last.response.value)).toContain('A programme keeps at least one admin.');
    expect((await stored()).admins).toEqual([colleague.aadObjectId]);
  });

  test('outsiders and forged data change nothing', async () => {
    const before = await stored();
    for (const [verb, data] of [
      [Verbs.addTopic, { programmeId, newEn: 'Hacked', newDe: 'Gehackt' }],
      [
        Verbs.addMaterial,
        { programmeId, materialTitle: 'x', materialUrl: 'https://evil.example', materialTopic: 'all' },
      ],
      [Verbs.addAdmin, { programmeId, newAdmin: outsider.aadObjectId }],
      [Verbs.showAdmins, { programmeId }],
    ] as const) {
      const { response } = await h.executes(outsider, personalChat(), verb, data);
      expect(response.value).toContain('Only the programme');
    }
    const forged = await h.executes(hr, personalChat(), Verbs.removeMaterial, {
      programmeId,
      materialId: 'not-a-uuid',
    });
    expect(forged.response.value).toContain('veraltet');
    expect(await stored()).toEqual(before);
  });
});
