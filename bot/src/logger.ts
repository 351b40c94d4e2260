import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs: JSON for machines (production, CI, log shipping), pretty lines when a
 * person is watching a terminal.
 */
export function createLogger(level: string, env: string): Logger {
  const pretty = env !== 'production' && process.stdout.isTTY === true;
  return pino({
    level,
    base: { app: 'tandem' },
    redact: { paths: ['*.password', '*.connectionString', '*.authorization'], censor: '[redacted]' },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app' },
          },
        }
      : {}),
  });
}
