import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  /** The activity id a reply answers, or the id of the activity updated or deleted. */
  activityId?: string;
  kind: 'send' | 'reply' | 'update' | 'delete' | 'create-conversation' | 'read';
  body?: Record<string, any>;
  at: number;
  /** The status the fake answered with. */
  status: number;
  /** What the fake created: the id of a posted activity, and of a new conversation. */
  created?: { activityId?: string; conversationId?: string };
}

/** A fault to inject into the next matching calls. */
export interface Fault {
  status: number;
  /** Retry-After header value in seconds (429/503). */
  retryAfterSeconds?: number;
  /** How many matching calls fail; default 1. */
  times?: number;
  /** Only calls whose path matches. */
  path?: RegExp;
  /** Only calls of this kind (a send, not the member reads that share the conversation's path). */
  kind?: ConnectorCall['kind'];
  /** Only calls whose body holds this text: one message among several sent to the same chat. */
  bodyIncludes?: string;
  /** Wait before answering, to simulate a slow connector. With a 2xx status the activity is accepted, only late. */
  delayMs?: number;
  /** Accept the activity but never answer: the sender cannot know it arrived (a timeout after the request was sent). */
  hang?: boolean;
}

/** Teams' limits as the fake enforces them: a request over any window is answered 429 and counted. */
export interface ConnectorLimits {
  perConversation: Array<{ points: number; seconds: number }>;
  /** All activity posts and updates of the app in the tenant. */
  global?: { points: number; seconds: number };
}

export interface Member {
  id: string;
  name: string;
  aadObjectId: string;
  userPrincipalName?: string;
  email?: string;
  tenantId?: string;
}

/**
 * A local stand-in for the Bot Connector REST service at `serviceUrl`. It records every
 * activity the bot sends, replies, updates or deletes, answers the calls botbuilder makes
 * for members, teams and new conversations, and fails on demand.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly faults: Array<Required<Pick<Fault, 'status' | 'times'>> & Fault> = [];
  private readonly members = new Map<string, Member[]>();
  private readonly teams = new Map<
    string,
    { id: string; name: string; aadGroupId: string; channels: { id: string; name?: string }[] }
  >();
  private waiters: Array<() => void> = [];
  private limits: ConnectorLimits | undefined;
  private randomFault: { status: number; probability: number; retryAfterSeconds?: number } | undefined;
  private readonly accepted = { all: [] as number[], byConversation: new Map<string, number[]>() };
  /** Requests that went over a limit (each answered 429): the bot's own throttling should keep this at zero. */
  readonly violations: Array<{ conversationId?: string; window: string; at: number }> = [];
  url = '';
  /** TCP connections the bot opened, and how many of them are still open: shows socket reuse. */
  readonly connections = { opened: 0, open: 0 };

  /** Starts on a free loopback port. */
  async start(): Promise<this> {
    this.server.on('connection', (socket) => {
      this.connections.opened += 1;
      this.connections.open += 1;
      socket.on('close', () => (this.connections.open -= 1));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Forgets recorded calls and pending faults. */
  reset(): void {
    this.calls.length = 0;
    this.faults.length = 0;
    this.violations.length = 0;
    this.limits = undefined;
    this.randomFault = undefined;
  }

  /** Answers 429 to any activity post or update that goes over these limits (sliding windows), and counts it. */
  enforceLimits(limits: ConnectorLimits): void {
    this.limits = limits;
  }

  /** Fails this share of activity posts at random (e.g. 1 % of 429s in the benchmark). */
  injectRandomly(fault: { status: number; probability: number; retryAfterSeconds?: number } | undefined): void {
    this.randomFault = fault;
  }

  /** Fails the next matching calls. */
  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  setMembers(conversationId: string, members: Member[]): void {
    this.members.set(conversationId, members);
  }

  /** The members set for a conversation (none when a test did not say). */
  membersOf(conversationId: string): readonly Member[] {
    return this.members.get(conversationId) ?? [];
  }

  setTeam(team: { id: string; name: string; aadGroupId: string; channels: { id: string; name?: string }[] }): void {
    this.teams.set(team.id, team);
  }

  /** Activities the bot posted (sends and replies) that were accepted, optionally for one conversation. */
  activities(conversationId?: string): Record<string, any>[] {
    return this.calls
      .filter((call) => (call.kind === 'send' || call.kind === 'reply') && call.status < 300)
      .filter((call) => conversationId === undefined || call.conversationId === conversationId)
      .map((call) => call.body!);
  }

  /** Message activities (typing indicators left out). */
  messages(conversationId?: string): Record<string, any>[] {
    return this.activities(conversationId).filter((activity) => activity.type === 'message');
  }

  /** Waits until the recorded calls satisfy a condition (proactive work finishes after the HTTP turn). */
  async waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(`FakeConnector.waitFor timed out after ${timeoutMs} ms; calls: ${this.calls.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.respond(req, res);
    } catch (error) {
      // A bug in the fake must fail the test loudly, not leave the bot waiting for an answer.
      res.statusCode = 500;
      res.end(JSON.stringify({ error: { code: 'FakeConnectorBug', message: String(error) } }));
    }
  }

  private async respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    const path = (req.url ?? '').split('?')[0]!;
    const route = classify(req.method ?? 'GET', path);
    const fault = this.takeFault(path, route.kind, body) ?? this.limitFault(route) ?? this.chanceFault(route);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    const failed = fault && fault.status >= 300;
    const status = failed ? fault.status : route.status;
    const answer = failed ? undefined : this.answer(route, body, req.url ?? '');
    this.calls.push({
      method: req.method ?? 'GET',
      path,
      conversationId: route.conversationId,
      activityId: route.activityId,
      kind: route.kind,
      body,
      at: Date.now(),
      status,
      created: createdBy(route, answer),
    });
    this.notify();
    // Accepted, but the answer is lost: the socket stays open until the test stops the connector.
    if (fault?.hang) return;

    if (failed) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      // No chaining: restify patches ServerResponse.prototype.writeHead and drops its return value.
      res.writeHead(fault.status, headers);
      res.end(JSON.stringify({ error: { code: 'InjectedFault', message: `injected ${fault.status}` } }));
      return;
    }
    res.writeHead(route.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  }

  /** A 429 when this activity post or update would go over a limit; otherwise it is counted as accepted. */
  private limitFault(route: Route): Fault | undefined {
    if (route.name !== 'activity' || route.kind === 'delete' || !this.limits) return undefined;
    const now = Date.now();
    const conversationId = route.conversationId ?? '';
    const mine = this.accepted.byConversation.get(conversationId) ?? [];
    const over = (times: number[], window: { points: number; seconds: number }) =>
      times.filter((at) => at > now - window.seconds * 1000).length >= window.points;
    const breached = this.limits.perConversation.find((window) => over(mine, window));
    const global = this.limits.global && over(this.accepted.all, this.limits.global) ? this.limits.global : undefined;
    if (breached || global) {
      const window = breached ?? global!;
      this.violations.push({
        conversationId: breached ? conversationId : undefined,
        window: `${window.points}/${window.seconds}s${breached ? '' : ' global'}`,
        at: now,
      });
      return { status: 429, times: 1, retryAfterSeconds: 1 };
    }
    mine.push(now);
    this.accepted.byConversation.set(conversationId, mine.length > 2000 ? mine.slice(-1000) : mine);
    this.accepted.all.push(now);
    if (this.accepted.all.length > 20_000) this.accepted.all.splice(0, 10_000);
    return undefined;
  }

  private chanceFault(route: Route): Fault | undefined {
    if (
      !this.randomFault ||
      route.name !== 'activity' ||
      route.kind !== 'send' ||
      Math.random() >= this.randomFault.probability
    )
      return undefined;
    return { status: this.randomFault.status, retryAfterSeconds: this.randomFault.retryAfterSeconds, times: 1 };
  }

  private answer(route: Route, body: Record<string, any> | undefined, url: string): unknown {
    switch (route.name) {
      case 'activity':
        return { id: `activity-${randomUUID()}` };
      case 'create-conversation':
        return {
          id: `a:${randomUUID()}`,
          activityId: body?.activity ? `activity-${randomUUID()}` : undefined,
          serviceUrl: this.url,
        };
      case 'members':
        return this.members.get(route.conversationId!) ?? [];
      case 'member':
        return (
          this.members
            .get(route.conversationId!)
            ?.find((m) => m.id === route.memberId || m.aadObjectId === route.memberId) ?? {}
        );
      case 'paged-members':
        return pagedMembers(this.members.get(route.conversationId!) ?? [], new URL(url, 'http://x').searchParams);
      case 'team':
        return this.teams.get(route.teamId!) ?? {};
      case 'team-channels':
        return { conversations: this.teams.get(route.teamId!)?.channels ?? [] };
      default:
        return {};
    }
  }

  private takeFault(path: string, kind: ConnectorCall['kind'], body: unknown): Fault | undefined {
    const index = this.faults.findIndex(
      (fault) =>
        (!fault.path || fault.path.test(path)) &&
        (!fault.kind || fault.kind === kind) &&
        (!fault.bodyIncludes || JSON.stringify(body ?? null).includes(fault.bodyIncludes)),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.times -= 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }
}

interface Route {
  name:
    'activity' | 'create-conversation' | 'members' | 'member' | 'paged-members' | 'team' | 'team-channels' | 'unknown';
  kind: ConnectorCall['kind'];
  status: number;
  conversationId?: string;
  activityId?: string;
  memberId?: string;
  teamId?: string;
}

function classify(method: string, path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'v3') return { name: 'unknown', kind: 'read', status: 404 };
  const [, resource, id, sub, subId] = parts;
  if (resource === 'conversations' && id === undefined && method === 'POST')
    return { name: 'create-conversation', kind: 'create-conversation', status: 201 };
  if (resource === 'conversations' && sub === 'activities') {
    if (method === 'POST')
      return { name: 'activity', kind: subId ? 'reply' : 'send', status: 200, conversationId: id, activityId: subId };
    if (method === 'PUT')
      return { name: 'activity', kind: 'update', status: 200, conversationId: id, activityId: subId };
    if (method === 'DELETE')
      return { name: 'activity', kind: 'delete', status: 200, conversationId: id, activityId: subId };
  }
  if (resource === 'conversations' && sub === 'members')
    return { name: subId ? 'member' : 'members', kind: 'read', status: 200, conversationId: id, memberId: subId };
  if (resource === 'conversations' && sub === 'pagedmembers')
    return { name: 'paged-members', kind: 'read', status: 200, conversationId: id };
  if (resource === 'teams' && sub === 'conversations')
    return { name: 'team-channels', kind: 'read', status: 200, teamId: id };
  if (resource === 'teams') return { name: 'team', kind: 'read', status: 200, teamId: id };
  return { name: 'unknown', kind: 'read', status: 404 };
}

/** The ids of what a post created: an activity's id, and for a new conversation its id. */
function createdBy(route: Route, answer: unknown): ConnectorCall['created'] {
  const value = answer as { id?: string; activityId?: string } | undefined;
  if (route.name === 'activity' && (route.kind === 'send' || route.kind === 'reply')) return { activityId: value?.id };
  if (route.name === 'create-conversation') return { conversationId: value?.id, activityId: value?.activityId };
  return undefined;
}

function pagedMembers(members: Member[], query: URLSearchParams) {
  const pageSize = Number(query.get('pageSize') ?? 100);
  const start = Number(query.get('continuationToken') ?? 0);
  const page = members.slice(start, start + pageSize);
  const next = start + pageSize < members.length ? String(start + pageSize) : undefined;
  return { members: page, continuationToken: next };
}

async function readJson(req: IncomingMessage): Promise<Record<string, any> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>;
  } catch {
    return undefined;
  }
}
