/**
 * The proactive sender's per-tenant pace (see tenant-throttle.ts) as plain numbers, so the
 * maths is testable without timers. The sender takes a token at the moment a message leaves,
 * never ahead of time: timers wake late and in bunches on a busy event loop, and a token
 * counted when it was planned rather than when it was used would let a pause's backlog leave
 * at once.
 */
export interface BucketState {
  tokens: number;
  atMs: number;
}

export interface BucketSettings {
  ratePerSecond: number;
  /** Tokens that may be spent at once: what builds up while the sender's timer wakes late. */
  burst: number;
}

/**
 * A burst of 20 ms of sends. Tokens that come while the bucket is full are gone, so a burst
 * shorter than the sender's timer delays loses throughput; 20 ms covers all but a sliver of
 * how late the timer wakes on a busy machine (figures in docs/performance.md).
 */
export function burstFor(ratePerSecond: number): number {
  return Math.max(1, Math.ceil(ratePerSecond / 50));
}

/** A full bucket. */
export function fullBucket(settings: BucketSettings, nowMs: number): BucketState {
  return { tokens: settings.burst, atMs: nowMs };
}

/**
 * Takes a token if one is there now (`waitMs` 0); otherwise leaves the bucket as it is and
 * says how long until one is. In any stretch of time T the tokens taken are at most
 * rate x T + burst.
 */
export function takeToken(
  state: BucketState,
  settings: BucketSettings,
  nowMs: number,
): { state: BucketState; waitMs: number } {
  const elapsed = Math.max(0, nowMs - state.atMs);
  const refilled = Math.min(settings.burst, state.tokens + (elapsed * settings.ratePerSecond) / 1000);
  if (refilled < 1) return { state, waitMs: ((1 - refilled) * 1000) / settings.ratePerSecond };
  return { state: { tokens: refilled - 1, atMs: Math.max(nowMs, state.atMs) }, waitMs: 0 };
}

/**
 * The times of the last `limit` sends, to hold a hard cap over a sliding window: the bucket
 * alone would let a second that starts with a full bucket have the rate plus its burst. Kept as
 * a ring of timestamps; `sendWindowWait` says how long until one more send keeps every window
 * of `windowMs` at or under `limit`.
 */
export interface SendWindow {
  limit: number;
  windowMs: number;
  times: number[];
  next: number;
}

export function emptySendWindow(limit: number, windowMs: number): SendWindow {
  return { limit: Math.max(1, Math.floor(limit)), windowMs, times: [], next: 0 };
}

/** 0 when a send may leave now; otherwise when the oldest of the last `limit` sends leaves the window. */
export function sendWindowWait(window: SendWindow, nowMs: number): number {
  if (window.times.length < window.limit) return 0;
  const oldest = window.times[window.next]!;
  return Math.max(0, oldest + window.windowMs - nowMs);
}

/** Records a send that is leaving now (mutates the ring: it is the sender's own, hot-path state). */
export function recordSend(window: SendWindow, nowMs: number): void {
  if (window.times.length < window.limit) window.times.push(nowMs);
  else window.times[window.next] = nowMs;
  window.next = (window.next + 1) % window.limit;
}
