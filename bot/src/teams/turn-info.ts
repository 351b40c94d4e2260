import type { TurnContext } from 'botbuilder';
import { languageOf, type Language } from '../domain/language';
import type { ConversationScope } from '../domain/conversation-scope';
import { translator, type Translate } from '../i18n';

interface ClientInfoEntity {
  type: 'clientInfo';
  locale?: string;
  timezone?: string;
}

/** The Teams scope of the conversation an activity comes from. */
export function scopeOf(context: TurnContext): ConversationScope {
  const type = context.activity.conversation?.conversationType;
  if (type === 'groupChat' || type === 'channel') return type;
  return 'personal';
}

/** The `clientInfo` entity Teams attaches to activities: the client's locale and IANA time zone. */
export function clientInfoOf(context: TurnContext): { locale?: string; timeZone?: string } {
  const info = (context.activity.entities ?? []).find((entity) => entity.type === 'clientInfo') as
    ClientInfoEntity | undefined;
  return { locale: info?.locale, timeZone: info?.timezone };
}

/** The user's time zone as their Teams client reports it (UTC when it says none). */
export function timeZoneOf(context: TurnContext): string {
  return clientInfoOf(context).timeZone ?? 'UTC';
}

/** The user's locale: the activity's own, else the client's. */
export function localeOf(context: TurnContext): string | undefined {
  return context.activity.locale ?? clientInfoOf(context).locale;
}

/** The language to answer this turn in. */
export function languageFor(context: TurnContext): Language {
  return languageOf(localeOf(context));
}

/** A translate function for this turn's user. */
export function translatorFor(context: TurnContext): Translate {
  return translator(languageFor(context));
}

/** The tenant the activity belongs to. */
export function tenantOf(context: TurnContext): string {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? context.activity.conversation?.tenantId ?? 'unknown-tenant';
}

/** True when the bot itself is among the members just added. */
export function botWasAdded(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return (context.activity.membersAdded ?? []).some((member) => member.id === botId);
}
