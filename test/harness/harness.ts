import { FakeConnector } from './fake-connector';
import { TeamsActivities, type TeamsConversation, type TeamsUser } from './teams-activities';
import { startTestTandem, type TestTandem, TestClock } from './test-server';
import { executeActionsOf, TeamsViews, type SeenMessage } from './teams-views';
import type { BroadcastTuning } from '../../bot/src/compose';
import type { UpcomingBriefings } from '../../bot/src/services/mentor-kit/upcoming-briefings';

/**
 * Everything a feature test needs: the real server on Azurite, a fake Bot Connector it talks
 * to, and activity builders pointing at that connector. Tests read as conversations:
 * `await h.says(anna, chat, 'help')` returns what the bot answered in that turn.
 */
export class Harness {
  /** What each person's Teams client shows: shared versions, their own invoke answers, refreshes. */
  readonly views: TeamsViews;

  private constructor(
    public server: TestTandem,
    readonly connector: FakeConnector,
    readonly activities: TeamsActivities,
    readonly clock: TestClock,
    private readonly upcomingBriefings?: UpcomingBriefings,
  ) {
    this.views = new TeamsViews(connector);
  }

  static async start(
    options: {
      env?: Record<string, string>;
      broadcastTuning?: BroadcastTuning;
      noticeWorker?: 'running' | 'stopped';
      tablePrefix?: string;
      /** The briefings the mentor kit shows (a fake of the port); kept across restarts. */
      upcomingBriefings?: UpcomingBriefings;
    } = {},
  ): Promise<Harness> {
    const connector = await new FakeConnector().start();
    const clock = new TestClock();
    const server = await startTestTandem({
      env: options.env,
      clock,
      broadcastTuning: options.broadcastTuning,
      noticeWorker: options.noticeWorker,
      tablePrefix: options.tablePrefix,
      upcomingBriefings: options.upcomingBriefings,
    });
    return new Harness(server, connector, new TeamsActivities(connector.url), clock, options.upcomingBriefings);
  }

  /**
   * Stops the server and starts a fresh one on the same tables, queues, clock and connector:
   * what a process restart looks like (nothing survives in memory).
   */
  async restart(
    env: Record<string, string> = {},
    options: { noticeWorker?: 'running' | 'stopped' } = {},
  ): Promise<void> {
    await this.server.stop();
    this.server = await startTestTandem({
      env,
      clock: this.clock,
      tablePrefix: this.server.tablePrefix,
      noticeWorker: options.noticeWorker,
      upcomingBriefings: this.upcomingBriefings,
    });
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
      .filter(
        (call) => (call.kind === 'send' || call.kind === 'reply') && call.status < 300 && call.body?.type === 'message',
      )
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

  /**
   * The user's client sends an `Action.Execute` with exactly this data (tests of tampered data
   * use it directly). It is sent from the message `on`, else from the latest message the user
   * holds with a button of this verb; a card answered becomes what this user sees there.
   */
  async executes(
    user: TeamsUser,
    conversation: TeamsConversation,
    verb: string,
    data: Record<string, unknown> = {},
    options: { on?: string; trigger?: 'manual' | 'automatic' } = {},
  ) {
    const activity = this.activities.execute(conversation, user, verb, data);
    const messageId = options.on ?? this.views.messageWithVerb(user.id, conversation.id, verb)?.id;
    if (messageId) activity.replyToId = messageId;
    if (options.trigger) activity.value.trigger = options.trigger;
    const { status, body, replies } = await this.post(activity);
    expectAccepted(status);
    if (messageId && body?.type === 'application/vnd.microsoft.card.adaptive')
      this.views.recordAnswer(conversation.id, messageId, user.id, body.value);
    return { response: body as { statusCode: number; type: string; value: any }, replies };
  }

  /**
   * The user presses the button with this verb on the latest card they see with one (or on
   * message `on`): the client sends the button's own data with the inputs filled in.
   */
  async presses(
    user: TeamsUser,
    conversation: TeamsConversation,
    verb: string,
    inputs: Record<string, unknown> = {},
    options: { on?: string } = {},
  ) {
    const held = this.views.held(user.id, conversation.id);
    const message = options.on
      ? held.find((m) => m.id === options.on)
      : this.views.messageWithVerb(user.id, conversation.id, verb);
    const action = executeActionsOf(message?.card).find((a) => a.verb === verb);
    if (!message || !action) throw new Error(`${user.name} sees no "${verb}" button in ${conversation.id}`);
    return this.executes(user, conversation, verb, { ...(action.data ?? {}), ...inputs }, { on: message.id });
  }

  /**
   * What `user` sees in a conversation now, oldest first: each message's shared version or the
   * user's own invoke answer, and for a card with `refresh` what their client fetches for them.
   */
  async seenBy(user: TeamsUser, conversation: TeamsConversation): Promise<SeenMessage[]> {
    await this.server.tandem.idle();
    const seen: SeenMessage[] = [];
    for (const message of this.views.held(user.id, conversation.id)) {
      if (!this.views.shouldRefresh(user.id, conversation.id, message.card)) {
        seen.push(message);
        continue;
      }
      const { verb, data } = message.card!.refresh.action;
      const { response } = await this.executes(user, conversation, verb, data ?? {}, {
        on: message.id,
        trigger: 'automatic',
      });
      seen.push({
        ...message,
        card: response?.type === 'application/vnd.microsoft.card.adaptive' ? response.value : message.card,
      });
    }
    return seen;
  }
}

function expectAccepted(status: number): void {
  if (status < 200 || status >= 300) throw new Error(`/api/messages answered HTTP ${status}`);
}
