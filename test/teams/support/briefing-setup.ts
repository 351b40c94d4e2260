import { changeStatus } from '../../../bot/src/domain/programme/programme-changes';
import { Verbs } from '../../../bot/src/teams/verbs';
import type { Harness } from '../../harness/harness';
import { onboardingAnswers } from '../../harness/pair-fixture';
import { personalChat, TENANT_ID, type TeamsConversation, type TeamsUser } from '../../harness/teams-activities';

/** A participant and their personal chat with Tandem. */
export interface Member {
  user: TeamsUser;
  chat: TeamsConversation;
  role: 'mentor' | 'mentee';
}

/** A running programme run by `hr` (a bootstrap admin), dated around the test clock. */
export async function runningProgramme(h: Harness, hr: TeamsUser, programmeId: string): Promise<void> {
  const actor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: hr.locale };
  const created = await h.server.hooks.services.programmes.create(actor, programmeId, {
    name: 'RM 2026',
    startDate: '2026-02-01',
    endDate: '2026-08-01',
    meetingsTarget: '6',
    languages: 'de,en',
  });
  if (!created.ok) throw new Error(created.reason);
  await h.server.hooks.services.programmes.change(actor, programmeId, (p, now) => changeStatus(p, 'enrolling', now));
}

/** Each person onboards through the real endpoint, in their own chat, time zone and language. */
export async function onboard(h: Harness, programmeId: string, people: readonly Omit<Member, 'chat'>[]) {
  const members: Member[] = people.map((person) => ({ ...person, chat: personalChat() }));
  for (const { user, chat, role } of members)
    await h.executes(user, chat, Verbs.submitOnboarding, { programmeId, ...onboardingAnswers(role, user) });
  return members;
}

/**
 * The briefing invitations a member got: the cards that refresh as a briefing, not the mentor
 * kit (which talks of briefings too) nor anything else in their chat.
 */
export function invitationsOf(h: Harness, member: Member) {
  return h.connector
    .messages(member.chat.id)
    .filter((m) => m.attachments?.[0]?.content?.refresh?.action?.verb === Verbs.viewBriefing);
}
