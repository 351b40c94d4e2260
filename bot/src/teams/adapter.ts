import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotIdentity } from '../config';
import { ConnectorClients } from './connector-clients';

/**
 * The Bot Framework adapter for the configured identity. With no app id (local mode) it
 * accepts and sends unauthenticated requests, which is only acceptable on a developer machine;
 * config.ts refuses that mode in production.
 */
export function createAdapter(bot: BotIdentity): TeamsAdapter {
  const settings = settingsOf(bot);
  return new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}

/** Connector clients for the messages the bot starts itself, authenticated as the adapter's are. */
export function createConnectorClients(bot: BotIdentity, idleSocketMs?: number): ConnectorClients {
  const settings = settingsOf(bot);
  const auth = new ConfigurationBotFrameworkAuthentication(
    settings,
    new ConfigurationServiceClientCredentialFactory(settings),
  );
  return new ConnectorClients(auth, botAppIdOf(bot), idleSocketMs);
}

/** The bot's app id as botbuilder expects it for proactive calls ('' in local mode). */
export function botAppIdOf(bot: BotIdentity): string {
  return bot.mode === 'local' ? '' : bot.appId;
}

function settingsOf(bot: BotIdentity) {
  return bot.mode === 'local'
    ? {}
    : {
        MicrosoftAppId: bot.appId,
        MicrosoftAppPassword: bot.mode === 'SingleTenant' ? bot.password : undefined,
        MicrosoftAppTenantId: bot.tenantId,
        MicrosoftAppType: bot.mode,
      };
}
