import { randomBytes, randomUUID } from 'node:crypto';

/** The test tenant. Teams puts the tenant id in `channelData.tenant` and `conversation.tenantId`. */
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
/** The bot as Teams addresses it: `28:` + the app id (empty app id in local mode). */
export const BOT = { id: '28:00000000-0000-0000-0000-00000000b0t1', name: 'Tandem' };

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  locale: string;
  timeZone: string;
}

export type TeamsConversation =
  | { scope: 'personal'; id: string }
  | { scope: 'groupChat'; id: string; name?: string }
  | { scope: 'channel'; id: string; teamId: string; teamName: string; channelName: string; aadGroupId: string };

/** A Teams user with realistic ids (`29:1…` and an AAD object id). */
export function teamsUser(name: string, options: { locale?: string; timeZone?: string } = {}): TeamsUser {
  return {
    id: `29:1${randomBytes(24).toString('base64url')}`,
    aadObjectId: randomUUID(),
    name,
    locale: options.locale ?? 'en-US',
    timeZone: options.timeZone ?? 'Europe/Berlin',
  };
}

/** The 1:1 chat between a user and the bot. */
export function personalChat(): TeamsConversation {
  return { scope: 'personal', id: `a:1${randomBytes(30).toString('base64url')}` };
}

/** A group chat (e.g. a pair's chat with the bot). */
export function groupChat(name?: string): TeamsConversation {
  return { scope: 'groupChat', id: `19:${randomBytes(16).toString('hex')}@thread.v2`, name };
}

/** A channel of a team; the General channel's id is the team id. */
export function teamChannel(teamName = 'Reverse Mentoring', channelName = 'Programme news'): TeamsConversation {
  const teamId = `19:${randomBytes(16).toString('hex')}@thread.tacv2`;
  return {
    scope: 'channel',
    id: `19:${randomBytes(16).toString('hex')}@thread.tacv2`,
    teamId,
    teamName,
    channelName,
    aadGroupId: randomUUID(),
  };
}

/**
 * Builds activities as Teams sends them to /api/messages: ids, tenant, locale, `clientInfo`,
 * mentions in group chats and channels, and `serviceUrl` pointing at the fake connector.
 */
export class TeamsActivities {
  constructor(private readonly serviceUrl: string) {}

  /** A typed message. In group chats and channels Teams requires an @mention of the bot. */
  message(
    conversation: TeamsConversation,
    from: TeamsUser,
    text: string,
    options: { mention?: boolean } = {},
  ): Record<string, any> {
    const mention = options.mention ?? conversation.scope !== 'personal';
    const mentionText = `<at>${BOT.name}</at>`;
    const activity = this.base('message', conversation, from);
    activity.text = mention ? `${mentionText} ${text}` : text;
    activity.textFormat = 'plain';
    if (mention)
      activity.entities.unshift({ type: 'mention', text: mentionText, mentioned: { id: BOT.id, name: BOT.name } });
    return activity;
  }

  /** An `Action.Submit` press: a message whose `value` is the action's data plus the inputs. */
  submit(conversation: TeamsConversation, from: TeamsUser, value: Record<string, unknown>): Record<string, any> {
    const activity = this.base('message', conversation, from);
    activity.value = value;
    activity.replyToId = `1${Date.now()}`;
    return activity;
  }

  /** An `Action.Execute` press (Universal Actions): an invoke whose HTTP response carries the new card. */
  execute(
    conversation: TeamsConversation,
    from: TeamsUser,
    verb: string,
    data: Record<string, unknown> = {},
  ): Record<string, any> {
    const activity = this.base('invoke', conversation, from);
    activity.name = 'adaptiveCard/action';
    activity.value = { action: { type: 'Action.Execute', id: randomUUID(), verb, data }, trigger: 'manual' };
    activity.replyToId = `1${Date.now()}`;
    return activity;
  }

  /** The app was installed (`add`) or removed (`remove`) in this conversation. */
  installationUpdate(conversation: TeamsConversation, from: TeamsUser, action: 'add' | 'remove'): Record<string, any> {
    const activity = this.base('installationUpdate', conversation, from);
    activity.action = action;
    return activity;
  }

  /** Members (by default: the bot) were added to the conversation. */
  membersAdded(
    conversation: TeamsConversation,
    from: TeamsUser,
    members: Array<{ id: string; aadObjectId?: string }> = [{ id: BOT.id }],
  ): Record<string, any> {
    const activity = this.base('conversationUpdate', conversation, from);
    activity.membersAdded = members;
    activity.channelData.eventType = 'teamMemberAdded';
    return activity;
  }

  private base(type: string, conversation: TeamsConversation, from: TeamsUser): Record<string, any> {
    const channelData: Record<string, any> = { tenant: { id: TENANT_ID } };
    const teamsConversation: Record<string, any> = {
      id: conversation.id,
      conversationType: conversation.scope,
      tenantId: TENANT_ID,
    };
    if (conversation.scope === 'groupChat') {
      teamsConversation.isGroup = true;
      if (conversation.name) teamsConversation.name = conversation.name;
    }
    if (conversation.scope === 'channel') {
      teamsConversation.isGroup = true;
      teamsConversation.id = `${conversation.id};messageid=${Date.now()}`;
      channelData.team = { id: conversation.teamId, name: conversation.teamName, aadGroupId: conversation.aadGroupId };
      channelData.channel = { id: conversation.id, name: conversation.channelName };
    }
    return {
      type,
      id: `f:${randomUUID()}`,
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      serviceUrl: this.serviceUrl,
      channelId: 'msteams',
      from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
      conversation: teamsConversation,
      recipient: { id: BOT.id, name: BOT.name },
      locale: from.locale,
      entities: [
        {
          type: 'clientInfo',
          locale: from.locale,
          country: from.locale.split('-')[1] ?? 'US',
          platform: 'Web',
          timezone: from.timeZone,
        },
      ],
      channelData,
    };
  }
}
