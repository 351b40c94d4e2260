import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { CHANNEL_KINDS, type ChannelKind } from '../../domain/broadcasts';
import type { BroadcastFanOut } from '../../services/broadcasts/broadcast-fan-out';
import type { BroadcastService } from '../../services/broadcasts/broadcast-service';
import type { DownloadLinks } from '../../services/privacy/download-links';
import type { Actor } from '../../services/versioned';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import type { Logger } from '../../logger';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { conversationAddressOf } from '../conversations/conversation-address';
import { languageFor, translatorFor } from '../turn-info';
import { inEveryLanguage } from '../readers-languages';
import { Verbs } from '../verbs';
import { channelPickerCard } from './channel-picker.card';
import { newsFailureText, timeZoneOf, type NewsRefusal } from './news-replies';
import { broadcastRef } from './news-card-data';
import { reportCard, statusCard } from './report.cards';

export interface NewsReportDeps {
  broadcasts: BroadcastService;
  fanOut: BroadcastFanOut;
  links: DownloadLinks;
  now(): Date;
  /** Who acts (with the UPN looked up when admins are configured by UPN). */
  actor(context: TurnContext): Promise<Actor>;
  logger: Logger;
}

const channelChoice = programmeRef.extend({ kind: z.enum(CHANNEL_KINDS) });

/** `news status`, the report card's buttons, and `news channel` / `community channel` in a team channel. */
export function registerNewsReports(app: Application<TurnState>, deps: NewsReportDeps): void {
  app.message(command('newsStatus'), async (context) => {
    const t = translatorFor(context);
    const actor = await deps.actor(context);
    const programmes = await deps.broadcasts.programmesFor(actor);
    if (!programmes.ok && programmes.reason === 'not-admin')
      return void (await context.sendActivity(MessageFactory.text(newsFailureText(t, 'not-admin'))));
    const recent = await deps.broadcasts.recent(actor);
    const items = await Promise.all(
      recent.map(async (broadcast) =>
        broadcast.status === 'sending' || broadcast.status === 'done'
          ? ((await deps.fanOut.progress(broadcast.tenantId, broadcast.id)) ?? { broadcast })
          : { broadcast },
      ),
    );
    await context.sendActivity(MessageFactory.attachment(cardAttachment(statusCard(t, items, timeZoneOf(context)))));
  });

  const on = cardActions<NewsRefusal>(app, { logger: deps.logger, actor: deps.actor, refusals: newsFailureText });
  on([Verbs.showNewsReport, Verbs.exportNews], broadcastRef, async ({ context, data: ref, verb, actor, t }) => {
    const found = await deps.broadcasts.get(actor, ref.broadcastId);
    if (!found.ok) return refuse(found.reason);
    const broadcast = found.value;
    const progress = await deps.fanOut.progress(actor.tenantId, broadcast.id);
    const csvUrl =
      verb === Verbs.exportNews
        ? await deps.links.broadcastLink({ tenantId: actor.tenantId, aadObjectId: actor.aadObjectId }, broadcast.id)
        : undefined;
    return reportCard(t, {
      broadcast: progress?.broadcast ?? broadcast,
      counts: progress?.counts,
      timeZone: timeZoneOf(context),
      csvUrl,
    });
  });

  const setChannel = (kind: ChannelKind) => async (context: TurnContext) => {
    const t = translatorFor(context);
    const programmes = await deps.broadcasts.programmesFor(await deps.actor(context));
    if (!programmes.ok)
      return void (await context.sendActivity(MessageFactory.text(newsFailureText(t, programmes.reason))));
    if (programmes.value.length > 1)
      return void (await context.sendActivity(
        MessageFactory.attachment(cardAttachment(channelPickerCard(t, programmes.value, kind))),
      ));
    await context.sendActivity(MessageFactory.text(await channelSet(context, deps, programmes.value[0]!.id, kind)));
  };
  app.message(command('newsChannel'), setChannel('news'));
  app.message(command('communityChannel'), setChannel('community'));

  on(Verbs.setNewsChannel, channelChoice, async ({ context, data: choice }) =>
    channelSet(context, deps, choice.programmeId, choice.kind),
  );
}

/** Stores this turn's channel for the programme; returns the confirmation (or refusal) to show. */
async function channelSet(
  context: TurnContext,
  deps: NewsReportDeps,
  programmeId: string,
  kind: ChannelKind,
): Promise<string> {
  const t = translatorFor(context);
  const address = conversationAddressOf(context, deps.now());
  if (address.scope !== 'channel') return t('errors.invalidCardData');
  const team = (context.activity.channelData as { team?: { name?: string; aadGroupId?: string } } | undefined)?.team;
  const channel = {
    conversationId: address.conversationId,
    name: address.displayName ?? team?.name ?? address.conversationId,
    teamId: address.teamId,
    // The mentor kit's deep link to the community channel needs the team's group id.
    groupId: typeof team?.aadGroupId === 'string' ? team.aadGroupId : undefined,
  };
  const set = await deps.broadcasts.setChannel(await deps.actor(context), programmeId, kind, channel);
  if (!set.ok) return newsFailureText(t, set.reason);
  // The whole channel reads the confirmation: it comes in every language, the admin's first.
  return inEveryLanguage(languageFor(context), (tr) =>
    tr(kind === 'news' ? 'news.channel.setNews' : 'news.channel.setCommunity', { programme: set.value.name }),
  );
}
