import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { briefingFormValues, type Briefing } from '../../domain/briefings';
import type { Logger } from '../../logger';
import type { BriefingService } from '../../services/briefings/briefing-service';
import type { RsvpService } from '../../services/briefings/rsvp-service';
import type { Actor } from '../../services/versioned';
import { cardActions, refuse, type OnCardAction } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { command } from '../commands';
import { conversationAddressOf } from '../conversations/conversation-address';
import { localeOf, timeZoneOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { briefingFormCard } from './briefing-form.card';
import { invitationCard } from './briefing-invitation.card';
import { organiserCard } from './briefing-organiser.card';
import { answerData, briefingFailureText, briefingRef, previewData, type BriefingRefusal } from './briefing-replies';
import { OrganiserCardUpdates } from './organiser-updates';
import { GatheredUpdates } from '../gathered-updates';
import type { ProactiveSender } from '../proactive';
import type { ConversationDirectory } from '../../services/conversation-directory';

export interface BriefingDeps {
  briefings: BriefingService;
  rsvps: RsvpService;
  /** HR's chat (for HR's time zone) and the sender that keeps HR's card current. */
  directory: Pick<ConversationDirectory, 'findPerson'>;
  proactive: Pick<ProactiveSender, 'update'>;
  /** Starts the invitation's fan-out in the background (a job finishes it if this instance dies). */
  startDelivery(tenantId: string, broadcastId: string): void;
  now(): Date;
  /** Who acts (with the UPN looked up when admins are configured by UPN). */
  actor(context: TurnContext): Promise<Actor>;
  logger: Logger;
}

/** `briefing` / `briefing planen`: HR plans, previews and sends; invitees answer; each sees their own card. */
export function registerBriefings(app: Application<TurnState>, deps: BriefingDeps): void {
  app.message(command('briefing'), async (context) => {
    const t = translatorFor(context);
    const programmes = await deps.briefings.programmesFor(await deps.actor(context));
    if (!programmes.ok)
      return void (await context.sendActivity(MessageFactory.text(briefingFailureText(t, programmes.reason))));
    const card = briefingFormCard(t, {
      programmes: programmes.value,
      briefingId: randomUUID(),
      timeZone: timeZoneOf(context),
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  });

  const on = cardActions<BriefingRefusal>(app, {
    logger: deps.logger,
    actor: deps.actor,
    refusals: briefingFailureText,
  });
  registerPlanning(on, deps);
  const organiserCards = new OrganiserCardUpdates(
    deps.rsvps,
    deps.directory,
    deps.proactive,
    new GatheredUpdates(deps.logger, ORGANISER_CARD_GATHER_MS),
  );
  registerAnswers(on, { ...deps, organiserCards });
}

/** Answers arriving within this time update HR's card once: a burst of 20 answers costs a few updates. */
const ORGANISER_CARD_GATHER_MS = 500;

/** HR's steps: preview (the draft is stored), edit, send. */
function registerPlanning(on: OnCardAction<BriefingRefusal>, deps: BriefingDeps): void {
  on(Verbs.previewBriefing, previewData, async ({ context, data, raw, actor, t }) => {
    const timeZone = timeZoneOf(context);
    const result = await deps.briefings.preview(actor, data.briefingId, raw, timeZone);
    if (result.ok) {
      const preview = invitationCard(t, { briefing: result.value, timeZone, accepted: 0, userIds: [], preview: true });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(preview)));
      return organiserCard(t, { briefing: result.value, timeZone, userIds: [context.activity.from.id] });
    }
    if (result.reason !== 'invalid-input' && result.reason !== 'in-the-past') return refuse(result.reason);
    const programmes = await deps.briefings.programmesFor(actor);
    return briefingFormCard(t, {
      programmes: programmes.ok ? programmes.value : [],
      briefingId: data.briefingId,
      timeZone,
      entered: raw,
      issues: result.issues,
      summary: result.reason === 'in-the-past' ? t('briefings.failures.in-the-past') : undefined,
    });
  });

  on(Verbs.editBriefing, briefingRef, async ({ context, data, actor, t }) => {
    const found = await deps.briefings.get(actor, data);
    if (!found.ok) return refuse(found.reason);
    if (found.value.status !== 'draft') return refuse('already-sent');
    const programmes = await deps.briefings.programmesFor(actor);
    const timeZone = timeZoneOf(context);
    return briefingFormCard(t, {
      programmes: programmes.ok ? programmes.value : [],
      briefingId: found.value.id,
      timeZone,
      entered: briefingFormValues(found.value, timeZone),
    });
  });

  on(Verbs.sendBriefing, briefingRef, async ({ context, data, actor, t }) => {
    const found = await deps.briefings.get(actor, data);
    if (!found.ok) return refuse(found.reason);
    // A message of its own for the delivery report; the pressed card becomes HR's card of the answers.
    const sendable = found.value.status === 'draft' && Date.parse(found.value.startsAt) > deps.now().getTime();
    const report = sendable ? await deliveryReport(context, found.value, deps.now()) : undefined;
    const sent = await deps.briefings.send(
      actor,
      data,
      cardLocation(context, context.activity.replyToId, deps.now()),
      report,
    );
    if (!sent.ok) return refuse(sent.reason);
    deps.startDelivery(sent.value.tenantId, sent.value.id);
    const view = await deps.rsvps.organiserViewOf(sent.value);
    return organiserCard(t, { ...view, timeZone: timeZoneOf(context), userIds: [context.activity.from.id] });
  });
}

/** The invitees' answers and refreshes, and HR's refresh of the answers. */
function registerAnswers(
  on: OnCardAction<BriefingRefusal>,
  deps: BriefingDeps & { organiserCards: OrganiserCardUpdates },
): void {
  on(Verbs.answerBriefing, answerData, async ({ context, data, actor, t }) => {
    const answered = await deps.rsvps.answer(actor, data, data.answer);
    if (!answered.ok) return refuse(answered.reason);
    deps.organiserCards.follow(answered.value.briefing);
    return invitationCard(t, { ...answered.value, userIds: [context.activity.from.id] });
  });

  on(Verbs.viewBriefing, briefingRef, async ({ context, data, actor, t }) => {
    const view = await deps.rsvps.inviteeView(actor, data);
    if (!view.ok) return refuse(view.reason);
    return invitationCard(t, { ...view.value, userIds: [context.activity.from.id] });
  });

  on(Verbs.viewBriefingAnswers, briefingRef, async ({ context, data, actor, t }) => {
    const view = await deps.rsvps.organiserView(actor, data);
    if (!view.ok) return refuse(view.reason);
    return organiserCard(t, { ...view.value, timeZone: timeZoneOf(context), userIds: [context.activity.from.id] });
  });
}

/** Where a message of this chat lives, so every instance can update it later. */
function cardLocation(context: TurnContext, activityId: string | undefined, now: Date) {
  return {
    reference: conversationAddressOf(context, now).reference,
    activityId: activityId ?? '',
    locale: localeOf(context) ?? 'en-US',
  };
}

/** Posts the message the fan-out keeps as its live delivery report. */
async function deliveryReport(context: TurnContext, briefing: Briefing, now: Date) {
  const t = translatorFor(context);
  const posted = await context.sendActivity(
    MessageFactory.text(t('briefings.organiser.sending', { title: asCardText(briefing.title) })),
  );
  return posted?.id ? cardLocation(context, posted.id, now) : undefined;
}
