import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { languageOf } from '../../domain/language';
import { toWallClock, type Meeting } from '../../domain/meetings';
import { formatDateTime } from '../../i18n/format-date-time';
import { pairIdOf } from '../../domain/pairing/pair';
import type { Actor } from '../../services/versioned';
import { actorOf } from '../actor';
import { refuse, type CardAnswer } from '../cards/card-action';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { command } from '../commands';
import { isComplete, type CompletePair } from '../pair-messenger';
import { scopeOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { asPairMember } from '../pair-member';
import {
  meetingActions,
  meetingRefusalText,
  pairRef,
  type ActingMember,
  type MeetingFeatureDeps,
  type MeetingRefusal,
} from './meeting-feature';
import { scheduleFormCard } from './meeting.cards';
import { asCardText } from '../cards/card-text';

const openFormData = pairRef.extend({ startsAt: z.string().datetime().optional().or(z.literal('')) });
const scheduleData = pairRef.extend({ number: z.coerce.number().int().min(1).max(99).optional() });

/**
 * `schedule`/`termin`: in the pair chat the form for the pair's next meeting; in a personal
 * chat one form per tandem of the person (with the partner's name). Plan cards open the same
 * form prefilled with the suggested date in the clicker's own time zone.
 */
export function registerScheduling(app: Application<TurnState>, deps: MeetingFeatureDeps): void {
  app.message(command('schedule'), async (context) => {
    const actor = await actorOf(context);
    const inPersonalChat = scopeOf(context) === 'personal';
    const pairs = inPersonalChat
      ? await ownPairs(deps, actor)
      : [await deps.matching.pairOfChat(actor.tenantId, context.activity.conversation.id)].filter(isComplete);
    if (pairs.length === 0)
      return void (await context.sendActivity(
        MessageFactory.text(translatorFor(context)(inPersonalChat ? 'meetings.noPair' : 'meetings.notPairChat')),
      ));
    const cards = await Promise.all(
      pairs.map((full) => formFor(deps, context, actor, full, { namePartner: inPersonalChat })),
    );
    await context.sendActivities(
      cards.map((card) =>
        typeof card === 'string' ? MessageFactory.text(card) : MessageFactory.attachment(cardAttachment(card)),
      ),
    );
  });

  const on = meetingActions(app, deps);
  on(Verbs.openScheduleForm, openFormData, async ({ context, data: ref, actor }) => {
    const full = await deps.matching.pairWithPeople(actor.tenantId, ref.programmeId, ref.pairId);
    if (!isComplete(full)) return refuse('not-found');
    return formFor(deps, context, actor, full, {
      startsAt: ref.startsAt || undefined,
      namePartner: context.activity.conversation.id !== full.pair.chatId,
    });
  });

  on(
    Verbs.scheduleMeeting,
    scheduleData,
    asPairMember(deps.matching, async ({ context, data: ref, raw, t }, member) => {
      const result = await deps.meetings.schedule(
        member.actor,
        ref.programmeId,
        ref.pairId,
        { ...raw, timeZone: member.me.timeZone },
        ref.number,
      );
      if (result.ok) {
        await share(deps, context, member.full, result.value, member.actor);
        return deps.meetingMessages.cardFor(member.full, result.value, member.me);
      }
      if (result.reason === 'already-planned') return alreadyPlanned(deps, context, member, ref.number);
      const next = await deps.meetings.nextNumber(member.actor, ref.programmeId, ref.pairId);
      const frame = next.ok ? next.value : { number: 1, target: 1 };
      const summary =
        result.reason === 'invalid-input' || result.reason === 'overlaps'
          ? undefined
          : meetingRefusalText(t, result.reason);
      return scheduleFormCard(t, {
        ...ref,
        ...frame,
        timeZone: member.me.timeZone,
        entered: raw,
        issues: result.issues,
        summary,
      });
    }),
  );
}

/**
 * A form for a meeting that was planned meanwhile books nothing: the answer is that meeting's
 * card, saying who planned it and when it is in the reader's own time.
 */
async function alreadyPlanned(
  deps: MeetingFeatureDeps,
  context: TurnContext,
  member: ActingMember,
  formNumber: number | undefined,
): Promise<CardAnswer<MeetingRefusal>> {
  const { programmeId } = member.full.pair;
  const pairId = pairIdOf(member.full.pair.mentorId, member.full.pair.menteeId);
  // A form without a number lost a race for the meeting just booked: the one before the next.
  const next = formNumber === undefined ? await deps.meetings.nextNumber(member.actor, programmeId, pairId) : undefined;
  const number = formNumber ?? (next?.ok ? next.value.number - 1 : 0);
  const meeting = await deps.meetings.numbered(member.actor, programmeId, pairId, number);
  if (!meeting) return refuse('target-reached');
  const planner = [member.full.mentor, member.full.mentee].find((p) => p.aadObjectId === meeting.createdBy);
  const when = formatDateTime(meeting.startsAt, languageOf(member.me.locale), member.me.timeZone);
  const notice = translatorFor(context)('meetings.failures.already-planned', {
    number,
    name: asCardText(planner?.displayName ?? ''),
    when,
  });
  return deps.meetingMessages.cardFor(member.full, meeting, member.me, notice);
}

/**
 * Both members see a new meeting: planned in the pair chat, the message it was planned from
 * becomes the meeting for both; planned elsewhere, it is posted to the pair chat, or without
 * one sent to the partner's personal chat.
 */
async function share(
  deps: MeetingFeatureDeps,
  context: TurnContext,
  full: CompletePair,
  meeting: Meeting,
  actor: Actor,
): Promise<void> {
  const inPairChat = Boolean(full.pair.chatId) && context.activity.conversation.id === full.pair.chatId;
  if (inPairChat && context.activity.replyToId)
    return void (await deps.meetingMessages.show(full, meeting, context.activity.replyToId));
  if (full.pair.chatId && (await deps.meetingMessages.show(full, meeting))) return;
  await announceToPartner(deps, full, meeting, actor);
}

/** The person's running tandems, each with both people loaded. */
async function ownPairs(deps: MeetingFeatureDeps, actor: Actor): Promise<CompletePair[]> {
  const pairs = (await deps.matching.pairsOf(actor.tenantId, actor.aadObjectId)).filter(
    (pair) => pair.status === 'confirmed',
  );
  const full = await Promise.all(
    pairs.map((pair) =>
      deps.matching.pairWithPeople(actor.tenantId, pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId)),
    ),
  );
  return full.filter(isComplete);
}

/** The form for the pair's next meeting, in the actor's zone; a refusal is returned as text. */
async function formFor(
  deps: MeetingFeatureDeps,
  context: TurnContext,
  actor: Actor,
  full: CompletePair,
  options: { startsAt?: string; namePartner: boolean },
): Promise<AdaptiveCardJson | string> {
  const pairId = pairIdOf(full.pair.mentorId, full.pair.menteeId);
  const me = [full.mentor, full.mentee].find((p) => p.aadObjectId === actor.aadObjectId);
  const next = await deps.meetings.nextNumber(actor, full.pair.programmeId, pairId);
  if (!me || !next.ok) return meetingRefusalText(translatorFor(context), next.ok ? 'not-your-pair' : next.reason);
  const partner = me === full.mentor ? full.mentee : full.mentor;
  const suggested = options.startsAt ? toWallClock(new Date(options.startsAt), me.timeZone) : undefined;
  const entered = suggested?.ok ? { date: suggested.value.date, time: suggested.value.time } : undefined;
  const userIds = await deps.messenger.teamsUserIds(full.pair.tenantId, [full.mentor, full.mentee]);
  return scheduleFormCard(translatorFor(context), {
    programmeId: full.pair.programmeId,
    pairId,
    ...next.value,
    timeZone: me.timeZone,
    entered,
    partnerName: options.namePartner ? partner.displayName : undefined,
    startsAt: options.startsAt,
    userIds,
  });
}

/** Without a pair chat, the partner learns of the meeting in their personal chat, in their language and zone. */
async function announceToPartner(
  deps: MeetingFeatureDeps,
  full: CompletePair,
  meeting: Meeting,
  actor: Actor,
): Promise<void> {
  const partner = full.mentor.aadObjectId === actor.aadObjectId ? full.mentee : full.mentor;
  const card = await deps.meetingMessages.cardFor(full, meeting, partner);
  const outcome = await deps.messenger.toPerson(full.pair.tenantId, partner, () =>
    MessageFactory.attachment(cardAttachment(card)),
  );
  if (outcome.status !== 'sent')
    deps.logger.warn({ meetingId: meeting.id }, 'meeting confirmation could not be posted for the partner');
}
