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

/**
 * The app's per-tenant message limit (Teams: 50 per second for all conversations together),
 * as a token bucket set below it. Callers wait in line, first come first served (a retry by its
 * first attempt), so a large broadcast queues up fairly behind a reminder instead of racing it
 * into a 429.
 *
 * The bucket lives in this process. With several instances each gets its own, so the setting
 * should be the tenant's budget divided by the instance count; Teams' 429s (honoured by the
 * sender's retries) remain the backstop.
 */
export class TenantTokenBucket implements TenantThrottle {
  private readonly lines = new Map<string, TenantLine>();
  private readonly settings: BucketSettings;

  constructor(
    ratePerSecond: number,
    private readonly nowMs: () => number = () => Date.now(),
  ) {
    this.settings = { ratePerSecond, burst: burstFor(ratePerSecond) };
  }

  acquire(tenantId: string, attempt: { retry: boolean } = { retry: false }): Promise<void> {
    let line = this.lines.get(tenantId);
    if (!line) {
      line = new TenantLine(this.settings, this.nowMs);
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
      const capped = sendWindowWait(this.perSecond, now);
      const taken = capped > 0 ? undefined : takeToken(this.bucket, this.settings, now);
      if (!taken || taken.waitMs > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.release();
        }, taken?.waitMs ?? capped);
        return;
      }
      this.bucket = taken.state;
      recordSend(this.perSecond, now);
      const leave = (this.retries.shift() ?? this.waiting.shift())!;
      leave();
    }
  }
}
