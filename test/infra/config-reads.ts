import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../bot/src/config';
import { REPO_ROOT } from './toolkit-project';

/** UPPER_SNAKE keys of `envSchema = z.object({ ... })` in bot/src/config.ts, read as text. */
export function configSchemaKeys(): string[] {
  const source = readFileSync(join(REPO_ROOT, 'bot', 'src', 'config.ts'), 'utf8');
  const start = source.indexOf('envSchema = z.object({');
  if (start < 0) throw new Error('bot/src/config.ts has no "envSchema = z.object({"');
  const end = source.indexOf('\n});', start);
  return [...new Set([...source.slice(start, end).matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*:/gm)].map((m) => m[1] ?? ''))];
}

/** The variables loadConfig actually looks up, recorded through a proxy environment. */
export function configReads(): string[] {
  const read = new Set<string>();
  const env = new Proxy({} as Record<string, string | undefined>, {
    get: (_, name) => {
      if (typeof name === 'string' && /^[A-Z][A-Z0-9_]*$/.test(name)) read.add(name);
      return undefined;
    },
  });
  try {
    loadConfig(env);
  } catch {
    // Only the lookups matter; an empty environment may well be refused.
  }
  return [...read];
}
