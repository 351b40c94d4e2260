import { MessageFactory } from 'botbuilder';
import { languageOf } from '../../domain/language';
import { pairIdOf } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import { translator } from '../../i18n';
import type { MeetingService } from '../../services/meetings/meeting-service';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import type { CompletePair, PairMessenger } from '../pair-messenger';
import type { SendOutcome } from '../proactive';
import { sharedSlots } from './meeting-feature';
import { nextMeetingCard, type PlanIntro } from './meeting.cards';

type PlanDeps = { meetings: MeetingService; messenger: PairMessenger };

/**
 * The plan for the pair's next meeting, read once, and a card of it for any reader. The plan is
 * made in the mentee's zone (the executive's calendar leads), so both see the same suggested
 * moment, each on their own clock. Undefined once the target is reached.
 */
async function planCards(
  deps: PlanDeps,
  full: CompletePair,
  intro?: PlanIntro,
): Promise<((reader: Profile) => AdaptiveCardJson) | undefined> {
  const pairId = pairIdOf(full.pair.mentorId, full.pair.menteeId);
  const people = [full.mentor, full.mentee];
  const [plan, userIds] = await Promise.all([
    deps.meetings.plan(full.pair.tenantId, full.pair.programmeId, pairId, {
      timeZone: full.mentee.timeZone,
      sharedSlots: sharedSlots(people),
    }),
    deps.messenger.teamsUserIds(full.pair.tenantId, people),
  ]);
  if (!plan) return undefined;
  return (reader) =>
    nextMeetingCard(translator(languageOf(reader.locale)), {
      plan,
      programmeId: full.pair.programmeId,
      pairId,
      programmeEndDate: full.programme.endDate,
      intro,
      userIds,
      readerTimeZone: reader.timeZone,
    });
}

/** The plan for the pair's next meeting as `reader` sees it; none once the target is reached. */
export async function planCardFor(
  deps: PlanDeps,
  full: CompletePair,
  reader: Profile,
  intro?: PlanIntro,
): Promise<AdaptiveCardJson | undefined> {
  return (await planCards(deps, full, intro))?.(reader);
}

/**
 * Sends the pair the plan for its next meeting: to its chat (each member's client refreshes it
 * into their own language and zone), else to each person. Undefined when nothing is left to plan.
 */
export async function postMeetingPlan(
  deps: PlanDeps,
  full: CompletePair,
  intro?: PlanIntro,
): Promise<SendOutcome[] | undefined> {
  const cardFor = await planCards(deps, full, intro);
  if (!cardFor) return undefined;
  return deps.messenger.toPair(full, (_t, reader) => MessageFactory.attachment(cardAttachment(cardFor(reader))));
}
