import { TableServiceClient, TableClient } from '@azure/data-tables';
import { Harness } from '../harness/harness';
import { cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { groupChat, personalChat, teamsUser, TENANT_ID, type TeamsUser } from '../harness/teams-activities';
import { testConnectionString } from '../harness/test-storage';
import { Verbs } from '../../bot/src/teams/verbs';
import { draftBroadcast, pendingRecipient, personRecipientKey, shardOf } from '../../bot/src/domain/broadcasts';
import { BroadcastTableRepository } from '../../bot/src/storage/broadcast.table-repository';
import { RecipientTableRepository } from '../../bot/src/storage/recipient.table-repository';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB' });

const answers = {
  role: 'mentee',
  department: 'Finanzen',
  location: 'Köln',
  timeZone: 'Europe/Berlin',
  languages: 'de',
  topics: 'big-data',
  ownTopics: '',
  goals: '',
  availability: 'tue-am',
  format: 'online',
  managerAadObjectId: 'none',
  consent: 'true',
};

/** Every row of every table of this test's server that mentions the id anywhere. */
async function rowsMentioning(tablePrefix: string, id: string): Promise<string[]> {
  const service = TableServiceClient.fromConnectionString(testConnectionString(), { allowInsecureConnection: true });
  const hits: string[] = [];
  for await (const table of service.listTables()) {
    if (!table.name?.startsWith(tablePrefix)) continue;
    const client = TableClient.fromConnectionString(testConnectionString(), table.name, {
      allowInsecureConnection: true,
    });
    for await (const entity of client.listEntities()) {
      if (JSON.stringify(entity).includes(id)) hits.push(`${table.name}: ${entity.partitionKey}/${entity.rowKey}`);
    }
  }
  return hits;
}

describe('my data and delete my data', () => {
  let h: Harness;
  let programmeId: string;

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    programmeId = crypto.randomUUID();
    await h.executes(hr, personalChat(), Verbs.createProgramme, {
      programmeId,
      name: 'Reverse Mentoring 2027',
      startDate: '2027-02-01',
      endDate: '2027-08-01',
      meetingsTarget: '6',
      languages: 'de,en',
    });
    await h.executes(hr, personalChat(), Verbs.moveProgramme, { programmeId, to: 'enrolling' });
    for (const person of [bernd, anna] as TeamsUser[]) {
      await h.post(h.activities.installationUpdate(personalChat(), person, 'add'));
      await h.executes(person, personalChat(), Verbs.submitOnboarding, { programmeId, ...answers });
    }
    await h.executes(bernd, personalChat(), Verbs.submitOnboarding, {
      programmeId: crypto.randomUUID(),
      ...answers,
      consent: 'false',
    });
    await h.says(bernd, groupChat('Tandem: Anna & Bernd'), 'hilfe');
    // Both received programme news (sent and fanned out over 3 shards): delivery rows name them.
    const news = crypto.randomUUID();
    await new BroadcastTableRepository(h.server.hooks.store).create({
      ...draftBroadcast(
        {
          programmeId,
          content: { language: 'de', versions: { de: { title: 'Kick-off', text: 'Willkommen' } } },
          audience: ['participants'],
        },
        { id: news, tenantId: TENANT_ID, createdBy: hr.aadObjectId, createdByName: hr.name, now: h.clock.now() },
      ),
      status: 'done',
      shards: 3,
      total: 2,
    });
    await new RecipientTableRepository(h.server.hooks.store).createAll(
      [bernd, anna].map((person) => {
        const key = personRecipientKey(person.aadObjectId);
        return {
          ...pendingRecipient(
            news,
            { key, kind: 'person', target: person.aadObjectId, displayName: person.name, language: 'de' },
            { shard: shardOf(key, 3) },
            h.clock.now(),
          ),
          status: 'sent' as const,
        };
      }),
    );
  });
  afterAll(() => h.stop());

  test('`meine daten` summarises the stored data and links a JSON download of all of it', async () => {
    const [reply] = await h.says(bernd, personalChat(), 'meine daten');
    const card = cardOf(reply);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Ihre Daten in Tandem');
    expect(text).toContain('Mentee, Finanzen, Köln');
    expect(text).toContain('Zeitzone Europe/Berlin');

    const link = card.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url as string;
    const download = await fetch(link.replace(/^https?:\/\/[^/]+/, h.server.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const exported = (await download.json()) as { subject: unknown; data: Record<string, unknown[]> };
    expect(exported.subject).toEqual({ tenantId: TENANT_ID, aadObjectId: bernd.aadObjectId });
    expect(exported.data.profiles).toEqual([expect.objectContaining({ department: 'Finanzen', programmeId })]);
    expect(exported.data.conversations).toHaveLength(1);
    expect(exported.data.broadcastDeliveries).toEqual([expect.objectContaining({ status: 'sent' })]);
  });

  test('download links are checked: altered or expired links are refused', async () => {
    const [reply] = await h.says(anna, personalChat(), 'my data');
    const link = (
      cardOf(reply).actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url as string
    ).replace(/^https?:\/\/[^/]+/, h.server.url);
    const token = new URL(link).searchParams.get('token')!;
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: bernd.aadObjectId }),
    ).toString('base64url');
    expect((await fetch(`${h.server.url}/api/my-data?token=${header}.${forgedPayload}.${signature}`)).status).toBe(401);
    expect((await fetch(`${h.server.url}/api/my-data`)).status).toBe(401);
    h.clock.advance(16 * 60 * 1000);
    expect((await fetch(link)).status).toBe(401);
  });

  test('`daten löschen` asks first; cancelling deletes nothing', async () => {
    const [reply] = await h.says(bernd, personalChat(), 'daten löschen');
    const card = cardOf(reply);
    expectValidCard(card);
    expect(cardText(card)).toContain('Alle Ihre Daten löschen?');
    const { response } = await h.executes(bernd, personalChat(), Verbs.cancelDeleteMyData);
    expect(response.value).toContain('Es wurde nichts gelöscht');
    expect(await rowsMentioning(h.server.tablePrefix, bernd.aadObjectId)).not.toEqual([]);
  });

  test("confirming deletes every row with the person's id, and nobody else's", async () => {
    const { response } = await h.executes(bernd, personalChat(), Verbs.confirmDeleteMyData);
    expect(response.value).toContain('Ihre Daten wurden gelöscht');
    expect(await rowsMentioning(h.server.tablePrefix, bernd.aadObjectId)).toEqual([]);
    const annas = await h.server.hooks.services.privacy.export({ tenantId: TENANT_ID, aadObjectId: anna.aadObjectId });
    expect(annas.data.profiles).toHaveLength(1);
    expect(annas.data.conversations).toHaveLength(1);
    expect(annas.data.broadcastDeliveries).toHaveLength(1);
  });
});
