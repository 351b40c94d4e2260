import { pairIdOf } from '../../bot/src/domain/pairing/pair';
import { changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { Verbs } from '../../bot/src/teams/verbs';
import type { Harness } from './harness';
import { groupChat, personalChat, TENANT_ID, type TeamsConversation, type TeamsUser } from './teams-activities';

/** What a test needs to talk to a running pair. */
export interface PairFixture {
  programmeId: string;
  pairId: string;
  pairChat: TeamsConversation;
  /** Each person's personal chat with the bot, where private cards (feedback) arrive. */
  personalChats: Map<string, TeamsConversation>;
}

/** Who acts in a service call, as Teams would tell the bot. */
export const actorOf = (user: TeamsUser) => ({
  tenantId: TENANT_ID,
  aadObjectId: user.aadObjectId,
  displayName: user.name,
  locale: user.locale,
});

/** A programme HR created and opened for enrolment through the bot, as people do; its id. */
export async function enrollingProgramme(h: Harness, hr: TeamsUser): Promise<string> {
  const programmeId = crypto.randomUUID();
  const chat = personalChat();
  await h.executes(hr, chat, Verbs.createProgramme, {
    programmeId,
    name: 'Reverse Mentoring 2027',
    startDate: '2027-02-01',
    endDate: '2027-08-01',
    meetingsTarget: '6',
    languages: 'de,en',
  });
  await h.executes(hr, chat, Verbs.moveProgramme, { programmeId, to: 'enrolling' });
  return programmeId;
}

/** Onboarding answers for a fixture person; `topics` are catalogue keys. */
export function onboardingAnswers(
  role: 'mentor' | 'mentee',
  user: TeamsUser,
  extra: { department?: string; topics?: string; ownTopics?: string } = {},
) {
  return {
    role,
    department: extra.department ?? (role === 'mentor' ? 'IT' : 'Finanzen'),
    location: 'Köln',
    timeZone: user.timeZone,
    languages: 'de,en',
    topics: extra.topics ?? 'big-data',
    ownTopics: extra.ownTopics ?? '',
    goals: '',
    availability: 'tue-am',
    format: 'online',
    managerAadObjectId: 'none',
    consent: 'true',
  };
}

/**
 * A running programme with one confirmed pair and a bound pair chat, set up the way people do
 * it: HR creates the programme, both onboard through the bot, HR matches and publishes, the
 * mentee accepts, and the bot is added to the pair's group chat.
 */
export async function runningPair(
  h: Harness,
  people: { hr: TeamsUser; mentor: TeamsUser; mentee: TeamsUser },
  programme: {
    startDate?: string;
    endDate?: string;
    meetingsTarget?: number;
    menteeTopics?: string;
    reminderHours?: string;
  } = {},
): Promise<PairFixture> {
  const { hr, mentor, mentee } = people;
  const programmeId = crypto.randomUUID();
  const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: hr.locale };
  const { programmes, matching } = h.server.hooks.services;
  await programmes.create(hrActor, programmeId, {
    name: 'RM 2027',
    startDate: programme.startDate ?? '2027-02-01',
    endDate: programme.endDate ?? '2027-08-01',
    meetingsTarget: String(programme.meetingsTarget ?? 6),
    languages: 'de,en',
    reminderHours: programme.reminderHours ?? '',
  });
  await programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, 'enrolling', now));
  const personalChats = new Map<string, TeamsConversation>();
  for (const [user, role] of [
    [mentor, 'mentor'],
    [mentee, 'mentee'],
  ] as const) {
    const chat = personalChat();
    personalChats.set(user.aadObjectId, chat);
    h.connector.setMembers(chat.id, [
      {
        id: user.id,
        name: user.name,
        aadObjectId: user.aadObjectId,
        userPrincipalName: `${user.name.split(' ')[0]!.toLowerCase()}@contoso.com`,
      },
    ]);
    await h.executes(user, chat, Verbs.submitOnboarding, {
      programmeId,
      ...onboardingAnswers(
        role,
        user,
        role === 'mentee' && programme.menteeTopics ? { topics: programme.menteeTopics } : {},
      ),
    });
  }
  await programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, 'matching', now));
  await matching.propose(hrActor, programmeId);
  await matching.publish(hrActor, programmeId);
  const pairId = pairIdOf(mentor.aadObjectId, mentee.aadObjectId);
  await matching.respond(
    { tenantId: TENANT_ID, aadObjectId: mentee.aadObjectId, displayName: '', locale: mentee.locale },
    programmeId,
    pairId,
    true,
  );
  const pairChat = groupChat(`Tandem: ${mentor.name} & ${mentee.name}`);
  h.connector.setMembers(
    pairChat.id,
    [mentor, mentee].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
  );
  await h.post(h.activities.membersAdded(pairChat, mentee));
  return { programmeId, pairId, pairChat, personalChats };
}
