import http from 'node:http';
import https from 'node:https';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  type BotFrameworkAuthentication,
  type ConnectorClient,
} from 'botframework-connector';

/**
 * Kept-alive sockets are closed after this long idle. Below any common server idle timeout
 * (Node's 5 s, Azure's 4 min), so a request never goes out on a socket the server is closing:
 * that would fail after the request may have been read, an ambiguous outcome a broadcast must
 * record as "may have arrived". Node also honours a shorter `Keep-Alive: timeout` hint, but only
 * when the agent has a timeout of its own.
 */
const IDLE_SOCKET_MS = 4_000;

interface PipelineLike {
  removePolicy(options: { phase?: string; name?: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: { agent?: unknown }, next: (request: unknown) => Promise<unknown>): Promise<unknown>;
  }): void;
}

/**
 * One Bot Connector client per service URL for messages the bot starts itself (reminders, polls,
 * news), reused across sends. botbuilder's `continueConversationAsync` builds a fresh client,
 * credentials, user-token client and turn per message, each client with its own socket pool;
 * at broadcast rates that set-up was a good part of the bot's CPU time per message.
 *
 * The clients authenticate exactly as the adapter's do (same identity, same credential
 * factory), and send through shared kept-alive sockets without botbuilder's retry phase: the
 * proactive sender's own policy is the only one that retries, so attempts are counted once.
 */
export class ConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();
  private readonly agents: { 'http:': http.Agent; 'https:': https.Agent };

  constructor(
    private readonly auth: BotFrameworkAuthentication,
    private readonly botAppId: string,
    idleSocketMs: number = IDLE_SOCKET_MS,
  ) {
    this.agents = {
      'http:': new http.Agent({ keepAlive: true, timeout: idleSocketMs }),
      'https:': new https.Agent({ keepAlive: true, timeout: idleSocketMs }),
    };
  }

  /** The client for a conversation's service URL (a handful per tenant: one per Teams region). */
  forServiceUrl(serviceUrl: string): Promise<ConnectorClient> {
    let client = this.clients.get(serviceUrl);
    if (!client) {
      client = this.create(serviceUrl);
      // A failed creation (credentials unavailable) is not kept: the next send tries again.
      client.catch(() => this.clients.delete(serviceUrl));
      this.clients.set(serviceUrl, client);
    }
    return client;
  }

  /** Closes the kept-alive sockets (server shutdown). */
  close(): void {
    Object.values(this.agents).forEach((agent) => agent.destroy());
    this.clients.clear();
  }

  private async create(serviceUrl: string): Promise<ConnectorClient> {
    // The identity botbuilder gives a proactive turn: the bot as audience and app.
    const identity = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: this.botAppId },
      { type: AuthenticationConstants.AppIdClaim, value: this.botAppId },
    ]);
    const client = await this.auth.createConnectorFactory(identity).create(serviceUrl);
    const pipeline = (client as unknown as { client: { pipeline: PipelineLike } }).client.pipeline;
    pipeline.removePolicy({ phase: 'Retry' });
    const agent = new URL(serviceUrl).protocol === 'https:' ? this.agents['https:'] : this.agents['http:'];
    pipeline.addPolicy({
      name: 'tandemSharedSockets',
      sendRequest: (request, next) => {
        request.agent ??= agent;
        return next(request);
      },
    });
    return client;
  }
}
