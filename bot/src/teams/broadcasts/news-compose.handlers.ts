import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { formValuesOf, versionsFor, type Broadcast, type ReportLocation } from '../../domain/broadcasts';
import type { Language } from '../../domain/language';
import type { BroadcastService } from '../../services/broadcasts/broadcast-service';
import type { Actor } from '../../services/versioned';
import { cardActions, refuse } from '../cards/card-action';
import type { Logger } from '../../logger';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { conversationAddressOf } from '../conversations/conversation-address';
import { localeOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { composeCard } from './compose.card';
import { newsCard } from './news.card';
import { newsFailureText, scheduledInstant, timeZoneOf, type NewsRefusal } from './news-replies';
import { broadcastRef } from './news-card-data';
import { reportCard, reviewCard } from './report.cards';

export interface NewsComposeDeps {
  broadcasts: BroadcastService;
  /** Starts the fan-out in the background (a job finishes it if this instance dies). */
  startDelivery(tenantId: string, broadcastId: string): void;
  now(): Date;
  /** Who acts (with the UPN looked up when admins are configured by UPN). */
  actor(context: TurnContext): Promise<Actor>;
  logger: Logger;
}

const scheduleData = broadcastRef.extend({ date: z.string().max(20), time: z.string().max(10) });

/** `news`/`neuigkeit`: compose, preview, send now, schedule, edit and cancel. */
export function registerNewsCompose(app: Application<TurnState>, deps: NewsComposeDeps): void {
  app.message(command('news'), async (context) => {
    const t = translatorFor(context);
    const programmes = await deps.broadcasts.programmesFor(await deps.actor(context));
    if (!programmes.ok)
      return void (await context.sendActivity(MessageFactory.text(newsFailureText(t, programmes.reason))));
    await context.sendActivity(
      MessageFactory.attachment(
        cardAttachment(composeCard(t, { programmes: programmes.value, broadcastId: randomUUID() })),
      ),
    );
  });

  const on = cardActions<NewsRefusal>(app, { logger: deps.logger, actor: deps.actor, refusals: newsFailureText });
  on(Verbs.previewNews, broadcastRef, async ({ context, data: ref, raw, actor, t }) => {
    const result = await deps.broadcasts.preview(actor, ref.broadcastId, raw);
    if (result.ok) {
      await sendPreviews(context, result.value.broadcast);
      return reviewCard(t, result.value.broadcast, result.value.recipients, timeZoneOf(context));
    }
    if (result.reason !== 'invalid-input' && result.reason !== 'missing-channel') return refuse(result.reason);
    const programmes = await deps.broadcasts.programmesFor(actor);
    const summary = result.reason === 'missing-channel' ? t('news.compose.missingChannel') : undefined;
    return composeCard(t, {
      programmes: programmes.ok ? programmes.value : [],
      broadcastId: ref.broadcastId,
      entered: raw,
      issues: result.issues,
      summary,
    });
  });

  on(Verbs.editNews, broadcastRef, async ({ data: ref, actor, t }) => {
    const found = await deps.broadcasts.get(actor, ref.broadcastId);
    if (!found.ok) return refuse(found.reason);
    if (found.value.status !== 'draft') return refuse('already-sent');
    const programmes = await deps.broadcasts.programmesFor(actor);
    return composeCard(t, {
      programmes: programmes.ok ? programmes.value : [],
      broadcastId: found.value.id,
      entered: formValuesOf(found.value),
    });
  });

  on(Verbs.sendNews, broadcastRef, async ({ context, data: ref, actor, t }) => {
    const sent = await deps.broadcasts.sendNow(actor, ref.broadcastId, reportLocation(context, deps.now()));
    if (!sent.ok) return refuse(sent.reason);
    deps.startDelivery(sent.value.tenantId, sent.value.id);
    return reportCard(t, { broadcast: sent.value, timeZone: timeZoneOf(context) });
  });

  on(Verbs.scheduleNews, scheduleData, async ({ context, data: input, actor, t }) => {
    const at = scheduledInstant(input.date, input.time, timeZoneOf(context));
    if (!at) return refuse('invalid-time');
    const scheduled = await deps.broadcasts.schedule(actor, input.broadcastId, at, reportLocation(context, deps.now()));
    if (!scheduled.ok) return refuse(scheduled.reason);
    return reportCard(t, { broadcast: scheduled.value, timeZone: timeZoneOf(context) });
  });

  on(Verbs.cancelNews, broadcastRef, async ({ context, data: ref, actor, t }) => {
    const cancelled = await deps.broadcasts.cancel(actor, ref.broadcastId);
    if (!cancelled.ok) return refuse(cancelled.reason);
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
  const readers: Array<Language | 'all'> = [
    ...(toPeople ? (['de', 'en'] as const) : []),
    ...(toChannels ? (['all'] as const) : []),
  ];
  const seen = new Set<string>();
  for (const reader of readers) {
    const versions = versionsFor(broadcast.content, reader);
    if (seen.has(versions.join())) continue;
    seen.add(versions.join());
    const version =
      reader === 'all'
        ? t('news.previewVersions.channel')
        : t('news.previewVersions.person', { language: t(`news.languages.${versions[0]}`) });
    await context.sendActivity(
      MessageFactory.attachment(
        cardAttachment(newsCard(broadcast.content, versions)),
        t('news.previewOf', { version }),
      ),
    );
  }
}

/** The card being pressed becomes the live report, so workers need its conversation and id. */
function reportLocation(context: TurnContext, now: Date): ReportLocation {
  return {
    reference: conversationAddressOf(context, now).reference,
    activityId: context.activity.replyToId ?? '',
    locale: localeOf(context) ?? 'en-US',
  };
}
