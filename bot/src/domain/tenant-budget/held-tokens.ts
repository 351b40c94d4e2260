import type { SlotGrant } from './budget-ledger';
import { LATE_SLOTS, slotAt, slotStartMs, type BudgetPlan } from './budget-slots';

/**
 * The tokens one instance holds: grants of future slots, earliest first. A token is spent in its
 * own slot, or at most `LATE_SLOTS` slots later when the sender's timer woke late; after that it is gone
 * (the plan's window counts on it).
 */
export type HeldTokens = readonly SlotGrant[];

/** What the sender may do now: spend a token (and keep the rest), or wait until a held slot starts. */
export type SpendDecision =
  | { spend: true; held: HeldTokens }
  /** `waitMs` undefined: nothing held any more, the instance must take a batch first. */
  | { spend: false; held: HeldTokens; waitMs?: number };

/** Spends one token if one may be spent now; otherwise says how long until the next held slot starts. */
export function spendToken(plan: BudgetPlan, held: HeldTokens, nowMs: number): SpendDecision {
  const current = usable(plan, held, nowMs);
  const [first, ...rest] = current;
  if (!first) return { spend: false, held: current };
  if (first.slot > slotAt(plan, nowMs))
    return { spend: false, held: current, waitMs: slotStartMs(plan, first.slot) - nowMs };
  return { spend: true, held: first.count > 1 ? [{ slot: first.slot, count: first.count - 1 }, ...rest] : rest };
}

/** Tokens still spendable now or later. */
export function tokensHeld(plan: BudgetPlan, held: HeldTokens, nowMs: number): number {
  return usable(plan, held, nowMs).reduce((sum, grant) => sum + grant.count, 0);
}

/** Adds a batch's grants (later slots than anything held, or merged by slot). */
export function addGrants(held: HeldTokens, grants: readonly SlotGrant[]): HeldTokens {
  const bySlot = new Map<number, number>();
  for (const grant of [...held, ...grants]) bySlot.set(grant.slot, (bySlot.get(grant.slot) ?? 0) + grant.count);
  return [...bySlot].sort(([a], [b]) => a - b).map(([slot, count]) => ({ slot, count }));
}

function usable(plan: BudgetPlan, held: HeldTokens, nowMs: number): HeldTokens {
  const oldest = slotAt(plan, nowMs) - LATE_SLOTS;
  return held[0] && held[0].slot < oldest ? held.filter((grant) => grant.slot >= oldest) : held;
}
