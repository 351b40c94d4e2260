import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import type { MatchingService } from '../../services/matching/matching-service';
import { pairIdOf } from '../../domain/pairing/pair';
import { cardAttachment } from '../cards/card-template';
import { botWasAdded, languageFor, scopeOf, tenantOf, translatorFor } from '../turn-info';
import { welcomeCard } from './welcome.card';
import type { OnboardingService } from '../../services/onboarding/onboarding-service';
import { actorOf } from '../actor';
import { invitationCard } from '../onboarding/invitation.card';
import type { MeetingService } from '../../services/meetings/meeting-service';
import { meetingActions } from '../meetings/meeting-feature';
import { asPairMember, pairRef } from '../pair-member';
import type { Logger } from '../../logger';
import { planCardFor } from '../meetings/meeting-plan-message';
import { isComplete, type PairMessenger } from '../pair-messenger';
import { languageOf } from '../../domain/language';
import { translator } from '../../i18n';
import { Verbs } from '../verbs';
import { pairGreetingCard } from './pair-greeting.card';
import { inEveryLanguage } from '../readers-languages';

const MAX_INVITATIONS = 3;

/** What the welcome needs; the pair chat's greeting and plan also need the messenger (the members' Teams ids). */
export interface WelcomeDeps {
  onboarding: OnboardingService;
  matching: MatchingService;
  meetings: MeetingService;
  messenger: PairMessenger;
  logger: Logger;
}

/**
 * Greets on install. Teams sends both `installationUpdate` and `conversationUpdate` when the
 * app is added; we greet on the latter only, so nobody is welcomed twice.
 */
export function registerWelcome(app: Application<TurnState>, deps: WelcomeDeps): void {
  registerPairGreetingView(app, deps);
  app.conversationUpdate('membersAdded', async (context) => {
    if (!botWasAdded(context)) return;
    const t = translatorFor(context);
    if (scopeOf(context) === 'personal') {
      // Someone who can join a programme is invited straight away, with the sponsor's message.
      const open = (await deps.onboarding.memberships(await actorOf(context))).filter((m) => !m.profile);
      const cards =
        open.length > 0 ? open.slice(0, MAX_INVITATIONS).map((m) => invitationCard(t, m.programme)) : [welcomeCard(t)];
      await context.sendActivities(cards.map((card) => MessageFactory.attachment(cardAttachment(card))));
    } else if (scopeOf(context) === 'groupChat' && (await greetPair(context, deps))) {
      return;
    } else {
      // Everyone in a channel or group chat reads this one message: it comes in every language.
      await context.sendActivity(
        MessageFactory.text(inEveryLanguage(languageFor(context), (tr) => tr('chatWelcome.text'))),
      );
    }
  });
}

/**
 * Added to a group chat whose members are exactly a confirmed pair: binds the chat to the pair
 * and greets both, then suggests the first meeting. Both cards are posted in the mentee's
 * language and refreshed for each member into their own. Returns false for any other chat.
 */
async function greetPair(context: TurnContext, deps: WelcomeDeps): Promise<boolean> {
  // A chat Teams will not list the members of is simply not a pair chat.
  const members = await TeamsInfo.getPagedMembers(context, 50).catch(() => ({ members: [] }));
  const botId = context.activity.recipient.id;
  const people = members.members
    .filter((member) => member.id !== botId)
    .map((member) => member.aadObjectId ?? member.id);
  const pair = await deps.matching.bindChat(tenantOf(context), context.activity.conversation.id, people);
  if (!pair) return false;
  const pairId = pairIdOf(pair.mentorId, pair.menteeId);
  const full = await deps.matching.pairWithPeople(pair.tenantId, pair.programmeId, pairId);
  if (!isComplete(full)) return false;
  const greeting = pairGreetingCard(translator(languageOf(full.mentee.locale)), full, {
    pairId,
    userIds: await deps.messenger.teamsUserIds(pair.tenantId, [full.mentor, full.mentee]),
  });
  // The meeting plan: a rhythm that fits the programme and a first date, on a slot both marked.
  const plan = await planCardFor(deps, full, full.mentee);
  await context.sendActivities(
    [greeting, plan]
      .filter((card) => card !== undefined)
      .map((card) => MessageFactory.attachment(cardAttachment(card))),
  );
  return true;
}

/** Each member's client fetches the greeting in their own language (pair members only). */
function registerPairGreetingView(app: Application<TurnState>, deps: WelcomeDeps): void {
  // Outsiders are refused in the meetings' words, like every other pair card.
  meetingActions(app, deps)(
    Verbs.viewPairGreeting,
    pairRef,
    asPairMember(deps.matching, async ({ data: ref, t }, { full }) => {
      const userIds = await deps.messenger.teamsUserIds(full.pair.tenantId, [full.mentor, full.mentee]);
      return pairGreetingCard(t, full, { pairId: ref.pairId, userIds });
    }),
  );
}
