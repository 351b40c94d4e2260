import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';

/** A sliding limit: at most `points` messages per `seconds`. */
export interface RateWindow {
  points: number;
  seconds: number;
}

/** Teams' published per-conversation limits for bots sending messages. */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { points: 7, seconds: 1 },
  { points: 8, seconds: 2 },
  { points: 60, seconds: 30 },
  { points: 1800, seconds: 3600 },
];

/**
 * Waits until a conversation may receive another message under every window.
 *
 * The limiter library counts in fixed windows, and a sliding window of the same length can
 * overlap two of them. Granting half the points per fixed window therefore keeps every
 * sliding window within the limit. Halving costs nothing here: Tandem sends a few messages
 * per conversation (a reminder, a poll, a news post), and throughput comes from many
 * conversations in parallel, which have their own counters.
 *
 * The counters live in this process: with several instances, Teams' 429 answers (handled by
 * the sender's retry policy) are the backstop for what one instance cannot see of another.
 */
export class ConversationThrottle {
  private readonly queues: RateLimiterQueue[];

  constructor(windows: readonly RateWindow[] = TEAMS_CONVERSATION_LIMITS, maxQueueSize = 10_000) {
    this.queues = windows.map(
      (window, index) =>
        new RateLimiterQueue(
          new RateLimiterMemory({
            keyPrefix: `w${index}`,
            points: Math.max(1, Math.floor(window.points / 2)),
            duration: window.seconds,
          }),
          { maxQueueSize },
        ),
    );
  }

  /** Resolves when one more message to this conversation stays within the limits. */
  async acquire(conversationId: string): Promise<void> {
    // Shorter windows first: they free up soonest, so the longer ones are checked with fresh counts.
    for (const queue of this.queues) {
      await queue.removeTokens(1, conversationId);
    }
  }
}
