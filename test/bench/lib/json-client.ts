import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** An HTTP answer with the time it took. */
export interface TimedResponse {
  status: number;
  /** The parsed JSON body, or undefined when the body was empty. */
  body: any;
  /** From starting the request until the last byte of the response arrived. */
  ms: number;
}

/**
 * POSTs JSON over one kept-alive connection, as a channel service does to a busy bot: the
 * measured time is the bot's, not TCP set-up's. Parsing happens after the clock stops.
 */
export class JsonClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly base: URL;

  constructor(baseUrl: string) {
    this.base = new URL(baseUrl);
  }

  post(path: string, payload: unknown): Promise<TimedResponse> {
    const body = Buffer.from(JSON.stringify(payload));
    return new Promise((resolve, reject) => {
      const startedAt = performance.now();
      const request = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path,
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const ms = performance.now() - startedAt;
            try {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined, ms });
            } catch (error) {
              reject(
                new Error(
                  `POST ${path} answered ${response.statusCode} with a body that is not JSON: ${String(error)}`,
                ),
              );
            }
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
