import { FakeConnector } from './fake-connector';
import { TeamsActivities, type TeamsConversation, type TeamsUser } from './teams-activities';
import { startTestTandem, type TestTandem, TestClock } from './test-server';
import type { BroadcastTuning } from '../../bot/src/compose-broadcasts';

/**
 * Everything a feature test needs: the real server on Azurite, a fake Bot Connector it talks
 * to, and activity builders pointing at that connector. Tests read as conversations:
 * `await h.says(anna, chat, 'help')` returns what the bot answered in that turn.
 */
export class Harness {
  private constructor(
    public server: TestTandem,
    readonly connector: FakeConnector,
    readonly activities: TeamsActivities,
    readonly clock: TestClock,
  ) {}

  static async start(options: { env?: Record<string, string>; broadcastTuning?: BroadcastTuning } = {}): Promise<Harness> {
    const connector = await new FakeConnector().start();
    const clock = new TestClock();
    const server = await startTestTandem({ env: options.env, clock, broadcastTuning: options.broadcastTuning });
    return new Harness(server, connector, new TeamsActivities(connector.url), clock);
  }

  /**
   * Stops the server and starts a fresh one on the same tables, clock and connector: what a
   * process restart looks like (nothing survives in memory).
   */
  async restart(env: Record<string, string> = {}): Promise<void> {
    await this.server.stop();
    this.server = await startTestTandem({ env, clock: this.clock, tablePrefix: this.server.tablePrefix });
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.connector.stop();
  }

  /** Posts any activity and returns the messages the bot sent during that turn, plus the HTTP answer. */
  async post(activity: Record<string, any>): Promise<{ status: number; body: any; replies: Record<string, any>[] }> {
    const before = this.connector.calls.length;
    const { status, body } = await this.server.send(activity);
    // Only this conversation: proactive work from earlier turns may post elsewhere meanwhile.
    const conversationId = String(activity.conversation?.id ?? '').split(';')[0];
    const replies = this.connector.calls
      .slice(before)
      .filter((call) => (call.kind === 'send' || call.kind === 'reply') && call.status < 300 && call.body?.type === 'message')
      .filter((call) => String(call.conversationId ?? '').split(';')[0] === conversationId)
      .map((call) => call.body!);
    return { status, body, replies };
  }

  /** The user types text; returns the bot's messages in reply. */
  async says(user: TeamsUser, conversation: TeamsConversation, text: string) {
    const { status, replies } = await this.post(this.activities.message(conversation, user, text));
    expectAccepted(status);
    return replies;
  }

  /** The user presses an Action.Submit button with this data. */
  async submits(user: TeamsUser, conversation: TeamsConversation, value: Record<string, unknown>) {
    const { status, replies } = await this.post(this.activities.submit(conversation, user, value));
    expectAccepted(status);
    return replies;
  }

  /** The user presses an Action.Execute button; returns the invoke response (the card that replaces it) and any messages. */
  async executes(user: TeamsUser, conversation: TeamsConversation, verb: string, data: Record<string, unknown> = {}) {
    const { status, body, replies } = await this.post(this.activities.execute(conversation, user, verb, data));
    expectAccepted(status);
    return { response: body as { statusCode: number; type: string; value: any }, replies };
  }
}

function expectAccepted(status: number): void {
  if (status < 200 || status >= 300) throw new Error(`/api/messages answered HTTP ${status}`);
}
