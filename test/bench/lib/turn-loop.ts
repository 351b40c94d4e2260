import type { ConnectorCall, FakeConnector } from '../../harness/fake-connector';
import type { JsonClient, TimedResponse } from './json-client';
import type { ProxiedRequest, RequestCountingProxy } from './request-counting-proxy';

/** Everything one turn produced, for checking the bot's answer. */
export interface TurnOutcome {
  activity: Record<string, any>;
  response: TimedResponse;
  /** Calls the bot made to the Bot Connector while the turn ran. */
  connectorCalls: ConnectorCall[];
  /** Table Storage requests made while the turn ran (empty for a bot not behind the proxy). */
  tableRequests: ProxiedRequest[];
}

/** One kind of turn to measure against one bot. */
export interface TurnSubject {
  name: string;
  client: JsonClient;
  /** A fresh activity for the n-th turn (new ids, as Teams sends them). */
  activity(turn: number): Record<string, any>;
  /** Throws when the bot answered wrongly, so a broken bot cannot produce good numbers. */
  check(outcome: TurnOutcome): void;
}

/** The measured (post-warm-up) turns of one subject. */
export interface SubjectResult {
  latenciesMs: number[];
  tableRequests: ProxiedRequest[];
  connectorCalls: number;
}

export interface TurnLoopOptions {
  subjects: TurnSubject[];
  warmupTurns: number;
  measuredTurns: number;
  connector: FakeConnector;
  proxy: RequestCountingProxy;
  log(message: string): void;
}

/**
 * Runs the subjects in rounds, one turn of each per round and one turn at a time. Interleaving
 * means all subjects see the same machine state (JIT, heap size, caches), so their ratios are
 * fairer than measuring one block after another.
 */
export async function runTurnLoop(options: TurnLoopOptions): Promise<Map<string, SubjectResult>> {
  const results = new Map<string, SubjectResult>(
    options.subjects.map((subject) => [subject.name, { latenciesMs: [], tableRequests: [], connectorCalls: 0 }]),
  );
  const rounds = options.warmupTurns + options.measuredTurns;
  for (let round = 0; round < rounds; round++) {
    const measured = round >= options.warmupTurns;
    for (const subject of options.subjects) {
      const outcome = await oneTurn(subject, round, options);
      subject.check(outcome);
      if (!measured) continue;
      const result = results.get(subject.name)!;
      result.latenciesMs.push(outcome.response.ms);
      result.tableRequests.push(...outcome.tableRequests);
      result.connectorCalls += outcome.connectorCalls.length;
    }
    if ((round + 1) % 100 === 0 || round + 1 === options.warmupTurns)
      options.log(`  round ${round + 1}/${rounds}${measured ? '' : ' (warm-up)'}`);
  }
  return results;
}

async function oneTurn(subject: TurnSubject, turn: number, options: TurnLoopOptions): Promise<TurnOutcome> {
  const activity = subject.activity(turn);
  const connectorBefore = options.connector.calls.length;
  const proxyBefore = options.proxy.requests.length;
  const response = await subject.client.post('/api/messages', activity);
  const connectorCalls = options.connector.calls.slice(connectorBefore);
  // Keeping every reply body for the whole run would only grow the heap the bots run in.
  options.connector.reset();
  return { activity, response, connectorCalls, tableRequests: options.proxy.requests.slice(proxyBefore) };
}
