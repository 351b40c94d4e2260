import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';

/**
 * The short, generic body of every refusal and failure the server answers. Nothing from inside
 * the server (an exception's message, a library's diagnosis, a host name) goes to a client:
 * it would tell an attacker what runs here and a Teams user nothing they could act on.
 */
const GENERIC_ERRORS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'too-large',
  415: 'unsupported-media-type',
  503: 'service-unavailable',
};

/** The generic body for a status (`internal-error` for anything not listed). */
export function genericError(status: number): { error: string } {
  return { error: GENERIC_ERRORS[status] ?? (status < 500 ? 'bad-request' : 'internal-error') };
}

/** Answers a status with its generic body. */
export function refuse(res: Response, status: number): void {
  res.send(status, genericError(status));
}

/**
 * Says which status a failure from another layer stands for (e.g. storage that does not answer
 * is 503); undefined for errors it does not know. http/ may not import those layers, so the
 * composition root brings this.
 */
export type KnownErrors = (error: unknown) => number | undefined;

/**
 * The status an error stands for: a known failure's, restify's own HTTP errors keep theirs
 * (unknown route, unparseable body), anything else is 500.
 */
export function statusOfError(error: unknown, known: KnownErrors = () => undefined): number {
  const status = known(error) ?? (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/**
 * The one error handler of the server: every error a route throws or restify raises ends here,
 * is logged in full, and is answered with its status and the generic body.
 */
export function handleErrors(server: Server, logger: Logger, known?: KnownErrors): void {
  server.on('restifyError', (req: Request, res: Response, error: Error, callback: () => void) => {
    const status = statusOfError(error, known);
    const entry = { err: error, status, method: req.method, url: req.url };
    if (status >= 500) logger.error(entry, 'request failed');
    else logger.warn(entry, 'request refused');
    if (!res.headersSent) refuse(res, status);
    callback();
  });
}
