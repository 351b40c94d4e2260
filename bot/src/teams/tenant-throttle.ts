import {
  burstFor,
  emptySendWindow,
  fullBucket,
  recordSend,
  sendWindowWait,
  takeToken,
  type BucketSettings,
  type BucketState,
  type SendWindow,
} from './token-bucket';
import type { TenantThrottle } from './proactive';

/** Where a tenant's tokens come from beyond this instance: the budget all instances share. */
export interface TenantBudget {
  forTenant(tenantId: string): TenantTokenSource;
  /** The most tokens the budget may hand out for one moment: the local bucket must be able to spend them at once. */
  readonly largestSlot: number;
}

/** One tenant's share of the budget on this instance. */
export interface TenantTokenSource {
  /** Takes a token and returns 0, or returns how many milliseconds to wait before asking again; `demand` is how many sends wait. */
  take(nowMs: number, demand: number): number;
}

/**
 * The app's per-tenant message limit (Teams: 50 per second for all conversations together),
 * as a token bucket set below it. Callers wait in line, first come first served (a retry by its
 * first attempt), so a large broadcast queues up fairly behind a reminder instead of racing it
 * into a 429.
 *
 * The line and its bucket live in this process; with a shared `budget` every send also takes a
 * token of the tenant's budget all instances share (shared-tenant-budget.ts), so the instances
 * together stay within the rate. Teams' 429s (honoured by the sender's retries) remain the backstop.
 */
export class TenantTokenBucket implements TenantThrottle {
  private readonly lines = new Map<string, TenantLine>();
  private readonly settings: BucketSettings;

  constructor(
    ratePerSecond: number,
    private readonly nowMs: () => number = () => Date.now(),
    private readonly budget?: TenantBudget,
  ) {
    // A slot's tokens must be spendable within the slot, so the local burst is at least the largest slot.
    this.settings = { ratePerSecond, burst: Math.max(burstFor(ratePerSecond), budget?.largestSlot ?? 0) };
  }

  acquire(tenantId: string, attempt: { retry: boolean } = { retry: false }): Promise<void> {
    let line = this.lines.get(tenantId);
    if (!line) {
      line = new TenantLine(this.settings, this.nowMs, this.budget?.forTenant(tenantId));
      this.lines.set(tenantId, line);
    }
    return line.acquire(attempt.retry);
  }
}

/**
 * One tenant's waiting sends, let go in turn by a single timer. Each takes its token when it
 * leaves, and a one-second window of the last sends holds the hard cap (never more than the rate
 * in any one second), so both hold for the sends as they actually went, however late the timer woke.
 *
 * Retries go first. A retry first asked before everything now in line, and it has already
 * waited out its back-off: sent to the back, it would wait a second time, as long as the line
 * is (half a second in a large broadcast), and the last retries would hold up a broadcast's end.
 *
 * One timer for the line rather than one sleep per waiting send: hundreds of sleepers, each
 * waking to look for the one free place, cost the event loop more than the sends themselves,
 * and whichever woke first went first, so an unlucky send could wait a second behind later ones.
 */
class TenantLine {
  private bucket: BucketState;
  private readonly perSecond: SendWindow;
  private readonly waiting: Array<() => void> = [];
  private readonly retries: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: BucketSettings,
    private readonly nowMs: () => number,
    private readonly shared?: TenantTokenSource,
  ) {
    this.bucket = fullBucket(settings, nowMs());
    this.perSecond = emptySendWindow(settings.ratePerSecond, 1000);
  }

  acquire(retry: boolean): Promise<void> {
    return new Promise((leave) => {
      (retry ? this.retries : this.waiting).push(leave);
      if (!this.timer) this.release();
    });
  }

  /** Lets go the waiting sends while tokens and the cap allow, then sleeps until the next may go. */
  private release(): void {
    while (this.retries.length > 0 || this.waiting.length > 0) {
      const now = this.nowMs();
      const waitMs = this.nextWait(now);
      if (waitMs > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.release();
        }, waitMs);
        return;
      }
      recordSend(this.perSecond, now);
      const leave = (this.retries.shift() ?? this.waiting.shift())!;
      leave();
    }
  }

  /**
   * 0 when a send may leave now (its local and shared tokens then taken), else how long to wait.
   * The shared token is asked for last, so it is taken only when the send really leaves.
   */
  private nextWait(now: number): number {
    const capped = sendWindowWait(this.perSecond, now);
    if (capped > 0) return capped;
    const taken = takeToken(this.bucket, this.settings, now);
    if (taken.waitMs > 0) return taken.waitMs;
    const shared = this.shared?.take(now, this.retries.length + this.waiting.length) ?? 0;
    if (shared > 0) return shared;
    this.bucket = taken.state;
    return 0;
  }
}
