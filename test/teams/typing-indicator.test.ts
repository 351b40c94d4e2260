import { TurnContext } from 'botbuilder';
import { createAdapter } from '../../bot/src/teams/adapter';
import { QuietApplication } from '../../bot/src/teams/app';

describe('typing indicator', () => {
  test("no typing activity is sent, even on a turn that takes longer than teams-ai's one-second timer", async () => {
    const adapter = createAdapter({ mode: 'local' });
    const app = new QuietApplication({ adapter, startTypingTimer: false });
    const context = new TurnContext(adapter, {
      type: 'message',
      text: 'help',
      conversation: { id: 'c' } as never,
      from: { id: 'u' } as never,
      recipient: { id: 'b' } as never,
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:1/',
    });
    const sent: string[] = [];
    context.onSendActivities(async (_ctx, activities) => {
      activities.forEach((activity) => sent.push(activity.type ?? ''));
      return activities.map(() => ({ id: 'x' }));
    });
    app.startTypingTimer(context);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    app.stopTypingTimer();
    expect(sent).toEqual([]);
  });
});
