import { setTimeout as sleep } from 'node:timers/promises';
import {
  burstFor, emptySendWindow, fullBucket, recordSend, reserveToken, sendWindowWait, type BucketSettings, type BucketState, type SendWindow,
} from '../domain/broadcasts/token-bucket';
import type { TenantThrottle } from './proactive';

/**
 * The app's per-tenant message limit (Teams: 50 per second for all conversations together),
 * as a token bucket set below it. Callers reserve a token and sleep for their turn, so a large
 * broadcast queues up fairly behind a reminder instead of racing it into a 429.
 *
 * The bucket lives in this process. With several instances each gets its own, so the setting
 * should be the tenant's budget divided by the instance count; Teams' 429s (honoured by the
 * sender's retries) remain the backstop.
 */
export class TenantTokenBucket implements TenantThrottle {
  private readonly buckets = new Map<string, BucketState>();
  private readonly windows = new Map<string, SendWindow[]>();
  private readonly settings: BucketSettings;

  constructor(
    ratePerSecond: number,
    private readonly nowMs: () => number = () => Date.now(),
  ) {
    this.settings = { ratePerSecond, burst: burstFor(ratePerSecond) };
  }

  async acquire(tenantId: string): Promise<void> {
    const now = this.nowMs();
    const reserved = reserveToken(this.buckets.get(tenantId) ?? fullBucket(this.settings, now), this.settings, now);
    this.buckets.set(tenantId, reserved.state);
    if (reserved.waitMs > 0) await sleep(reserved.waitMs);
    // The bucket paces; the windows make sure late timers never let more than the rate leave in
    // any one second, nor a tenth of it in any tenth (a pause of the event loop would otherwise
    // release its backlog at once, and a burst arrives spread out, straddling Teams' window).
    const windows = this.windowsOf(tenantId);
    const wait = () => Math.max(...windows.map((window) => sendWindowWait(window, this.nowMs())));
    for (let ms = wait(); ms > 0; ms = wait()) await sleep(ms);
    windows.forEach((window) => recordSend(window, this.nowMs()));
  }

  private windowsOf(tenantId: string): SendWindow[] {
    let windows = this.windows.get(tenantId);
    if (!windows) {
      const rate = this.settings.ratePerSecond;
      windows = [emptySendWindow(rate, 1000), emptySendWindow(Math.ceil(rate / 10), 100)];
      this.windows.set(tenantId, windows);
    }
    return windows;
  }
}
