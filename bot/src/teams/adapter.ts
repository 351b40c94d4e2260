import { TeamsAdapter } from '@microsoft/teams-ai';
import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { BotIdentity } from '../config';
import { ConnectorClients } from './connector-clients';

/**
 * The Bot Framework adapter for the configured identity. With no app id (local mode) it
 * accepts and sends unauthenticated requests, which is only acceptable on a developer machine;
 * config.ts refuses that mode in production.
 */
export function createAdapter(bot: BotIdentity): TandemAdapter {
  const settings = settingsOf(bot);
  return new TandemAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}

/**
 * The Teams adapter, run with activities the HTTP layer has already checked (bot/src/http:
 * the envelope, and outside local mode the caller's token). botbuilder's own `process` checks
 * the token again against Microsoft's keys with its own fetching and error answers, and throws
 * on a malformed activity outside its error handling; neither may decide what a client sees.
 */
export class TandemAdapter extends TeamsAdapter {
  /**
   * Runs the turn. `claims` are the verified token's; without them the caller is anonymous,
   * which botbuilder accepts only when no app id is configured (local mode).
   */
  async runChecked(
    checked: { type: string; serviceUrl: string },
    claims: Record<string, unknown> | undefined,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    // The envelope was checked; the rest is as Teams sent it. The timestamps become dates, as in `process`.
    const activity = validateAndFixActivity(checked as Activity);
    if (!claims) return this.processActivity('', activity, logic);
    // What botbuilder's channel validation returns for a verified Teams token (public cloud).
    const claimsIdentity = new ClaimsIdentity(
      Object.entries(claims).map(([type, value]) => ({ type, value: value as string })),
      true,
    );
    const auth = this.botFrameworkAuthentication;
    return this.processActivity(
      {
        claimsIdentity,
        audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
        callerId: CallerIdConstants.PublicAzureChannel,
        connectorFactory: auth.createConnectorFactory(claimsIdentity),
      },
      activity,
      logic,
    );
  }
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
