/**
 * The fake Bot Connector in a worker thread of its own (see connector-thread.ts). It answers
 * the bot on its own event loop and keeps its recordings until the bench asks for them.
 */
import { parentPort } from 'node:worker_threads';
import { FakeConnector, type ConnectorLimits } from '../../harness/fake-connector';

export type ConnectorCommand =
  | { type: 'configure'; limits: ConnectorLimits; fault: { status: number; probability: number } }
  | { type: 'results' }
  | { type: 'stop' };

const connector = new FakeConnector();
void connector.start().then(() => parentPort!.postMessage({ type: 'ready', url: connector.url }));

parentPort!.on('message', (command: ConnectorCommand) => {
  if (command.type === 'configure') {
    connector.reset();
    connector.enforceLimits(command.limits);
    connector.injectRandomly(command.fault);
    parentPort!.postMessage({ type: 'configured' });
  } else if (command.type === 'results') {
    // Bodies stay here (megabytes of cards); whether a call carried a card is all the bench needs.
    const calls = connector.calls.map(({ body, ...call }) => ({
      ...call,
      body: body?.attachments ? { attachments: [] } : undefined,
    }));
    parentPort!.postMessage({ type: 'results', calls, violations: connector.violations });
  } else {
    void connector.stop().then(() => process.exit(0));
  }
});
