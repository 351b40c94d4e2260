/**
 * The load of a steady-load run (see steady-load.ts), in a worker thread of its own: request i
 * is sent at start + i / rate, whether or not earlier answers came back (an open load), and its
 * latency is counted from that moment, so a request that had to wait for a slow server to
 * free a socket is counted with its wait.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { SteadyLoadOrder, SteadyLoadOutcome } from './steady-load';

const order = workerData as SteadyLoadOrder;
// As many sockets as requests in flight: no request waits for a socket inside the load itself.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const url = new URL(order.url);

function send(target: SteadyLoadOrder['targets'][number], due: number): Promise<SteadyLoadOutcome['answers'][number]> {
  return new Promise((resolve) => {
    const request = http.get(
      { agent, host: url.hostname, port: url.port, path: target.path, headers: target.headers },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - due }));
      },
    );
    request.on('error', () => resolve({ status: 0, ms: performance.now() - due }));
  });
}

async function run(): Promise<SteadyLoadOutcome> {
  const count = Math.round(order.rate * order.seconds);
  const interval = 1000 / order.rate;
  const start = performance.now() + 20;
  const answers: Promise<SteadyLoadOutcome['answers'][number]>[] = [];
  for (let i = 0; i < count; i += 1) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    answers.push(send(order.targets[i % order.targets.length]!, due));
  }
  const sendLagMs = Math.max(0, performance.now() - (start + (count - 1) * interval));
  const done = await Promise.all(answers);
  agent.destroy();
  return { answers: done, sendLagMs };
}

void run().then((outcome) => parentPort!.postMessage(outcome));
