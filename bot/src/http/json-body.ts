import type { Request } from 'restify';

/** Limits on a JSON request body. */
export interface JsonBodyLimits {
  maxBytes: number;
  /** Objects and arrays nested deeper than this are refused before anyone walks them recursively. */
  maxDepth: number;
}

/** The parsed body, or why it was refused: not JSON (or not sent as JSON), or too large. */
export type JsonBody = { ok: true; value: unknown } | { ok: false; refused: 'malformed' | 'too-large' };

/**
 * Reads and parses a JSON body within limits. Only `application/json` is read; a body that
 * does not parse, is nested too deeply, or is larger than allowed is refused without reading
 * into it further (the rest of the stream is drained, so the connection stays usable).
 */
export async function readJsonBody(req: Request, limits: JsonBodyLimits): Promise<JsonBody> {
  const contentType = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (contentType !== 'application/json') return drained(req, 'malformed');
  if (Number(req.headers['content-length'] ?? 0) > limits.maxBytes) return drained(req, 'too-large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limits.maxBytes) return drained(req, 'too-large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return nestedDeeperThan(value, limits.maxDepth) ? { ok: false, refused: 'malformed' } : { ok: true, value };
  } catch {
    return { ok: false, refused: 'malformed' };
  }
}

function drained(req: Request, refused: 'malformed' | 'too-large'): JsonBody {
  req.resume();
  return { ok: false, refused };
}

/** Walks the value without recursion, so a hostile nesting cannot exhaust the stack here. */
function nestedDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(next)) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}
