import { BroadcastTableRepository } from '../../bot/src/storage/broadcast.table-repository';
import { Harness } from '../harness/harness';
import { busiestSecond } from '../harness/send-windows';
import { instanceEnv, startTandemProcess, type TandemProcess } from '../harness/tandem-process';
import { TENANT_ID, teamsUser } from '../harness/teams-activities';
import { testConnectionString, testTableStore, uniqueTablePrefix } from '../harness/test-storage';
import { seedBusyTenant } from './support/busy-tenant';
import { newsPerConversation } from './support/news-setup';

/** A small tenant rate, so the test is quick; the budget's arithmetic does not depend on it. */
const RATE = 50;
/**
 * The issue names 3,000 recipients; at 50 per second that is a minute of sending alone, too long
 * for `npm test`. 600 keep every part busy for about 12 s (ten shards, reminders among them);
 * `npm run bench -- tenant-budget` sends the 3,000.
 */
const RECIPIENTS = 600;
const PAIRS = 3;
const hr = teamsUser('Helga Richter');

describe('three server processes on one storage account share one tenant budget', () => {
  let h: Harness | undefined;
  const processes: TandemProcess[] = [];

  afterAll(async () => {
    await Promise.all(processes.map((server) => server.stop()));
    await h?.stop();
  });

  test('a broadcast while reminders are due: never more than the rate in any second, everyone gets the news once, the reminders go out once', async () => {
    const tablePrefix = uniqueTablePrefix();
    // The processes start (each loads the whole app) while the tenant is seeded.
    const starting = Promise.all(
      [1, 2, 3].map(() =>
        startTandemProcess(
          instanceEnv({ tablePrefix, connectionString: testConnectionString(), rate: RATE, admin: hr.aadObjectId }),
        ),
      ),
    );
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId }, tablePrefix });
    const tenant = await seedBusyTenant(h, hr, RECIPIENTS, PAIRS);
    processes.push(...(await starting));
    const started = Date.now();
    await tenant.start();

    const broadcasts = new BroadcastTableRepository(testTableStore(tablePrefix));
    const done = async () => (await broadcasts.get(TENANT_ID, tenant.broadcastId))?.value.status === 'done';
    const deadline = Date.now() + 60_000;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`broadcast not done:\n${processes[0]!.log.slice(-20).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await h.connector.waitFor(() => tenant.pairChats.every((chat) => reminders(chat).length > 0), 10_000);

    // Every message the instances start counts against the tenant's limit: news, reminders, report updates, retries.
    const proactive = h.connector.calls.filter((call) => call.at >= started && ['send', 'update'].includes(call.kind));
    expect(busiestSecond(proactive.map((call) => call.at))).toBeLessThanOrEqual(RATE);
    const received = newsPerConversation(h.connector);
    expect(tenant.people.map((person) => received.get(person.conversationId))).toEqual(tenant.people.map(() => 1));
    for (const chat of tenant.pairChats) {
      const sent = reminders(chat);
      expect(sent.length).toBeGreaterThan(0);
      expect(new Set(sent).size).toBe(sent.length);
    }
  }, 120_000);

  /** The reminder texts a pair chat received (each lead time once). */
  const reminders = (chat: string) =>
    h!.connector
      .messages(chat)
      .map((message) => String(message.summary ?? ''))
      .filter((summary) => summary.startsWith('⏰'));
});
