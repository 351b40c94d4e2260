import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { toWallClock, type Meeting } from '../../domain/meetings';
import { pairIdOf } from '../../domain/pairing/pair';
import type { Actor } from '../../services/versioned';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { command } from '../commands';
import { isComplete, type CompletePair, type MessageFor } from '../pair-messenger';
import { scopeOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { calendarUrlOf, failureText, meetingCardFor, pairRef, type MeetingFeatureDeps } from './meeting-feature';
import { languageOf } from '../../domain/language';
import { meetingCard, scheduleFormCard } from './meeting.cards';

const openFormData = pairRef.extend({ startsAt: z.string().datetime().optional().or(z.literal('')) });

/**
 * `schedule`/`termin`: in the pair chat the form for the pair's next meeting; in a personal
 * chat one form per tandem of the person (with the partner's name). Plan cards open the same
 * form prefilled with the suggested date in the clicker's own time zone.
 */
export function registerScheduling(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  app.message(command('schedule'), async (context) => {
    const actor = await actorOf(context);
    const inPersonalChat = scopeOf(context) === 'personal';
    const pairs = inPersonalChat ? await ownPairs(deps, actor) : [await deps.matching.pairOfChat(actor.tenantId, context.activity.conversation.id)].filter(isComplete);
    if (pairs.length === 0) return void (await context.sendActivity(MessageFactory.text(translatorFor(context)(inPersonalChat ? 'meetings.noPair' : 'meetings.notPairChat'))));
    const cards = await Promise.all(pairs.map((full) => formFor(deps, context, actor, full, { namePartner: inPersonalChat })));
    await context.sendActivities(cards.map((card) => (typeof card === 'string' ? MessageFactory.text(card) : MessageFactory.attachment(cardAttachment(card)))));
  });

  app.adaptiveCards.actionExecute(Verbs.openScheduleForm, async (context, _state, raw) => {
    const ref = parseCardData(openFormData, raw);
    if (!ref) return translatorFor(context)('errors.invalidCardData');
    const actor = await actorOf(context);
    const full = await deps.matching.pairWithPeople(actor.tenantId, ref.programmeId, ref.pairId);
    if (!isComplete(full)) return failureText(context, 'not-found');
    return formFor(deps, context, actor, full, { startsAt: ref.startsAt || undefined, namePartner: context.activity.conversation.id !== full.pair.chatId });
  });

  app.adaptiveCards.actionExecute(Verbs.scheduleMeeting, async (context, _state, raw: Record<string, unknown>) => {
    const t = translatorFor(context);
    const ref = parseCardData(pairRef, raw);
    if (!ref) return t('errors.invalidCardData');
    const actor = await actorOf(context);
    const full = await deps.matching.pairWithPeople(actor.tenantId, ref.programmeId, ref.pairId);
    const me = isComplete(full) ? [full.mentor, full.mentee].find((p) => p.aadObjectId === actor.aadObjectId) : undefined;
    if (!isComplete(full) || !me) return failureText(context, 'not-your-pair');
    const result = await deps.meetings.schedule(actor, ref.programmeId, ref.pairId, { ...raw, timeZone: me.timeZone });
    if (result.ok) {
      if (context.activity.conversation.id !== full.pair.chatId) await announce(deps, full, result.value, actor);
      return meetingCardFor(deps, context, { meeting: result.value, target: full.programme.meetingsTarget, people: [full.mentor, full.mentee] });
    }
    const next = await deps.meetings.nextNumber(actor, ref.programmeId, ref.pairId);
    const frame = next.ok ? next.value : { number: 1, target: 1 };
    const summary = result.reason === 'invalid-input' ? undefined : failureText(context, result.reason);
    return scheduleFormCard(t, { ...ref, ...frame, timeZone: me.timeZone, entered: raw, issues: result.issues, summary });
  });
}

/** The person's running tandems, each with both people loaded. */
async function ownPairs(deps: MeetingFeatureDeps, actor: Actor): Promise<CompletePair[]> {
  const pairs = (await deps.matching.pairsOf(actor.tenantId, actor.aadObjectId)).filter((pair) => pair.status === 'confirmed');
  const full = await Promise.all(pairs.map((pair) => deps.matching.pairWithPeople(actor.tenantId, pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId))));
  return full.filter(isComplete);
}

/** The form for the pair's next meeting, in the actor's zone; a refusal is returned as text. */
async function formFor(deps: MeetingFeatureDeps, context: TurnContext, actor: Actor, full: CompletePair, options: { startsAt?: string; namePartner: boolean }): Promise<AdaptiveCardJson | string> {
  const pairId = pairIdOf(full.pair.mentorId, full.pair.menteeId);
  const me = [full.mentor, full.mentee].find((p) => p.aadObjectId === actor.aadObjectId);
  const next = await deps.meetings.nextNumber(actor, full.pair.programmeId, pairId);
  if (!me || !next.ok) return failureText(context, next.ok ? 'not-your-pair' : next.reason);
  const partner = me === full.mentor ? full.mentee : full.mentor;
  const suggested = options.startsAt ? toWallClock(new Date(options.startsAt), me.timeZone) : undefined;
  const entered = suggested?.ok ? { date: suggested.value.date, time: suggested.value.time } : undefined;
  return scheduleFormCard(translatorFor(context), { programmeId: full.pair.programmeId, pairId, ...next.value, timeZone: me.timeZone, entered, partnerName: options.namePartner ? partner.displayName : undefined });
}

/**
 * A meeting scheduled outside the pair chat is confirmed where the partner sees it: the pair
 * chat when bound, else the partner's personal chat.
 */
async function announce(deps: MeetingFeatureDeps, full: CompletePair, meeting: Meeting, actor: Actor): Promise<void> {
  const target = full.programme.meetingsTarget;
  const partner = full.mentor.aadObjectId === actor.aadObjectId ? full.mentee : full.mentor;
  // The pair chat is written for the mentee; otherwise the partner reads it.
  const reader = full.pair.chatId ? full.mentee : partner;
  const calendarUrl = await calendarUrlOf(deps, full.pair.tenantId, meeting, languageOf(reader.locale));
  const card: MessageFor = (t) => MessageFactory.attachment(cardAttachment(meetingCard(t, { meeting, target, people: [full.mentor, full.mentee], calendarUrl })));
  const outcomes = full.pair.chatId ? await deps.messenger.toPair(full, card) : [await deps.messenger.toPerson(full.pair.tenantId, partner, card)];
  if (outcomes.some((o) => o.status !== 'sent')) deps.logger.warn({ meetingId: meeting.id }, 'meeting confirmation could not be posted for the partner');
}
