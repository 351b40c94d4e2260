import { azuriteConnectionString } from '../../../bot/src/storage/embedded-azurite';
import { Verbs } from '../../../bot/src/teams/verbs';
import {
  personalChat,
  TeamsActivities,
  teamsUser,
  type TeamsConversation,
  type TeamsUser,
} from '../../harness/teams-activities';
import { startEchoBot } from '../lib/echo-bot';
import type { BenchContext, Figure } from '../lib/figure';
import { JsonClient } from '../lib/json-client';
import { latencyFields, round2, summarize } from '../lib/percentiles';
import { RequestCountingProxy, type ProxiedRequest } from '../lib/request-counting-proxy';
import { startTandem } from '../lib/tandem-under-test';
import { runTurnLoop, type SubjectResult, type TurnSubject } from '../lib/turn-loop';
import { checkCardActionTurn, checkEchoTurn, checkHelpTurn, ExpectedCard } from './bot-round-trip.checks';

/**
 * Measured turns per subject. 1,000 rather than the minimum 500 so that p99 rests on the ten
 * slowest turns, not five. BENCH_TURNS overrides it for a quick try while editing the bench.
 */
const DEFAULT_MEASURED_TURNS = 1000;
const WARMUP_TURNS = 50;
/** People taking turns, so Tandem upserts existing rows as in steady state rather than one hot row. */
const PEOPLE = 20;

/**
 * Round-trip latency of a Teams turn through Tandem's real server (a `help` message and an
 * `Action.Execute` press), the same for a bare echo bot on the same stack as the floor, and
 * the Table Storage requests each Tandem turn makes, counted by a proxy in front of Azurite.
 */
export async function botRoundTrip(context: BenchContext): Promise<Figure[]> {
  const measuredTurns = turnsFromEnvironment(process.env.BENCH_TURNS, DEFAULT_MEASURED_TURNS);
  const host = '127.0.0.1';
  const proxy = await new RequestCountingProxy({ host, port: context.azurite.tablePort }).start();
  const tandem = await startTandem(azuriteConnectionString(host, proxy.port, context.azurite.queuePort));
  const echo = await startEchoBot();
  const tandemClient = new JsonClient(tandem.url);
  const echoClient = new JsonClient(echo.url);
  try {
    const activities = new TeamsActivities(context.connector.url);
    const people = Array.from({ length: PEOPLE }, (_, i) => ({
      user: teamsUser(`Bench Person ${i}`),
      chat: personalChat(),
    }));
    const personFor = (turn: number) => people[turn % PEOPLE]!;
    const subjects = makeSubjects(activities, personFor, tandemClient, echoClient);

    context.log(
      `bot-round-trip: ${WARMUP_TURNS} warm-up + ${measuredTurns} measured turns each of ${subjects.map((s) => s.name).join(', ')}`,
    );
    const results = await runTurnLoop({
      subjects,
      warmupTurns: WARMUP_TURNS,
      measuredTurns,
      connector: context.connector,
      proxy,
      log: context.log,
    });
    context.log(
      `bot-round-trip: ${proxy.connections} connection(s) from Tandem to Table Storage, ${proxy.requests.length} requests in all`,
    );
    return figuresOf(results);
  } finally {
    tandemClient.close();
    echoClient.close();
    await tandem.stop();
    await echo.stop();
    await proxy.stop();
  }
}

function turnsFromEnvironment(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const turns = Number(value);
  if (!Number.isInteger(turns) || turns < 1)
    throw new Error(`BENCH_TURNS must be a positive integer, not ${JSON.stringify(value)}`);
  return turns;
}

type PersonFor = (turn: number) => { user: TeamsUser; chat: TeamsConversation };

function makeSubjects(
  activities: TeamsActivities,
  personFor: PersonFor,
  tandem: JsonClient,
  echo: JsonClient,
): TurnSubject[] {
  const helpCard = new ExpectedCard('help');
  const actionCard = new ExpectedCard('card action');
  return [
    {
      name: 'help',
      client: tandem,
      activity: (turn) => activities.message(personFor(turn).chat, personFor(turn).user, 'help'),
      check: (outcome) => checkHelpTurn(outcome, helpCard),
    },
    {
      name: 'card-action',
      client: tandem,
      activity: (turn) => activities.execute(personFor(turn).chat, personFor(turn).user, Verbs.showHelp),
      check: (outcome) => checkCardActionTurn(outcome, actionCard),
    },
    {
      name: 'echo-floor',
      client: echo,
      activity: (turn) => activities.message(personFor(turn).chat, personFor(turn).user, `echo ${turn}`),
      check: checkEchoTurn,
    },
  ];
}

function figuresOf(results: Map<string, SubjectResult>): Figure[] {
  const result = (name: string) => results.get(name)!;
  const help = summarize(result('help').latenciesMs);
  const action = summarize(result('card-action').latenciesMs);
  const echo = summarize(result('echo-floor').latenciesMs);
  // Both Tandem figures list the same methods, so the lines stay comparable.
  const methods = [
    ...new Set([...result('help').tableRequests, ...result('card-action').tableRequests].map((r) => r.method)),
  ].sort();
  const tandemFigure = (name: string, summary: typeof help): Figure => ({
    figure: `bot-round-trip.${name}`,
    turns: summary.count,
    warmup_turns: WARMUP_TURNS,
    ...latencyFields(summary),
    ...tableFields(result(name).tableRequests, summary.count, methods),
    connector_calls_per_turn: round2(result(name).connectorCalls / summary.count),
  });
  return [
    tandemFigure('help', help),
    tandemFigure('card-action', action),
    { figure: 'bot-round-trip.echo-floor', turns: echo.count, warmup_turns: WARMUP_TURNS, ...latencyFields(echo) },
    {
      figure: 'bot-round-trip.ratio',
      help_p50_vs_echo: round2(help.p50 / echo.p50),
      help_p99_vs_echo: round2(help.p99 / echo.p99),
      action_p50_vs_echo: round2(action.p50 / echo.p50),
      action_p99_vs_echo: round2(action.p99 / echo.p99),
    },
  ];
}

/** Requests per turn, in all and by HTTP method, and the time per turn the bot spent waiting on them. */
function tableFields(requests: ProxiedRequest[], turns: number, methods: string[]): Record<string, number> {
  const fields: Record<string, number> = { table_requests_per_turn: round2(requests.length / turns) };
  for (const method of methods) {
    fields[`table_${method.toLowerCase()}_per_turn`] = round2(
      requests.filter((r) => r.method === method).length / turns,
    );
  }
  fields.table_ms_per_turn = round2(requests.reduce((sum, r) => sum + r.ms, 0) / turns);
  return fields;
}
