import { changeStatus } from '../../../bot/src/domain/programme/programme-changes';
import { pairIdOf } from '../../../bot/src/domain/pairing/pair';
import { Verbs } from '../../../bot/src/teams/verbs';
import type { Harness } from '../../harness/harness';
import { personalChat, TENANT_ID, type TeamsConversation, type TeamsUser } from '../../harness/teams-activities';

const answers = (role: string, department: string, timeZone: string, topics: string) => ({
  role, department, location: 'Köln', timeZone, languages: 'de,en', topics, ownTopics: '', goals: '', availability: 'tue-am', format: 'online', managerAadObjectId: 'none', consent: 'true',
});

/**
 * A running programme with one confirmed pair whose group chat Tandem has joined: HR creates
 * the programme, both people onboard in their personal chats (so Tandem knows their Teams ids),
 * matching pairs them, the mentee confirms and the chat is bound. Returns the pair's id.
 */
export async function startPairChat(h: Harness, people: { hr: TeamsUser; mentor: TeamsUser; mentee: TeamsUser; menteeTopics: string }, programmeId: string, chat: TeamsConversation): Promise<string> {
  const hrActor = { tenantId: TENANT_ID, aadObjectId: people.hr.aadObjectId, displayName: people.hr.name, locale: 'de-DE' };
  const { programmes, matching } = h.server.tandem.services;
  await programmes.create(hrActor, programmeId, { name: 'RM 2027', startDate: '2027-02-01', endDate: '2027-08-01', meetingsTarget: '6', languages: 'de,en' });
  await programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, 'enrolling', now));
  for (const [user, role, dept, topics] of [[people.mentor, 'mentor', 'IT', 'big-data'], [people.mentee, 'mentee', 'Finanzen', people.menteeTopics]] as const) {
    await h.executes(user, personalChat(), Verbs.submitOnboarding, { programmeId, ...answers(role, dept, user.timeZone, topics) });
  }
  await programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, 'matching', now));
  await matching.propose(hrActor, programmeId);
  await matching.publish(hrActor, programmeId);
  const pairId = pairIdOf(people.mentor.aadObjectId, people.mentee.aadObjectId);
  await matching.respond({ tenantId: TENANT_ID, aadObjectId: people.mentee.aadObjectId, displayName: '', locale: 'de-DE' }, programmeId, pairId, true);
  h.connector.setMembers(chat.id, [people.mentor, people.mentee].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
  await h.post(h.activities.membersAdded(chat, people.mentee));
  return pairId;
}
