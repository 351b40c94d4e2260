import type { TestHooks } from '../../src/compose';

const WAIT_MS = 30_000;

/**
 * Delivers a queued broadcast as the server does after a click: the fan-out started through the
 * broadcast jobs, the delivery queue's worker sending each recipient's card. Nobody in the seeded
 * programme has a chat with the bot yet, so recipients end up not reachable without Teams being
 * asked; resolves once the report is finished, and throws if it is not within 30 seconds.
 */
export async function deliver(hooks: TestHooks, tenantId: string, broadcastId: string): Promise<void> {
  hooks.broadcasts.startFanOut(tenantId, broadcastId);
  await hooks.broadcasts.idle();
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    const progress = await hooks.broadcasts.fanOut.progress(tenantId, broadcastId, { exact: true });
    if (progress?.broadcast.status === 'done') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`demo seed: broadcast ${broadcastId} was not delivered within 30 seconds`);
}
