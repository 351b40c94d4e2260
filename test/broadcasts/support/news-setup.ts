import { randomUUID } from 'node:crypto';
import type { TestHooks } from '../../../bot/src/compose';
import type { Profile } from '../../../bot/src/domain/participant/profile';
import type { Actor } from '../../../bot/src/services/versioned';
import { ProfileTableRepository } from '../../../bot/src/storage/profile.table-repository';
import type { FakeConnector } from '../../harness/fake-connector';
import { BOT, TENANT_ID } from '../../harness/teams-activities';

/** HR's actor for calling services directly (the bootstrap admin of the test server). */
export function hrActor(aadObjectId: string): Actor {
  return { tenantId: TENANT_ID, aadObjectId, displayName: 'Helga Richter', locale: 'de-DE' };
}

/** A running programme run by this admin. */
export async function aProgramme(hooks: TestHooks, hr: Actor): Promise<string> {
  const programmeId = randomUUID();
  const created = await hooks.services.programmes.create(hr, programmeId, {
    name: 'RM 2027',
    startDate: '2027-02-01',
    endDate: '2027-08-01',
    meetingsTarget: '6',
    languages: 'de,en',
  });
  if (!created.ok) throw new Error(`programme not created: ${created.reason}`);
  return programmeId;
}

/** A participant who onboarded, with where to reach them (as conversation capture would have stored it). */
export interface Participant {
  aadObjectId: string;
  conversationId: string;
  language: 'de' | 'en';
  role: 'mentor' | 'mentee';
}

/**
 * Many onboarded participants, written straight to storage: going through the onboarding form
 * for each would test onboarding, not delivery. `reachable: false` leaves out the conversation.
 */
export async function participants(
  hooks: TestHooks,
  connector: Pick<FakeConnector, 'url'>,
  programmeId: string,
  count: number,
  options: { reachable?: (i: number) => boolean } = {},
): Promise<Participant[]> {
  const profiles = new ProfileTableRepository(hooks.store);
  const people: Participant[] = Array.from({ length: count }, (_, i) => ({
    aadObjectId: randomUUID(),
    conversationId: `a:1person-${i}-${randomUUID()}`,
    language: i % 3 === 0 ? 'en' : 'de',
    role: i % 2 === 0 ? 'mentor' : 'mentee',
  }));
  const store = async (person: Participant, i: number) => {
    await profiles.create(profileOf(programmeId, person, i));
    if (options.reachable && !options.reachable(i)) return;
    await hooks.directory.remember({
      scope: 'personal',
      tenantId: TENANT_ID,
      ownerId: person.aadObjectId,
      conversationId: person.conversationId,
      serviceUrl: connector.url,
      locale: person.language === 'de' ? 'de-DE' : 'en-GB',
      updatedAt: new Date(),
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.url,
        bot: BOT,
        user: { id: `29:${i}`, aadObjectId: person.aadObjectId },
        conversation: { id: person.conversationId, conversationType: 'personal', tenantId: TENANT_ID },
      },
    });
  };
  // A few hundred writes at a time: enough to keep Azurite busy without thousands of open sockets.
  for (let start = 0; start < people.length; start += 200)
    await Promise.all(people.slice(start, start + 200).map((person, i) => store(person, start + i)));
  return people;
}

function profileOf(programmeId: string, person: Participant, i: number): Profile {
  const now = '2027-02-02T10:00:00.000Z';
  return {
    programmeId,
    tenantId: TENANT_ID,
    aadObjectId: person.aadObjectId,
    displayName: `Person ${i}`,
    role: person.role,
    department: `D${i % 5}`,
    location: 'Köln',
    timeZone: 'Europe/Berlin',
    languages: ['de'],
    topics: ['big-data'],
    ownTopics: '',
    goals: '',
    availability: ['tue-am'],
    format: 'online',
    capacity: 1,
    consent: { givenAt: now, version: '2027-01' },
    locale: person.language === 'de' ? 'de-DE' : 'en-GB',
    createdAt: now,
    updatedAt: now,
  };
}

/** The compose form's answers for news in both languages to all participants. */
export function newsForm(programmeId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    programmeId,
    language: 'both',
    titleEn: 'Kick-off',
    textEn: 'We start today.',
    titleDe: 'Auftakt',
    textDe: 'Heute geht es los.',
    audience: 'participants',
    ...overrides,
  };
}

/** Queues news for all participants through the service, as Send now does; the report card lives in HR's chat. */
export async function queueNews(
  hooks: TestHooks,
  hr: Actor,
  programmeId: string,
  connector: Pick<FakeConnector, 'url'>,
  form: Record<string, string> = newsForm(programmeId),
): Promise<string> {
  const broadcastId = randomUUID();
  const previewed = await hooks.services.broadcasts.preview(hr, broadcastId, form);
  if (!previewed.ok) throw new Error(`preview refused: ${previewed.reason}`);
  const report = {
    reference: {
      channelId: 'msteams',
      serviceUrl: connector.url,
      bot: BOT,
      conversation: { id: 'a:1hr-chat', conversationType: 'personal', tenantId: TENANT_ID },
    },
    activityId: 'report-card',
    locale: 'de-DE',
  };
  const sent = await hooks.services.broadcasts.sendNow(hr, broadcastId, report);
  if (!sent.ok) throw new Error(`send refused: ${sent.reason}`);
  return broadcastId;
}

/** How many news cards each conversation accepted. */
export function newsPerConversation(connector: Pick<FakeConnector, 'calls'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of connector.calls) {
    if (call.kind === 'send' && call.status < 300 && call.body?.attachments)
      counts.set(call.conversationId ?? '', (counts.get(call.conversationId ?? '') ?? 0) + 1);
  }
  return counts;
}
