/**
 * A token bucket kept as plain numbers, so the maths is testable without timers. Tokens may go
 * below zero: each caller reserves its token at once and is told how long to wait, which turns
 * the bucket into a fair queue (first come, first served) without a list of waiters.
 */
export interface BucketState {
  tokens: number;
  atMs: number;
}

export interface BucketSettings {
  ratePerSecond: number;
  /** Tokens that may be spent at once after a quiet spell. */
  burst: number;
}

/**
 * Burst for a rate: small, because a sliding one-second window can see the whole burst plus a
 * second's worth of refill. One token keeps every window at or under the rate (plus one).
 */
export function burstFor(ratePerSecond: number): number {
  return Math.max(1, Math.floor(ratePerSecond / 100));
}

/** A full bucket. */
export function fullBucket(settings: BucketSettings, nowMs: number): BucketState {
  return { tokens: settings.burst, atMs: nowMs };
}

/** Reserves one token; `waitMs` is how long the caller must wait before using it. */
export function reserveToken(state: BucketState, settings: BucketSettings, nowMs: number): { state: BucketState; waitMs: number } {
  const elapsed = Math.max(0, nowMs - state.atMs);
  const refilled = Math.min(settings.burst, state.tokens + (elapsed * settings.ratePerSecond) / 1000);
  const tokens = refilled - 1;
  const waitMs = tokens >= 0 ? 0 : (-tokens * 1000) / settings.ratePerSecond;
  return { state: { tokens, atMs: Math.max(nowMs, state.atMs) }, waitMs };
}

/**
 * The times of the last `limit` sends, to check the bucket's promise where it matters: when a
 * request actually leaves. Timers wake late and in bunches on a busy event loop, so sends
 * reserved a few milliseconds apart can leave together and a one-second window can see more
 * than the rate. Kept as a ring of timestamps; `waitMs` says how long until one more send keeps
 * every window of `windowMs` at or under `limit`.
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
