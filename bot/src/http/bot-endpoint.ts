import type { JWTPayload } from 'jose';
import type { Request, Response, Server } from 'restify';
import { parseActivity, type IncomingActivity } from './activity-shape';
import { callerMayPost, type BotCaller, type BotTokenVerifier } from './auth/bot-token';
import { refuse } from './http-errors';
import { readJsonBody } from './json-body';

/** What a turn answers over HTTP: an invoke's response, or nothing (200). */
export type TurnAnswer = { status: number; body?: unknown } | undefined;

export interface BotEndpointDeps {
  /** Checks Teams' token; absent in local mode, where every caller is anonymous. */
  tokens?: BotTokenVerifier;
  /** Runs the turn for a checked activity (with its caller's claims unless local). */
  runActivity(activity: IncomingActivity, claims: JWTPayload | undefined): Promise<TurnAnswer>;
}

/**
 * Activities are small; a cap keeps a hostile client from making us buffer megabytes, and a
 * depth limit from making any library walk a nesting until its stack runs out.
 */
const BODY_LIMITS = { maxBytes: 256 * 1024, maxDepth: 64 };

/**
 * `POST /api/messages`, the Bot Framework endpoint. The order matters: who calls is checked
 * first (an anonymous caller learns nothing about what we accept, 401), then the body is read
 * and must be an activity (400, 413 when too large), then the token must fit that activity
 * (its service URL and channel, 401). Only then does the turn run.
 */
export function registerBotEndpoint(server: Server, deps: BotEndpointDeps): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const caller = await callerOf(req, deps.tokens);
    if (typeof caller === 'number') return refuseUnread(req, res, caller);
    const body = await readJsonBody(req, BODY_LIMITS);
    if (!body.ok) return refuse(res, body.refused === 'too-large' ? 413 : 400);
    const activity = parseActivity(body.value);
    if (!activity) return refuse(res, 400);
    if (caller && !callerMayPost(caller, activity)) return refuse(res, 401);
    const answer = await deps.runActivity(activity, caller?.claims);
    if (answer?.body === undefined) res.send(answer?.status ?? 200);
    else res.send(answer.status, answer.body);
  });
}

/** The verified caller, undefined in local mode, or the status that refuses the request. */
async function callerOf(req: Request, tokens: BotTokenVerifier | undefined): Promise<BotCaller | undefined | number> {
  if (!tokens) return undefined;
  const check = await tokens.verify(req.headers.authorization);
  return check.ok ? check.caller : check.status;
}

/** Refuses before reading the body; what the client still sends is discarded. */
function refuseUnread(req: Request, res: Response, status: number): void {
  req.resume();
  refuse(res, status);
}
