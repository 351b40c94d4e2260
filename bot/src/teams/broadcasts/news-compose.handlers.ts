import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { formValuesOf, versionsFor, type Broadcast, type ReportLocation } from '../../domain/broadcasts';
import type { Language } from '../../domain/language';
import type { BroadcastService } from '../../services/broadcasts/broadcast-service';
import type { Actor } from '../../services/versioned';
import { parseCardData } from '../card-data';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { conversationAddressOf } from '../conversations/conversation-address';
import { localeOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { composeCard } from './compose.card';
import { newsCard } from './news.card';
import { newsFailureText, scheduledInstant, timeZoneOf } from './news-replies';
import { broadcastOfAction, broadcastRef } from './news-card-data';
import { reportCard, reviewCard } from './report.cards';

export interface NewsComposeDeps {
  broadcasts: BroadcastService;
  /** Starts the fan-out in the background (a job finishes it if this instance dies). */
  startDelivery(tenantId: string, broadcastId: string): void;
  now(): Date;
  /** Who acts (with the UPN looked up when admins are configured by UPN). */
  actor(context: TurnContext): Promise<Actor>;
}

const scheduleData = broadcastRef.extend({ date: z.string().max(20), time: z.string().max(10) });

/** `news`/`neuigkeit`: compose, preview, send now, schedule, edit and cancel. */
export function registerNewsCompose(app: Application<TurnState>, deps: NewsComposeDeps): void {
  app.message(command('news'), async (context) => {
    const t = translatorFor(context);
    const programmes = await deps.broadcasts.programmesFor(await deps.actor(context));
    if (!programmes.ok) return void (await context.sendActivity(MessageFactory.text(newsFailureText(t, programmes.reason))));
    await context.sendActivity(MessageFactory.attachment(cardAttachment(composeCard(t, { programmes: programmes.value, broadcastId: randomUUID() }))));
  });

  app.adaptiveCards.actionExecute(Verbs.previewNews, async (context, _state, data: Record<string, unknown>) => {
    const t = translatorFor(context);
    const ref = parseCardData(broadcastRef, data);
    if (!ref) return t('errors.invalidCardData');
    const actor = await deps.actor(context);
    const result = await deps.broadcasts.preview(actor, ref.broadcastId, data);
    if (result.ok) {
      await sendPreviews(context, result.value.broadcast);
      return reviewCard(t, result.value.broadcast, result.value.recipients, timeZoneOf(context));
    }
    if (result.reason !== 'invalid-input' && result.reason !== 'missing-channel') return newsFailureText(t, result.reason);
    const programmes = await deps.broadcasts.programmesFor(actor);
    const summary = result.reason === 'missing-channel' ? t('news.compose.missingChannel') : undefined;
    return composeCard(t, { programmes: programmes.ok ? programmes.value : [], broadcastId: ref.broadcastId, entered: data, issues: result.issues, summary });
  });

  app.adaptiveCards.actionExecute(Verbs.editNews, async (context, _state, data) => {
    const t = translatorFor(context);
    const found = await broadcastOfAction(context, data, deps);
    if (typeof found === 'string') return found;
    if (found.broadcast.status !== 'draft') return newsFailureText(t, 'already-sent');
    const programmes = await deps.broadcasts.programmesFor(found.actor);
    return composeCard(t, { programmes: programmes.ok ? programmes.value : [], broadcastId: found.broadcast.id, entered: formValuesOf(found.broadcast) });
  });

  app.adaptiveCards.actionExecute(Verbs.sendNews, async (context, _state, data) => {
    const t = translatorFor(context);
    const ref = parseCardData(broadcastRef, data);
    if (!ref) return t('errors.invalidCardData');
    const sent = await deps.broadcasts.sendNow(await deps.actor(context), ref.broadcastId, reportLocation(context, deps.now()));
    if (!sent.ok) return newsFailureText(t, sent.reason);
    deps.startDelivery(sent.value.tenantId, sent.value.id);
    return reportCard(t, { broadcast: sent.value, timeZone: timeZoneOf(context) });
  });

  app.adaptiveCards.actionExecute(Verbs.scheduleNews, async (context, _state, data) => {
    const t = translatorFor(context);
    const input = parseCardData(scheduleData, data);
    if (!input) return t('errors.invalidCardData');
    const at = scheduledInstant(input.date, input.time, timeZoneOf(context));
    if (!at) return newsFailureText(t, 'invalid-time');
    const scheduled = await deps.broadcasts.schedule(await deps.actor(context), input.broadcastId, at, reportLocation(context, deps.now()));
    if (!scheduled.ok) return newsFailureText(t, scheduled.reason);
    return reportCard(t, { broadcast: scheduled.value, timeZone: timeZoneOf(context) });
  });

  app.adaptiveCards.actionExecute(Verbs.cancelNews, async (context, _state, data) => {
    const t = translatorFor(context);
    const ref = parseCardData(broadcastRef, data);
    if (!ref) return t('errors.invalidCardData');
    const cancelled = await deps.broadcasts.cancel(await deps.actor(context), ref.broadcastId);
    if (!cancelled.ok) return newsFailureText(t, cancelled.reason);
    return reportCard(t, { broadcast: cancelled.value, timeZone: timeZoneOf(context) });
  });
}

/**
 * One preview per distinct card recipients will get: each language a person can receive, and
 * the channel's card (every version) when a channel is in the audience.
 */
async function sendPreviews(context: TurnContext, broadcast: Broadcast): Promise<void> {
  const t = translatorFor(context);
  const toPeople = broadcast.audience.some((a) => a === 'participants' || a === 'mentors' || a === 'mentees');
  const toChannels = broadcast.audience.some((a) => a === 'channel' || a === 'community');
  const readers: Array<Language | 'all'> = [...(toPeople ? (['de', 'en'] as const) : []), ...(toChannels ? (['all'] as const) : [])];
  const seen = new Set<string>();
  for (const reader of readers) {
    const versions = versionsFor(broadcast.content, reader);
    if (seen.has(versions.join())) continue;
    seen.add(versions.join());
    const version = reader === 'all' ? t('news.previewVersions.channel') : t('news.previewVersions.person', { language: t(`news.languages.${versions[0]}`) });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(newsCard(broadcast.content, versions)), t('news.previewOf', { version })));
  }
}

/** The card being pressed becomes the live report, so workers need its conversation and id. */
function reportLocation(context: TurnContext, now: Date): ReportLocation {
  return { reference: conversationAddressOf(context, now).reference, activityId: context.activity.replyToId ?? '', locale: localeOf(context) ?? 'en-US' };
}
