import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One request that went through the proxy. */
export interface ProxiedRequest {
  method: string;
  path: string;
  /** The status the client received (502 when the upstream could not be reached). */
  status: number;
  /** From the request's arrival at the proxy until the last byte of the answer was handed on. */
  ms: number;
  /** `performance.now()` at the request's arrival, and when its answer was handed on. */
  startedAt: number;
  endedAt: number;
}

/** Headers that describe one connection, not the message; each hop sets its own. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

/**
 * A pass-through HTTP proxy that records every request: put it between a client and a
 * server to count what the client really sends (here: the Table Storage calls a bot turn makes).
 * It forwards method, path, headers and body unchanged, so signed requests stay valid.
 */
export class RequestCountingProxy {
  readonly requests: ProxiedRequest[] = [];
  /** TCP connections clients opened to the proxy: shows whether they reuse connections. */
  connections = 0;
  port = 0;
  private readonly upstreamAgent = new http.Agent({ keepAlive: true });
  private readonly server = http.createServer((req, res) => this.forward(req, res));

  /**
   * Holds every request this long before forwarding it, like a storage account across a
   * network: on loopback a dependent request and one merely sent a little later look alike;
   * with a latency, only the dependent one starts after the other's answer.
   */
  latencyMs = 0;

  constructor(private readonly target: { host: string; port: number }) {
    this.server.on('connection', () => {
      this.connections += 1;
    });
  }

  /** Starts on a free loopback port. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.upstreamAgent.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    if (this.latencyMs === 0) return this.relay(req, res, performance.now());
    // Paused, so the body waits in the socket until it is relayed.
    req.pause();
    const arrivedAt = performance.now();
    setTimeout(() => this.relay(req, res, arrivedAt), this.latencyMs);
  }

  private relay(req: IncomingMessage, res: ServerResponse, startedAt: number): void {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    res.on('finish', () => {
      const endedAt = performance.now();
      this.requests.push({ method, path, status: res.statusCode, ms: endedAt - startedAt, startedAt, endedAt });
    });

    const upstream = http.request(
      {
        host: this.target.host,
        port: this.target.port,
        method,
        path,
        headers: endToEnd(req.headers),
        agent: this.upstreamAgent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (res.headersSent) return void res.destroy(error);
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: upstream failed: ${error.message}`);
    });
    req.pipe(upstream);
  }
}

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}
