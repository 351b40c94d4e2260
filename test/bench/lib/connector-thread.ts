import { once } from 'node:events';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ConnectorCall, ConnectorLimits, FakeConnector } from '../../harness/fake-connector';
import type { ConnectorCommand } from './connector-thread.worker';

/** What the connector recorded, for the figure to count. */
export interface ConnectorResults {
  calls: ConnectorCall[];
  violations: FakeConnector['violations'];
}

/**
 * The fake Bot Connector run in its own thread for the broadcast figure. Teams does not share
 * the bot's CPU or event loop: in-process, the connector's time stamps would move with every
 * pause of the bot's loop (a page of statuses parsed, a garbage collection), so requests sent
 * evenly would arrive bunched and look like limit breaches that never left the bot that way.
 */
export class ConnectorThread {
  private constructor(
    private readonly worker: Worker,
    readonly url: string,
  ) {}

  static async start(): Promise<ConnectorThread> {
    // The bench runs under tsx; the worker registers the same loader before it loads TypeScript.
    const script = `require('tsx/cjs/api').register(); require(${JSON.stringify(path.join(__dirname, 'connector-thread.worker.ts'))});`;
    const worker = new Worker(script, { eval: true });
    const [ready] = (await once(worker, 'message')) as [{ url: string }];
    return new ConnectorThread(worker, ready.url);
  }

  async configure(limits: ConnectorLimits, fault: { status: number; probability: number }): Promise<void> {
    await this.ask({ type: 'configure', limits, fault });
  }

  async results(): Promise<ConnectorResults> {
    return (await this.ask({ type: 'results' })) as unknown as ConnectorResults;
  }

  async stop(): Promise<void> {
    this.worker.postMessage({ type: 'stop' } satisfies ConnectorCommand);
    await once(this.worker, 'exit');
  }

  private async ask(command: ConnectorCommand): Promise<Record<string, unknown>> {
    const answer = once(this.worker, 'message') as Promise<[Record<string, unknown>]>;
    this.worker.postMessage(command);
    return (await answer)[0];
  }
}
