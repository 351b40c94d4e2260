import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import type { MatchingService } from '../../services/matching/matching-service';
import { pairIdOf } from '../../domain/pairing/pair';
import { cardAttachment } from '../cards/card-template';
import { botWasAdded, scopeOf, tenantOf, translatorFor } from '../turn-info';
import { welcomeCard } from './welcome.card';
import type { OnboardingService } from '../../services/onboarding/onboarding-service';
import { actorOf } from '../actor';
import { invitationCard } from '../onboarding/invitation.card';
import type { MeetingService } from '../../services/meetings/meeting-service';
import { sharedSlots } from '../meetings/meeting-feature';
import { nextMeetingCard } from '../meetings/meeting.cards';

const MAX_INVITATIONS = 3;

/**
 * Greets on install. Teams sends both `installationUpdate` and `conversationUpdate` when the
 * app is added; we greet on the latter only, so nobody is welcomed twice.
 */
export function registerWelcome(app: Application<TurnState>, deps: { onboarding: OnboardingService; matching: MatchingService; meetings: MeetingService }): void {
  app.conversationUpdate('membersAdded', async (context) => {
    if (!botWasAdded(context)) return;
    const t = translatorFor(context);
    if (scopeOf(context) === 'personal') {
      // Someone who can join a programme is invited straight away, with the sponsor's message.
      const open = (await deps.onboarding.memberships(await actorOf(context))).filter((m) => !m.profile);
      const cards = open.length > 0 ? open.slice(0, MAX_INVITATIONS).map((m) => invitationCard(t, m.programme)) : [welcomeCard(t)];
      await context.sendActivities(cards.map((card) => MessageFactory.attachment(cardAttachment(card))));
    } else if (scopeOf(context) === 'groupChat' && (await greetPair(context, deps))) {
      return;
    } else {
      await context.sendActivity(MessageFactory.text(t('chatWelcome.text')));
    }
  });
}

/**
 * Added to a group chat whose members are exactly a confirmed pair: binds the chat to the pair
 * and greets both. Returns false for any other chat.
 */
async function greetPair(context: TurnContext, { matching, meetings }: { matching: MatchingService; meetings: MeetingService }): Promise<boolean> {
  // A chat Teams will not list the members of is simply not a pair chat.
  const members = await TeamsInfo.getPagedMembers(context, 50).catch(() => ({ members: [] }));
  const botId = context.activity.recipient.id;
  const people = members.members.filter((member) => member.id !== botId).map((member) => member.aadObjectId ?? member.id);
  const pair = await matching.bindChat(tenantOf(context), context.activity.conversation.id, people);
  if (!pair) return false;
  const full = await matching.pairWithPeople(pair.tenantId, pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId));
  if (!full?.mentor || !full.mentee || !full.programme) return false;
  const t = translatorFor(context);
  // How to pin the journey tab goes with the greeting: Teams offers no link that adds a configurable tab.
  const greeting = t('matching.chatBound', { mentor: full.mentor.displayName, mentee: full.mentee.displayName, programme: full.programme.name });
  await context.sendActivity(MessageFactory.text(`${greeting}\n\n${t('matching.chatBoundTabHint')}`));
  // The meeting plan: a rhythm that fits the programme and a first date, on a slot both marked.
  const pairId = pairIdOf(pair.mentorId, pair.menteeId);
  const plan = await meetings.plan(pair.tenantId, pair.programmeId, pairId, { timeZone: full.mentee.timeZone, sharedSlots: sharedSlots([full.mentor, full.mentee]) });
  if (plan) await context.sendActivity(MessageFactory.attachment(cardAttachment(nextMeetingCard(t, { plan, programmeId: pair.programmeId, pairId, programmeEndDate: full.programme.endDate }))));
  return true;
}
