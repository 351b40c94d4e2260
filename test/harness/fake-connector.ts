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
  /** Wait before answering, to simulate a slow connector. */
  delayMs?: number;
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
  private readonly teams = new Map<string, { id: string; name: string; aadGroupId: string; channels: { id: string; name?: string }[] }>();
  private waiters: Array<() => void> = [];
  url = '';

  /** Starts on a free loopback port. */
  async start(): Promise<this> {
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
  }

  /** Fails the next matching calls. */
  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  setMembers(conversationId: string, members: Member[]): void {
    this.members.set(conversationId, members);
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
      if (Date.now() > deadline) throw new Error(`FakeConnector.waitFor timed out after ${timeoutMs} ms; calls: ${this.calls.length}`);
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
    const fault = this.takeFault(path);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    const status = fault ? fault.status : route.status;
    this.calls.push({ method: req.method ?? 'GET', path, conversationId: route.conversationId, activityId: route.activityId, kind: route.kind, body, at: Date.now(), status });
    this.notify();

    if (fault) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      // No chaining: restify patches ServerResponse.prototype.writeHead and drops its return value.
      res.writeHead(fault.status, headers);
      res.end(JSON.stringify({ error: { code: 'InjectedFault', message: `injected ${fault.status}` } }));
      return;
    }
    res.writeHead(route.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(this.answer(route, body, req.url ?? '')));
  }

  private answer(route: Route, body: Record<string, any> | undefined, url: string): unknown {
    switch (route.name) {
      case 'activity':
        return { id: `activity-${randomUUID()}` };
      case 'create-conversation':
        return { id: `a:${randomUUID()}`, activityId: body?.activity ? `activity-${randomUUID()}` : undefined, serviceUrl: this.url };
      case 'members':
        return this.members.get(route.conversationId!) ?? [];
      case 'member':
        return this.members.get(route.conversationId!)?.find((m) => m.id === route.memberId || m.aadObjectId === route.memberId) ?? {};
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

  private takeFault(path: string): Fault | undefined {
    const index = this.faults.findIndex((fault) => !fault.path || fault.path.test(path));
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
  name: 'activity' | 'create-conversation' | 'members' | 'member' | 'paged-members' | 'team' | 'team-channels' | 'unknown';
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
  if (resource === 'conversations' && id === undefined && method === 'POST') return { name: 'create-conversation', kind: 'create-conversation', status: 201 };
  if (resource === 'conversations' && sub === 'activities') {
    if (method === 'POST') return { name: 'activity', kind: subId ? 'reply' : 'send', status: 200, conversationId: id, activityId: subId };
    if (method === 'PUT') return { name: 'activity', kind: 'update', status: 200, conversationId: id, activityId: subId };
    if (method === 'DELETE') return { name: 'activity', kind: 'delete', status: 200, conversationId: id, activityId: subId };
  }
  if (resource === 'conversations' && sub === 'members') return { name: subId ? 'member' : 'members', kind: 'read', status: 200, conversationId: id, memberId: subId };
  if (resource === 'conversations' && sub === 'pagedmembers') return { name: 'paged-members', kind: 'read', status: 200, conversationId: id };
  if (resource === 'teams' && sub === 'conversations') return { name: 'team-channels', kind: 'read', status: 200, teamId: id };
  if (resource === 'teams') return { name: 'team', kind: 'read', status: 200, teamId: id };
  return { name: 'unknown', kind: 'read', status: 404 };
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
