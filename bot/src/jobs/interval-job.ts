import type { Logger } from '../logger';

/** A background job that runs every few minutes in each server instance. */
export interface IntervalJob {
  stop(): void;
}

/**
 * Runs `tick` every `intervalMs`, never two at once in this process; errors are logged and
 * the next tick tries again. Work must be idempotent, because every instance runs its own.
 */
export function startIntervalJob(
  name: string,
  intervalMs: number,
  tick: () => Promise<unknown>,
  logger: Logger,
): IntervalJob {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .then((result) => logger.debug({ job: name, result }, 'job ran'))
      .catch((error: unknown) => logger.error({ err: error, job: name }, 'job failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref(); // a job alone must not keep the process alive
  return { stop: () => clearInterval(timer) };
}
