/**
 * A tenant's message budget shared by every server instance, as plain arithmetic (no I/O, no
 * timers; time comes in as milliseconds).
 *
 * Time is cut into short slots, and each slot has a fixed quota: slot s gets
 * floor((s + 1)·R/W) − floor(s·R/W) tokens, so any W consecutive slots hold exactly R tokens
 * together, whoever takes them. Instances take tokens of future slots in batches from a shared
 * ledger (how many of each slot's quota are taken); a token may be spent only in its own slot or,
 * when the sender's timer woke late, in the next `LATE_SLOTS`.
 *
 * Why that holds the rate in every sliding second: a second overlaps at most 1000/slot + 1
 * slots, and a token spent late reaches back `LATE_SLOTS` more; `MARGIN_SLOTS` more again are
 * for network jitter and clock skew between instances. So W = 1000/slot + 1 + LATE_SLOTS +
 * MARGIN_SLOTS, and every second carries at most R sends, with all instances together. The price
 * is that tolerance: a single busy instance reaches (1000/slot)/W of the rate, 100/106 = 0.94 with
 * 10 ms slots (figures and the choice in docs/performance.md).
 */

/** How a tenant's per-second budget is cut into slots. */
export interface BudgetPlan {
  /** Tokens in any W consecutive slots: the tenant's messages per second, all instances together. */
  ratePerSecond: number;
  slotMs: number;
  /** W: consecutive slots whose quotas add up to the rate. */
  windowSlots: number;
}

/** 10 ms: each slot of tolerance costs a hundredth of the rate, so slots are short. */
export const SLOT_MS = 10;

/** How many slots after its own a token may still be spent: a sender's timer wakes up to 20 ms late on a busy machine. */
export const LATE_SLOTS = 2;

/**
 * Slots of margin for what happens between the instances and Teams: requests that left a few
 * milliseconds apart arrive bunched (measured up to 20 ms at the fake connector on a loaded
 * machine), and instances' clocks differ slightly.
 */
export const MARGIN_SLOTS = 3;

/** A plan for this rate (whole messages per second; a fraction would round the window's sum up). */
export function budgetPlan(ratePerSecond: number, slotMs: number = SLOT_MS): BudgetPlan {
  const rate = Math.floor(ratePerSecond);
  if (rate < 1) throw new RangeError(`a tenant budget needs at least 1 message per second, not ${ratePerSecond}`);
  const overlapped = Math.ceil(1000 / slotMs) + 1;
  return { ratePerSecond: rate, slotMs, windowSlots: overlapped + LATE_SLOTS + MARGIN_SLOTS };
}

/** The slot a moment falls in. */
export function slotAt(plan: BudgetPlan, ms: number): number {
  return Math.floor(ms / plan.slotMs);
}

/** When a slot starts. */
export function slotStartMs(plan: BudgetPlan, slot: number): number {
  return slot * plan.slotMs;
}

/** The tokens slot `slot` holds, for all instances together. */
export function quotaOf(plan: BudgetPlan, slot: number): number {
  const { ratePerSecond: rate, windowSlots: w } = plan;
  return Math.floor(((slot + 1) * rate) / w) - Math.floor((slot * rate) / w);
}

/** The most any one slot holds: what a sender must be able to spend at once. */
export function largestQuota(plan: BudgetPlan): number {
  return Math.ceil(plan.ratePerSecond / plan.windowSlots);
}

/** The share one instance may use on its own when the ledger cannot be reached (see `fallbackPlan`). */
export function fallbackPlan(plan: BudgetPlan, maxInstances: number): BudgetPlan {
  return { ...plan, ratePerSecond: Math.floor(plan.ratePerSecond / Math.max(1, maxInstances)) };
}
