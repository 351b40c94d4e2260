import { once } from 'node:events';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { summarize, type LatencySummary } from './percentiles';

/** What a steady-load run asks for: requests to `url`, taken from `targets` in turn. */
export interface SteadyLoadOrder {
  url: string;
  rate: number;
  seconds: number;
  targets: { path: string; headers: Record<string, string> }[];
}

export interface SteadyLoadOutcome {
  answers: { status: number; ms: number }[];
  /** How late the last request was sent (about 0 when the load kept pace). */
  sendLagMs: number;
}

export interface SteadyLoadResult {
  requests: number;
  /** Answers other than 2xx, and requests that got no answer at all. */
  failed: number;
  latency: LatencySummary;
  sendLagMs: number;
}

/**
 * Offers `rate` requests a second, evenly spaced, for `seconds` (an open load: see
 * steady-load.worker.ts), from a worker thread, so making the load takes no time from the
 * server's event loop. autocannon's rate limit is per connection and per second, so it sends
 * each second's requests together at the start of the second: a burst, not a rate.
 */
export async function steadyLoad(order: SteadyLoadOrder): Promise<SteadyLoadResult> {
  // The bench runs under tsx; the worker registers the same loader before it loads TypeScript.
  const script = `require('tsx/cjs/api').register(); require(${JSON.stringify(path.join(__dirname, 'steady-load.worker.ts'))});`;
  const worker = new Worker(script, { eval: true, workerData: order });
  const [outcome] = (await once(worker, 'message')) as [SteadyLoadOutcome];
  await worker.terminate();
  return {
    requests: outcome.answers.length,
    failed: outcome.answers.filter((a) => a.status < 200 || a.status > 299).length,
    latency: summarize(outcome.answers.map((a) => a.ms)),
    sendLagMs: outcome.sendLagMs,
  };
}
