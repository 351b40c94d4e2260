import type { AddressInfo } from 'node:net';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, ConfigurationServiceClientCredentialFactory, MessageFactory } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';

/** The same cap Tandem's bot endpoint parses activities with (bot/src/http/server.ts). */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/** A running echo bot. */
export interface EchoBot {
  /** Base URL; the bot endpoint is `${url}/api/messages`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The floor for Tandem's latency: the same stack (restify 11, the same body parser, a
 * teams-ai Application on a TeamsAdapter without an app id) doing nothing but reply with
 * the text it got. No storage, no typing indicator, no cards.
 */
export async function startEchoBot(): Promise<EchoBot> {
  const adapter = new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
  const app = new Application<TurnState>({
    adapter,
    botAppId: '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(MessageFactory.text(context.activity.text ?? ''));
  });

  const server = restify.createServer({ name: 'echo' });
  const parseJson = restify.plugins.bodyParser({ maxBodySize: MAX_ACTIVITY_BYTES, mapParams: false });
  server.post('/api/messages', parseJson, async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
