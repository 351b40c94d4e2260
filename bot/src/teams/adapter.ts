import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotIdentity } from '../config';

/**
 * The Bot Framework adapter for the configured identity. With no app id (local mode) it
 * accepts and sends unauthenticated requests, which is only acceptable on a developer machine;
 * config.ts refuses that mode in production.
 */
export function createAdapter(bot: BotIdentity): TeamsAdapter {
  const settings =
    bot.mode === 'local'
      ? {}
      : {
          MicrosoftAppId: bot.appId,
          MicrosoftAppPassword: bot.mode === 'SingleTenant' ? bot.password : undefined,
          MicrosoftAppTenantId: bot.tenantId,
          MicrosoftAppType: bot.mode,
        };
  return new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}

/** The bot's app id as botbuilder expects it for proactive calls ('' in local mode). */
export function botAppIdOf(bot: BotIdentity): string {
  return bot.mode === 'local' ? '' : bot.appId;
}
