import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import {
  ExponentialBackoff,
  handleWhen,
  retry,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
} from 'cockatiel';
import type { Logger } from '../logger';
import type { ConnectorClients } from './connector-clients';
import type { ConversationThrottle } from './conversation-throttle';

/** How a proactive send ended. Failures are values: a broadcast records them per recipient. */
export type SendOutcome =
  | { status: 'sent'; activityId?: string; attempts: number }
  | { status: 'not-reachable'; httpStatus: number; attempts: number }
  /** `ambiguous`: the request may have reached Teams (a timeout, a 500), so it must not be re-sent blindly. */
  | { status: 'failed'; httpStatus?: number; reason: string; attempts: number; ambiguous?: boolean };

/** Waits until the tenant may send another message (the app's per-tenant limit, shared by all conversations). */
export interface TenantThrottle {
  /** `retry`: a later attempt of a send that asked before, which goes ahead of first attempts. */
  acquire(tenantId: string, attempt?: { retry: boolean }): Promise<void>;
}

export interface ProactiveSenderOptions {
  throttle: ConversationThrottle;
  /** The per-tenant token bucket; every attempt (retries included) takes a token. */
  tenantThrottle?: TenantThrottle;
  logger: Logger;
  /** Attempts in all, including the first. */
  maxAttempts: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Upper bound for a server's Retry-After, so one bad header cannot park a sender for hours. */
  maxRetryAfterMs?: number;
  /** Gives up waiting for one attempt's answer after this long; the outcome is then ambiguous. */
  attemptTimeoutMs?: number;
}

// Statuses Teams documents as transient. A plain 500 is left out: the message may have been
// posted, and an activity POST has no idempotency key, so a retry could post it twice.
const TRANSIENT_STATUSES = new Set([412, 429, 502, 503, 504]);
const UNREACHABLE_STATUSES = new Set([403, 404]);

/**
 * Sends activities to stored conversations: throttled per conversation, retried with
 * exponential back-off and jitter (cockatiel), honouring Retry-After.
 */
export class ProactiveSender {
  constructor(
    private readonly clients: ConnectorClients,
    private readonly options: ProactiveSenderOptions,
  ) {}

  /** Sends one activity to the conversation behind a stored reference, as a new message (it answers nothing). */
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<SendOutcome> {
    const message = addressed(reference, activity);
    return this.run(
      reference,
      async (client, conversationId) => (await client.conversations.sendToConversation(conversationId, message)).id,
    );
  }

  /**
   * Replaces a message the bot posted earlier (a live card everyone in a chat sees, a broadcast's
   * report); the same throttle and retries as a send. An update is idempotent, so retrying it is safe.
   */
  update(
    reference: Partial<ConversationReference>,
    activityId: string,
    activity: Partial<Activity>,
  ): Promise<SendOutcome> {
    const message = { ...addressed(reference, activity), id: activityId };
    return this.run(reference, async (client, conversationId) => {
      await client.conversations.updateActivity(conversationId, activityId, message);
      return activityId;
    });
  }

  private async run(
    reference: Partial<ConversationReference>,
    operation: (client: ConnectorClient, conversationId: string) => Promise<string | undefined>,
  ): Promise<SendOutcome> {
    const conversationId = reference.conversation?.id ?? '';
    const tenantId = reference.conversation?.tenantId ?? '';
    let outcome: SendOutcome;
    try {
      // Without a service URL nothing can leave: a plain failure, not one that may have arrived.
      if (!reference.serviceUrl) throw new Error('the stored conversation has no service URL');
      const client = await this.clients.forServiceUrl(reference.serviceUrl);
      outcome = await this.withRetries(conversationId, tenantId, () => operation(client, conversationId));
    } catch (error) {
      outcome = { status: 'failed', reason: describe(error), attempts: 0 };
    }
    if (outcome.status !== 'sent')
      this.options.logger.warn({ conversationId, outcome }, 'proactive send did not go through');
    return outcome;
  }

  private async withRetries(
    conversationId: string,
    tenantId: string,
    operation: () => Promise<string | undefined>,
  ): Promise<SendOutcome> {
    const policy = retry(
      handleWhen((error) => TRANSIENT_STATUSES.has(statusOf(error) ?? 0)),
      {
        maxAttempts: this.options.maxAttempts - 1,
        backoff: new RetryAfterBackoff(
          new ExponentialBackoff({
            initialDelay: this.options.initialDelayMs ?? 500,
            maxDelay: this.options.maxDelayMs ?? 30_000,
          }),
          this.options.maxRetryAfterMs ?? 300_000,
        ),
      },
    );
    let attempts = 0;
    try {
      const activityId = await policy.execute(async () => {
        await this.options.throttle.acquire(conversationId);
        await this.options.tenantThrottle?.acquire(tenantId, { retry: attempts > 0 });
        attempts += 1;
        return withTimeout(operation(), this.options.attemptTimeoutMs);
      });
      return { status: 'sent', activityId, attempts };
    } catch (error) {
      if (error instanceof AttemptTimeout) return { status: 'failed', reason: 'timeout', attempts, ambiguous: true };
      const httpStatus = statusOf(error);
      if (httpStatus !== undefined && UNREACHABLE_STATUSES.has(httpStatus))
        return { status: 'not-reachable', httpStatus, attempts };
      return {
        status: 'failed',
        httpStatus,
        reason: describe(error),
        attempts,
        ambiguous: httpStatus === 500 || httpStatus === undefined,
      };
    }
  }
}

/** An attempt whose answer did not come in time: the request may or may not have been acted on. */
class AttemptTimeout extends Error {}

/** Stops waiting after `ms`; the request itself goes on, so its effect is unknown, never retried. */
function withTimeout<T>(promise: Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms) return promise;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * The activity as botbuilder would address it for this conversation (channel, service URL,
 * conversation, the bot as sender, the person as recipient), minus the reply-to id a stored
 * reference carries: a proactive message answers nothing, so it goes to the conversation itself.
 */
function addressed(reference: Partial<ConversationReference>, activity: Partial<Activity>): Activity {
  const message = TurnContext.applyConversationReference({ type: 'message', ...activity }, reference);
  delete message.replyToId;
  return message as Activity;
}

/** Uses the server's Retry-After when it sent one, otherwise the wrapped back-off. */
class RetryAfterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  constructor(
    private readonly fallback: IBackoffFactory<IRetryBackoffContext<unknown>>,
    private readonly maxRetryAfterMs: number,
  ) {}

  next(context: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    return this.wrap(this.fallback.next(context), context);
  }

  private wrap(
    inner: IBackoff<IRetryBackoffContext<unknown>>,
    context: IRetryBackoffContext<unknown>,
  ): IBackoff<IRetryBackoffContext<unknown>> {
    const error = 'error' in context.result ? context.result.error : undefined;
    const requested = retryAfterMs(error);
    return {
      duration: requested === undefined ? inner.duration : Math.min(requested, this.maxRetryAfterMs),
      next: (nextContext) => this.wrap(inner.next(nextContext), nextContext),
    };
  }
}

interface HttpErrorLike {
  statusCode?: number;
  response?: { headers?: { get?(name: string): string | undefined } };
}

function statusOf(error: unknown): number | undefined {
  return (error as HttpErrorLike | undefined)?.statusCode;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | undefined {
  const header = (error as HttpErrorLike | undefined)?.response?.headers?.get?.('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
}
